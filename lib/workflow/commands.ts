// The desk's moves (DESIGN.md workflow): claim, keep, release and take over a story in review;
// return, approve, schedule, publish, take down, republish and correct. Each command validates,
// loads the story under a row lock, asks the policy, moves it through the workflow table and
// records who, when, from, to and why, in one transaction. What follows a publication is left to
// the publication worker through one recorded event.
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { editorialNotes, homeSlots, stories, storyApprovals, storyCorrections, storySlugs, storyTransitions, users, type Story } from "@/db/schema";
import { defineCommand, refuse, type CommandContext } from "@/lib/actions/command";
import { defaultLocale } from "@/lib/i18n/locales";
import { phrase, text, zodMessage, type Phrase } from "@/lib/i18n/phrase";
import { notify } from "@/lib/notifications/notify";
import type { StoryAction } from "@/lib/policy/policy";
import { recordPublicationEvent } from "@/lib/publishing/events";
import { keepRevision, keepStoredCopy } from "@/lib/revisions/record";
import { loadSettings } from "@/lib/settings/settings";
import { figuresWithoutPhoto } from "@/lib/stories/body";
import { checkReferences, writeStoryFields } from "@/lib/stories/commands";
import { kindOf, kindRules, type SubmissionField } from "@/lib/stories/kinds";
import { ensureReadyForReaders, kindShortfalls } from "@/lib/stories/kind-checks";
import { openStory, type OpenedStory } from "@/lib/stories/loader";
import { storyFieldsSchema, storyIdSchema, versionSchema } from "@/lib/stories/schemas";
import { formatDateline } from "@/lib/text/dateline";
import { normalizeText } from "@/lib/text/normalize";
import { slugify } from "@/lib/text/slug";
import { approvalLevelRefusal, approvalRefusalKeys } from "./approvals";
import { applyTransition, ensureTransition, recordStoryEvent } from "./transition";
import { workflowEvents, type WorkflowEvent } from "./transitions";
import { recordAudit } from "@/lib/audit/record";
import { completeAssignmentOfStory } from "@/lib/plan/assignments";

const noteText = (field: "reason" | "wrong" | "right") =>
  z
    .string()
    .transform((s) => normalizeText(s).trim())
    .pipe(
      z
        .string()
        .min(1, zodMessage(`validation.workflow.${field}Required`))
        .max(4000, zodMessage("validation.tooLong", { field: phrase(`validation.workflow.${field}`), max: 4000 })),
    );

const target = { id: storyIdSchema, version: versionSchema.optional() };

/**
 * Opens the story for a move: 404 for those who may not see it, a state message when the
 * workflow has no such move, the policy's refusal, then the version check. Returns the story.
 */
function openForMove(tx: Database, ctx: CommandContext, id: number, action: StoryAction, version?: number): Promise<OpenedStory> {
  const event = action.slice("story.".length) as WorkflowEvent;
  return openStory(tx, ctx, id, {
    action,
    version,
    check: (story) => ((workflowEvents as readonly string[]).includes(event) ? ensureTransition(event, story.status) : undefined),
  });
}

/** A person's name, or "someone else" said in whichever language the sentence is. */
async function nameOf(tx: Database, userId: number | null): Promise<string | Phrase> {
  if (!userId) return phrase("refusals.someoneElse");
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? phrase("refusals.someoneElse");
}

/** A story's title for a notification (the message puts it in quotes). */
const titleOf = (story: Pick<Story, "title">): string | Phrase => story.title || phrase("notify.untitled");

// Trail notes are records kept with the move, written once in the paper's language.
const noteIn = defaultLocale;
const when = (at: Date) => ({ when: at.toISOString() });

// ——— Holding a story in review ———

export const claimStory = defineCommand(z.object(target), async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openStory(tx, ctx, id, {
      action: "story.claim",
      version,
      check: async (story) => {
        if (story.status === "in_review" && story.scope.heldById && story.scope.heldById !== ctx.actor.id) {
          throw refuse("held", "refusals.story.heldBy", { name: await nameOf(tx, story.scope.heldById) }, { holderId: story.scope.heldById });
        }
        ensureTransition("claim", story.status);
      },
    });
    const now = new Date();
    const moved = await applyTransition(tx, ctx.actor, story, "claim", { set: { heldById: ctx.actor.id, heldAt: now } });
    return { id, ...moved };
  }),
);

/** Keeps the holder's lock alive; tells a screen that lost its hold who has it now. */
export const keepStoryHeld = defineCommand(z.object({ id: storyIdSchema }), async ({ id }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openStory(tx, ctx, id);
    if (story.status === "in_review" && story.scope.heldById === ctx.actor.id && ctx.allowed("story.edit", story.scope)) {
      const heldAt = new Date();
      await tx.update(stories).set({ heldAt }).where(eq(stories.id, id));
      return { held: true as const, heldAt: heldAt.toISOString(), version: story.version };
    }
    const holder = story.scope.heldById ? await nameOf(tx, story.scope.heldById) : null;
    return {
      held: false as const,
      holderId: story.scope.heldById,
      holderName: typeof holder === "object" && holder ? text(ctx.locale, holder.key) : holder,
      version: story.version,
    };
  }),
);

export const releaseStory = defineCommand(z.object({ id: storyIdSchema }), async ({ id }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openStory(tx, ctx, id, {
      action: "story.edit",
      check: (story) => {
        if (story.status !== "in_review" || story.scope.heldById !== ctx.actor.id) throw refuse("invalid_state", "refusals.story.notHeld");
      },
    });
    await tx.update(stories).set({ heldById: null, heldAt: null }).where(eq(stories.id, id));
    await recordStoryEvent(tx, ctx.actor, story, "release");
    return { id };
  }),
);

/**
 * Takes a story in review from its holder (or picks up one nobody holds). The holder's last saved
 * text is kept as a revision first and the version moves on, so their next save meets a conflict
 * with their words still on their screen instead of overwriting or vanishing.
 */
export const takeOverStory = defineCommand(z.object({ id: storyIdSchema }), async ({ id }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openStory(tx, ctx, id, {
      action: "story.takeover",
      check: (story) => {
        if (story.status !== "in_review") throw refuse("invalid_state", "refusals.story.takeoverOnlyInReview");
      },
    });
    const evicted = story.heldById && story.heldById !== ctx.actor.id ? story.heldById : null;
    await keepRevision(tx, story, "takeover");
    const version = story.version + 1;
    await tx
      .update(stories)
      .set({ heldById: ctx.actor.id, heldAt: new Date(), version, updatedAt: new Date(), updatedById: ctx.actor.id })
      .where(eq(stories.id, id));
    await recordStoryEvent(
      tx,
      ctx.actor,
      { ...story, version },
      "takeover",
      evicted ? text(noteIn, "workflow.notes.takeoverFrom", { name: await nameOf(tx, evicted) }) : undefined,
    );
    await recordAudit(tx, { actorId: ctx.actor.id, action: "story.takeover", entityType: "story", entityId: id, data: { from: evicted, version } });
    if (evicted) {
      await notify(tx, {
        userIds: [evicted],
        actorId: ctx.actor.id,
        storyId: id,
        kind: "taken_over",
        message: phrase("notify.takenOver", { actor: ctx.actor.name, title: titleOf(story) }),
      });
    }
    return { id, version, status: story.status };
  }),
);

// ——— Return and approval ———

export const returnStory = defineCommand(z.object({ ...target, note: noteText("reason") }), async ({ id, version, note }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.return", version);
    const moved = await applyTransition(tx, ctx.actor, story, "return", { note, set: { heldById: null, heldAt: null } });
    const [transition] = await tx
      .select({ id: storyTransitions.id })
      .from(storyTransitions)
      .where(and(eq(storyTransitions.storyId, id), eq(storyTransitions.version, moved.version)));
    await tx.insert(editorialNotes).values({ storyId: id, authorId: ctx.actor.id, body: note, transitionId: transition?.id ?? null });
    // A returned story is reviewed afresh: earlier approvals no longer stand.
    await tx.delete(storyApprovals).where(eq(storyApprovals.storyId, id));
    await notify(tx, {
      userIds: [story.createdById, ...story.scope.authorIds],
      actorId: ctx.actor.id,
      storyId: id,
      kind: "returned",
      message: phrase("notify.returned", { actor: ctx.actor.name, title: titleOf(story), note }),
    });
    return { id, ...moved };
  }),
);

/** How many desk approvals a story needs before it is "Đã duyệt"; the last level is the chief's publication. */
export function deskApprovalsNeeded(levels: number): number {
  return Math.max(1, levels - 1);
}

export const approveStory = defineCommand(z.object(target), async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.approve", version);
    await ensureReadyForReaders(tx, story);
    const { approvalLevels } = await loadSettings(tx);
    const earlier = await approvalsOf(tx, id);
    const level = earlier.length + 1;
    ensureIndependentApprover(ctx, story, approvalLevels, earlier, level);
    const needed = deskApprovalsNeeded(approvalLevels);
    const authors = [story.createdById, ...story.scope.authorIds];
    if (level < needed) {
      // An intermediate level: recorded by name; the hold is released for the next approver.
      const version = story.version + 1;
      await tx.update(stories).set({ heldById: null, heldAt: null, version, updatedAt: new Date(), updatedById: ctx.actor.id }).where(eq(stories.id, id));
      await tx.insert(storyApprovals).values({ storyId: id, level, userId: ctx.actor.id, version });
      await recordStoryEvent(tx, ctx.actor, { ...story, version }, "approve", text(noteIn, "workflow.notes.approvalLevel", { level, levels: approvalLevels }));
      await notify(tx, {
        userIds: authors,
        actorId: ctx.actor.id,
        storyId: id,
        kind: "approved",
        message: phrase("notify.approvedLevel", { actor: ctx.actor.name, level, title: titleOf(story) }),
      });
      return { id, status: story.status, version, level };
    }
    const moved = await applyTransition(tx, ctx.actor, story, "approve", {
      set: { heldById: null, heldAt: null },
      note: approvalLevels > 1 ? text(noteIn, "workflow.notes.approvalLevel", { level, levels: approvalLevels }) : undefined,
    });
    await tx.insert(storyApprovals).values({ storyId: id, level, userId: ctx.actor.id, version: moved.version });
    // The copy the desk approved, marked in Lịch sử sửa đổi ("Bản đã duyệt").
    await keepStoredCopy(tx, id, "approved");
    await notify(tx, {
      userIds: authors,
      actorId: ctx.actor.id,
      storyId: id,
      kind: "approved",
      message: phrase("notify.approved", { actor: ctx.actor.name, title: titleOf(story) }),
    });
    return { id, ...moved, level };
  }),
);

function approvalsOf(tx: Database, storyId: number) {
  return tx
    .select({ level: storyApprovals.level, userId: storyApprovals.userId })
    .from(storyApprovals)
    .where(eq(storyApprovals.storyId, storyId))
    .orderBy(asc(storyApprovals.level));
}

function ensureIndependentApprover(
  ctx: CommandContext,
  story: OpenedStory,
  approvalLevels: number,
  approvals: readonly { level: number; userId: number }[],
  level: number,
) {
  const refusal = approvalLevelRefusal({
    approvalLevels,
    actorId: ctx.actor.id,
    createdById: story.createdById,
    authorIds: story.scope.authorIds,
    approvals,
    level,
  });
  if (refusal) throw refuse("already_approved", approvalRefusalKeys[refusal]);
}

/** Before publishing or scheduling: the chief editor's decision is the last level, held by someone new. */
/** Returns the paper's number of approval levels, for recordFinalApproval. */
async function ensureFinalApprover(tx: Database, ctx: CommandContext, story: OpenedStory): Promise<number> {
  const { approvalLevels } = await loadSettings(tx);
  if (approvalLevels > 1) ensureIndependentApprover(ctx, story, approvalLevels, await approvalsOf(tx, story.id), approvalLevels);
  return approvalLevels;
}

/** The chief editor's decision to publish is the last approval level when there is more than one. */
async function recordFinalApproval(tx: Database, ctx: CommandContext, story: OpenedStory, version: number, approvalLevels: number) {
  if (approvalLevels < 2) return;
  await tx.delete(storyApprovals).where(and(eq(storyApprovals.storyId, story.id), eq(storyApprovals.level, approvalLevels)));
  await tx.insert(storyApprovals).values({ storyId: story.id, level: approvalLevels, userId: ctx.actor.id, version });
}

// ——— Publication ———

const publishAtSchema = z.iso
  .datetime({ offset: true, message: zodMessage("validation.workflow.publishAtInvalid") })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() > Date.now(), zodMessage("validation.workflow.publishAtPast"))
  .refine((d) => d.getTime() < Date.now() + 366 * 86_400_000, zodMessage("validation.workflow.publishAtTooFar"));

/** The address is fixed when a story first goes out; later title changes keep old ones redirecting. */
function publicSlug(story: OpenedStory): string {
  return story.slug || slugify(story.title);
}

export const scheduleStory = defineCommand(z.object({ ...target, publishAt: publishAtSchema }), async ({ id, version, publishAt }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.schedule", version);
    await ensureReadyForReaders(tx, story);
    const approvalLevels = await ensureFinalApprover(tx, ctx, story);
    const moved = await applyTransition(tx, ctx.actor, story, "schedule", {
      set: { publishedAt: publishAt, slug: publicSlug(story) },
      note: text(noteIn, "workflow.notes.publishAt", { when: formatDateline(publishAt, { withTime: true }) }),
    });
    await recordFinalApproval(tx, ctx, story, moved.version, approvalLevels);
    await recordPublicationEvent(tx, { storyId: id, kind: "published", version: moved.version, dueAt: publishAt });
    await notify(tx, {
      userIds: [story.createdById, ...story.scope.authorIds],
      actorId: ctx.actor.id,
      storyId: id,
      kind: "scheduled",
      message: phrase("notify.scheduled", { title: titleOf(story), when: when(publishAt) }),
    });
    return { id, ...moved, publishedAt: publishAt.toISOString() };
  }),
);

/**
 * Dời lịch: moves a scheduled story to another time (the calendar). One step of its trail, from
 * the old time to the new, not an unscheduling and a scheduling: that is what the desk did.
 */
export const rescheduleStory = defineCommand(z.object({ ...target, publishAt: publishAtSchema }), async ({ id, version, publishAt }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.unschedule", version);
    await ensureReadyForReaders(tx, story);
    const approvalLevels = await ensureFinalApprover(tx, ctx, story);
    const moved = { status: story.status, version: story.version + 1 };
    await tx
      .update(stories)
      .set({ publishedAt: publishAt, version: moved.version, updatedAt: new Date(), updatedById: ctx.actor.id })
      .where(eq(stories.id, id));
    const at = (d: Date) => formatDateline(d, { withTime: true });
    await recordStoryEvent(
      tx,
      ctx.actor,
      { ...story, ...moved },
      "reschedule",
      text(noteIn, "workflow.reschedule.note", { from: story.publishedAt ? at(story.publishedAt) : "—", to: at(publishAt) }),
    );
    await recordFinalApproval(tx, ctx, story, moved.version, approvalLevels);
    await recordPublicationEvent(tx, { storyId: id, kind: "published", version: moved.version, dueAt: publishAt });
    return { id, ...moved, publishedAt: publishAt.toISOString() };
  }),
);

export const unscheduleStory = defineCommand(z.object(target), async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.unschedule", version);
    const moved = await applyTransition(tx, ctx.actor, story, "unschedule", { set: { publishedAt: null } });
    const { approvalLevels } = await loadSettings(tx);
    if (approvalLevels > 1) await tx.delete(storyApprovals).where(and(eq(storyApprovals.storyId, id), eq(storyApprovals.level, approvalLevels)));
    return { id, ...moved };
  }),
);

export const publishStory = defineCommand(z.object(target), async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.publish", version);
    await ensureReadyForReaders(tx, story);
    const approvalLevels = await ensureFinalApprover(tx, ctx, story);
    const now = new Date();
    const moved = await applyTransition(tx, ctx.actor, story, "publish", { set: { publishedAt: now, slug: publicSlug(story) } });
    await recordFinalApproval(tx, ctx, story, moved.version, approvalLevels);
    await keepPublishedRevision(tx, id, "published");
    await recordPublicationEvent(tx, { storyId: id, kind: "published", version: moved.version, dueAt: now });
    return { id, ...moved, publishedAt: now.toISOString() };
  }),
);

const keepPublishedRevision = (tx: Database, id: number, kind: "published" | "correction") => keepStoredCopy(tx, id, kind);

export const unpublishStory = defineCommand(z.object({ ...target, reason: noteText("reason") }), async ({ id, version, reason }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.unpublish", version);
    const moved = await applyTransition(tx, ctx.actor, story, "unpublish", { note: reason, set: { unpublishedAt: new Date(), unpublishReason: reason } });
    // It leaves the home page at once; a republished story is placed again by hand.
    await tx.delete(homeSlots).where(eq(homeSlots.storyId, id));
    await recordPublicationEvent(tx, { storyId: id, kind: "unpublished", version: moved.version });
    await notify(tx, {
      userIds: [story.createdById, ...story.scope.authorIds],
      actorId: ctx.actor.id,
      storyId: id,
      kind: "unpublished",
      message: phrase("notify.unpublished", { title: titleOf(story), reason }),
    });
    return { id, ...moved };
  }),
);

export const republishStory = defineCommand(z.object(target), async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.republish", version);
    await ensureReadyForReaders(tx, story);
    const moved = await applyTransition(tx, ctx.actor, story, "republish", { set: { unpublishedAt: null, unpublishReason: null } });
    await keepPublishedRevision(tx, id, "published");
    await recordPublicationEvent(tx, { storyId: id, kind: "published", version: moved.version });
    return { id, ...moved };
  }),
);

// ——— Correction of a published story ———

const correctionNoticeSchema = z.object({
  wrong: noteText("wrong"),
  right: noteText("right"),
});

/**
 * Đính chính: the published story changes as a new, immutable revision, with a public "Cập nhật"
 * time and, when given, a public correction notice (what was wrong, what is right). A changed
 * title gives a new address; the old one keeps answering with a permanent redirect.
 */
export const correctStory = defineCommand(
  z.object({ id: storyIdSchema, baseVersion: versionSchema, fields: storyFieldsSchema, notice: correctionNoticeSchema.nullable().default(null) }),
  async ({ id, baseVersion, fields, notice }, ctx) =>
    ctx.db.transaction(async (tx) => {
      const story = await openStory(tx, ctx, id, {
        action: "story.correct",
        version: baseVersion,
        check: (story) => {
          if (story.status !== "published") throw refuse("invalid_state", "refusals.story.correctOnlyPublished");
        },
      });
      if (fields.sectionId === null) throw refuse("invalid", "refusals.story.publishedNeedsSection", undefined, { field: "sectionId" });
      await ensureReadyForReaders(tx, fields);
      await checkReferences(tx, fields);

      const slug = slugify(fields.title);
      if (slug !== story.slug && story.slug) await tx.insert(storySlugs).values({ storyId: id, slug: story.slug }).onConflictDoNothing();
      const now = new Date();
      const version = story.version + 1;
      // A published address changes with its title; the old one keeps redirecting (storySlugs).
      await writeStoryFields(tx, story, fields, ctx.actor, { slug, revisedAt: now, status: "published" });
      const revisionId = await keepPublishedRevision(tx, id, "correction");
      if (notice) await tx.insert(storyCorrections).values({ storyId: id, revisionId, wrong: notice.wrong, right: notice.right, createdById: ctx.actor.id });
      await recordStoryEvent(
        tx,
        ctx.actor,
        { ...story, version },
        "correct",
        notice ? text(noteIn, "workflow.notes.correction", { wrong: notice.wrong, right: notice.right }) : undefined,
      );
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "story.correct",
        entityType: "story",
        entityId: id,
        data: { version, revisionId, titleChanged: fields.title !== story.title, notice },
      });
      await recordPublicationEvent(tx, { storyId: id, kind: "corrected", version });
      await notify(tx, {
        userIds: [story.createdById, ...story.scope.authorIds],
        actorId: ctx.actor.id,
        storyId: id,
        kind: "corrected",
        message: phrase("notify.corrected", { actor: ctx.actor.name, title: titleOf(fields) }),
      });
      return { id, version, slug, status: "published" as const, updatedAt: now.toISOString() };
    }),
);

// A writer's own moves: send a draft to the desk, or take it back before the desk claims it.

const isMissing: Record<SubmissionField, (s: Story) => boolean> = {
  title: (s) => !s.title.trim(),
  sapo: (s) => !s.sapo.trim(),
  body: (s) => !s.bodyText.trim(),
  byline: (s) => s.byline.length === 0,
  sectionId: (s) => s.sectionId === null,
};

/** What the story still lacks for the desk, by what its kind requires (a notice needs no sapo). */
export function requiredForSubmission(story: Story): SubmissionField[] {
  return kindRules[kindOf(story.kind)].requires.filter((field) => isMissing[field](story));
}

const workflowInput = z.object({ id: storyIdSchema, version: versionSchema });

export const submitStory = defineCommand(workflowInput, async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openForMove(tx, ctx, id, "story.submit", version);
    const missing = requiredForSubmission(story);
    const labels = missing.map((f) => phrase(`validation.fields.${f}`));
    // A figure still waiting for its photo is named with the missing fields, after them.
    const figureless = figuresWithoutPhoto(story.body) > 0;
    if (figureless) labels.push(phrase("workflow.figurePhoto.missing"));
    // Then what the kind needs of its media (a photo story's photos, a video…).
    const shortfalls = await kindShortfalls(tx, story);
    labels.push(...shortfalls);
    if (labels.length) {
      // details.missing names the fields (title, sapo…), for a screen to point at them.
      const details = [...missing, ...(figureless ? ["figurePhoto"] : []), ...(shortfalls.length ? ["kind"] : [])];
      throw refuse("incomplete", "refusals.story.incomplete", { missing: { list: labels } }, { missing: details });
    }
    const moved = await applyTransition(tx, ctx.actor, story, "submit");
    // A story born from an assignment completes it (Kế hoạch), in the same transaction.
    await completeAssignmentOfStory(tx, ctx.actor, id);
    // The copy the writer sent, marked in Lịch sử sửa đổi ("Bản gửi duyệt").
    await keepStoredCopy(tx, id, "submitted");
    return { id, ...moved };
  }),
);

export const withdrawStory = defineCommand(workflowInput, async ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => {
    const story = await openStory(tx, ctx, id, {
      action: "story.withdraw",
      version,
      check: (story) => {
        if (story.status === "in_review") throw refuse("invalid_state", "refusals.story.claimedCannotWithdraw");
        ensureTransition("withdraw", story.status);
      },
    });
    const moved = await applyTransition(tx, ctx.actor, story, "withdraw");
    return { id, ...moved };
  }),
);
