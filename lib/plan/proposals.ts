// Đề xuất đề tài: anyone in the newsroom proposes a topic; the desk head or the chief editor
// approves it, asks for changes with a note, or rejects it with a reason; the proposer edits
// (which resubmits one sent back) or withdraws it. Each command loads the proposal under a row
// lock, follows the table of lib/plan/proposal-states.ts, asks the policy, refuses a stale
// version as a conflict, and records, audits and notifies in the same transaction.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { desks, proposals, sections, topicKinds, topicNeeds, type Proposal } from "@/db/schema";
import { CommandError, defineCommand, refuse, type CommandContext } from "@/lib/actions/command";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { phrase, zodMessage, type Phrase } from "@/lib/i18n/phrase";
import { notify } from "@/lib/notifications/notify";
import { deskHeads, deskOfSection } from "@/lib/desks/queries";
import { planIdSchema, planText, planVersionSchema, plannedDaySchema, requiredText } from "./fields";
import { proposalPath } from "./links";
import { findProposalTransition, proposalRefusal, type ProposalEvent } from "./proposal-states";

export const proposalFieldsSchema = z.object({
  title: requiredText("title", 300, "plan.validation.titleRequired"),
  angle: planText("angle", 4000).default(""),
  sources: planText("sources", 4000).default(""),
  /** Left out or null: the section's desk (its parent's for a subsection without one). */
  deskId: z.number().int().positive().nullable().optional(),
  sectionId: z.number().int().positive().nullable().default(null),
  kind: z.enum(topicKinds, { error: zodMessage("plan.validation.kind") }).default("text"),
  plannedFor: plannedDaySchema.default(null),
  needs: z.array(z.enum(topicNeeds)).max(topicNeeds.length).default([]),
  needsNote: planText("needsNote", 2000).default(""),
});
export type ProposalFields = z.output<typeof proposalFieldsSchema>;

/** The stored row's fields, with the desk resolved and the references checked. */
async function columnsOf(tx: Database, input: ProposalFields) {
  if (input.sectionId !== null) {
    const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId));
    if (!section) throw refuse("invalid", "refusals.story.sectionMissing", undefined, { field: "sectionId" });
  }
  if (input.deskId) {
    const [desk] = await tx.select({ id: desks.id }).from(desks).where(eq(desks.id, input.deskId));
    if (!desk) throw refuse("invalid", "plan.refusals.deskMissing", undefined, { field: "deskId" });
  }
  const deskId = input.deskId ?? (await deskOfSection(tx, input.sectionId));
  return { ...input, deskId, needs: [...new Set(input.needs)] };
}

export type ProposalSaved = { id: number; version: number; status: Proposal["status"] };

export const propose = defineCommand(proposalFieldsSchema, async (input, ctx): Promise<ProposalSaved> => {
  ctx.authorizePlan("proposal.create");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(proposals)
      .values({ ...(await columnsOf(tx, input)), proposedById: ctx.actor.id })
      .returning();
    await audit(tx, ctx, "plan.proposal.create", row!);
    await notify(tx, {
      userIds: await deskHeads(tx, row!.deskId),
      actorId: ctx.actor.id,
      storyId: null,
      link: proposalPath(row!.id),
      kind: "proposal",
      message: phrase("plan.notify.proposed", { actor: ctx.actor.name, title: row!.title }),
    });
    return saved(row!);
  });
});

const target = { id: planIdSchema, version: planVersionSchema };

/** The proposal under its row lock: 404, then the table's refusal, the policy, the version. */
async function openProposal(tx: Database, ctx: CommandContext, id: number, event: ProposalEvent, version: number): Promise<Proposal> {
  const [proposal] = await tx.select().from(proposals).where(eq(proposals.id, id)).for("update");
  if (!proposal || !ctx.allowedPlan("plan.view")) throw refuse("not_found", "plan.refusals.proposalNotFound");
  const transition = findProposalTransition(event, proposal.status);
  if (!transition) throw new CommandError(proposalRefusal(event, proposal.status), "invalid_state");
  const scope = { deskId: proposal.deskId, ownerId: proposal.proposedById };
  ctx.authorizePlan(transition.by === "proposer" ? "proposal.edit" : "proposal.decide", scope);
  if (proposal.version !== version) throw refuse("conflict", "plan.refusals.proposalConflict", undefined, { currentVersion: proposal.version });
  return proposal;
}

export const editProposal = defineCommand(z.object({ ...target, ...proposalFieldsSchema.shape }), async ({ id, version, ...fields }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const proposal = await openProposal(tx, ctx, id, "edit", version);
    const resubmitted = proposal.status === "changes_requested";
    const [row] = await tx
      .update(proposals)
      .set({ ...(await columnsOf(tx, fields)), status: "pending", version: version + 1, updatedAt: new Date() })
      .where(eq(proposals.id, id))
      .returning();
    await audit(tx, ctx, "plan.proposal.edit", row!, { resubmitted });
    if (resubmitted) {
      await notify(tx, {
        userIds: [...(proposal.decidedById ? [proposal.decidedById] : []), ...(await deskHeads(tx, row!.deskId))],
        actorId: ctx.actor.id,
        storyId: null,
        link: proposalPath(id),
        kind: "proposal",
        message: phrase("plan.notify.resubmitted", { actor: ctx.actor.name, title: row!.title }),
      });
    }
    return saved(row!);
  }),
);

export const withdrawProposal = defineCommand(z.object(target), async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    await openProposal(tx, ctx, id, "withdraw", version);
    const [row] = await tx
      .update(proposals)
      .set({ status: "withdrawn", version: version + 1, updatedAt: new Date() })
      .where(eq(proposals.id, id))
      .returning();
    await audit(tx, ctx, "plan.proposal.withdraw", row!);
    return saved(row!);
  }),
);

const decisions = {
  approve: { action: "plan.proposal.approve", message: "plan.notify.approved" },
  request_changes: { action: "plan.proposal.request_changes", message: "plan.notify.changesRequested" },
  reject: { action: "plan.proposal.reject", message: "plan.notify.rejected" },
} as const;

/** Approve (the note is optional), ask for changes or reject (the note is required): the proposer is told, with the note. */
function decide(event: keyof typeof decisions) {
  return defineCommand(z.object({ ...target, note: planText("note", 4000).default("") }), async ({ id, version, note }, ctx) =>
    ctx.db.transaction(async (tx) => {
      const proposal = await openProposal(tx, ctx, id, event, version);
      const { to, noteRequired } = findProposalTransition(event, proposal.status)!;
      if (noteRequired && !note) throw refuse("invalid", "plan.validation.reasonRequired", undefined, { field: "note" });
      const now = new Date();
      const [row] = await tx
        .update(proposals)
        .set({ status: to, decisionNote: note, decidedById: ctx.actor.id, decidedAt: now, version: version + 1, updatedAt: now })
        .where(eq(proposals.id, id))
        .returning();
      await audit(tx, ctx, decisions[event].action, row!, note ? { note } : {});
      const message: Phrase = phrase(decisions[event].message, { actor: ctx.actor.name, title: row!.title });
      await notify(tx, {
        userIds: [proposal.proposedById],
        actorId: ctx.actor.id,
        storyId: null,
        link: proposalPath(id),
        kind: "proposal",
        message: note ? phrase("plan.notify.withNote", { message, note }) : message,
      });
      return saved(row!);
    }),
  );
}

export const approveProposal = decide("approve");
export const requestProposalChanges = decide("request_changes");
export const rejectProposal = decide("reject");

const saved = (row: Proposal): ProposalSaved => ({ id: row.id, version: row.version, status: row.status });

async function audit(tx: Database, ctx: CommandContext, action: AuditAction, row: Proposal, extra: Record<string, unknown> = {}) {
  await recordAudit(tx, { actorId: ctx.actor.id, action, entityType: "proposal", entityId: row.id, data: { title: row.title, ...extra } });
}
