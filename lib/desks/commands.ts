// What admins do to the desks (Quản trị → Ban): create, rename, delete, give a desk its sections,
// add and remove members, mark heads. Each command validates, asks the policy, acts and writes its
// audit row in one transaction; server actions only wrap these. A person's desk reach is re-read
// with their session on every request (lib/desks/reach.ts), so a change here takes effect on
// their next request, without signing out.
//
// Kept here rather than in the schema: a desk name is unique whatever its case; members are
// newsroom accounts (reporter, editor, chief editor) and active. A section has one desk column, so
// giving it to a desk takes it from the one it was on (said back to the admin).
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { deskMembers, desks, sections, users, type Desk, type Role } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { phrase, zodMessage } from "@/lib/i18n/phrase";
import type { Actor } from "@/lib/policy/policy";
import { collapseSpaces, normalizeText } from "@/lib/text/normalize";

export const DESK_NAME_MAX_LENGTH = 80;

/** Who may be on a desk: the newsroom's accounts, not an admin's. */
export const deskMemberRoles = ["reporter", "editor", "chief_editor"] as const satisfies readonly Role[];

const idSchema = (key: Parameters<typeof zodMessage>[0]) =>
  z.coerce
    .number({ error: zodMessage(key) })
    .int(zodMessage(key))
    .positive(zodMessage(key));
const deskIdSchema = idSchema("desks.validation.deskRequired");
const userIdSchema = idSchema("desks.validation.personRequired");

const tooLong = zodMessage("validation.tooLong", { field: phrase("desks.validation.name"), max: DESK_NAME_MAX_LENGTH });
const nameSchema = z
  .string({ error: zodMessage("desks.validation.nameRequired") })
  .max(DESK_NAME_MAX_LENGTH * 4, tooLong)
  .transform((s) => collapseSpaces(normalizeText(s).replace(/\n+/g, " ")).trim())
  .pipe(z.string().min(1, zodMessage("desks.validation.nameRequired")).max(DESK_NAME_MAX_LENGTH, tooLong));

/** Every desk command takes this lock first: name checks and membership changes then hold until commit. */
async function lockDesks(tx: Database) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('desks'))`);
}

async function loadDesk(tx: Database, id: number): Promise<Desk> {
  const [row] = await tx.select().from(desks).where(eq(desks.id, id)).limit(1);
  if (!row) throw refuse("not_found", "desks.refusals.notFound");
  return row;
}

/** "Ban Thời sự" and "ban thời sự" are the same desk to the newsroom. */
async function checkNameFree(tx: Database, name: string, selfId: number | null) {
  const [taken] = await tx
    .select({ id: desks.id, name: desks.name })
    .from(desks)
    .where(and(sql`lower(${desks.name}) = lower(${name})`, selfId === null ? undefined : ne(desks.id, selfId)))
    .limit(1);
  if (taken) throw refuse("conflict", "desks.refusals.nameTaken", { name: taken.name }, { field: "name" });
}

const audit = (tx: Database, actor: Actor, action: AuditAction, deskId: number, data: Record<string, unknown>) =>
  recordAudit(tx, { actorId: actor.id, action, entityType: "desk", entityId: deskId, data });

/** The desk's own sections (not those following a parent), by name, for the audit trail. */
async function ownSectionsOf(tx: Database, deskId: number) {
  return tx
    .select({ id: sections.id, name: sections.name, parentId: sections.parentId })
    .from(sections)
    .where(eq(sections.deskId, deskId))
    .orderBy(asc(sections.position), asc(sections.id));
}

async function membersOf(tx: Database, deskId: number) {
  return tx
    .select({ userId: deskMembers.userId, name: users.name, head: deskMembers.head })
    .from(deskMembers)
    .innerJoin(users, eq(users.id, deskMembers.userId))
    .where(eq(deskMembers.deskId, deskId))
    .orderBy(asc(users.name));
}

export const createDesk = defineCommand(z.object({ name: nameSchema }), async ({ name }, ctx): Promise<{ id: number; name: string }> => {
  ctx.authorize("desks.manage");
  return ctx.db.transaction(async (tx) => {
    await lockDesks(tx);
    await checkNameFree(tx, name, null);
    const [last] = await tx.select({ top: sql<number>`coalesce(max(${desks.position}), -1)`.mapWith(Number) }).from(desks);
    const position = (last?.top ?? -1) + 1;
    const [row] = await tx.insert(desks).values({ name, position }).returning({ id: desks.id });
    await audit(tx, ctx.actor, "desk.create", row!.id, { name, before: null, after: { name, position } });
    return { id: row!.id, name };
  });
});

export const renameDesk = defineCommand(
  z.object({ id: deskIdSchema, name: nameSchema }),
  async ({ id, name }, ctx): Promise<{ id: number; name: string; changed: boolean }> => {
    ctx.authorize("desks.manage");
    return ctx.db.transaction(async (tx) => {
      await lockDesks(tx);
      const desk = await loadDesk(tx, id);
      if (desk.name === name) return { id, name, changed: false };
      await checkNameFree(tx, name, id);
      await tx.update(desks).set({ name }).where(eq(desks.id, id));
      await audit(tx, ctx.actor, "desk.rename", id, { name, before: { name: desk.name }, after: { name } });
      return { id, name, changed: true };
    });
  },
);

/**
 * The desk goes; its sections go back to paper-wide review (sections.deskId is set null), its
 * members lose the scope it gave, and its proposals and assignments keep their rows (their deskId
 * is set null by the foreign keys): the plan's history stays whole.
 */
export const deleteDesk = defineCommand(z.object({ id: deskIdSchema }), async ({ id }, ctx): Promise<{ id: number; name: string }> => {
  ctx.authorize("desks.manage");
  return ctx.db.transaction(async (tx) => {
    await lockDesks(tx);
    const desk = await loadDesk(tx, id);
    const [owned, members] = await Promise.all([ownSectionsOf(tx, id), membersOf(tx, id)]);
    await tx.delete(desks).where(eq(desks.id, id));
    await audit(tx, ctx.actor, "desk.delete", id, {
      name: desk.name,
      before: { name: desk.name, sections: owned.map((s) => s.name), members: members.map((m) => m.name) },
      after: null,
    });
    return { id, name: desk.name };
  });
});

/** A section the desk took from another: the admin is told where it was. */
export type MovedSection = { id: number; name: string; fromDesk: string };

export const setDeskSections = defineCommand(
  z.object({
    id: deskIdSchema,
    sectionIds: z.array(idSchema("desks.validation.sectionInvalid")).max(500).default([]),
  }),
  async ({ id, sectionIds }, ctx): Promise<{ changed: boolean; moved: MovedSection[] }> => {
    ctx.authorize("desks.manage");
    const wanted = [...new Set(sectionIds)];
    return ctx.db.transaction(async (tx) => {
      await lockDesks(tx);
      const desk = await loadDesk(tx, id);
      const given = wanted.length
        ? await tx
            .select({ id: sections.id, name: sections.name, deskId: sections.deskId, deskName: desks.name })
            .from(sections)
            .leftJoin(desks, eq(desks.id, sections.deskId))
            .where(inArray(sections.id, wanted))
        : [];
      if (given.length !== wanted.length) throw refuse("invalid", "desks.refusals.sectionMissing", undefined, { field: "sectionIds" });
      const before = await ownSectionsOf(tx, id);
      const released = before.filter((s) => !wanted.includes(s.id));
      const taken = given.filter((s) => s.deskId !== id);
      if (released.length === 0 && taken.length === 0) return { changed: false, moved: [] };

      if (released.length) {
        await tx
          .update(sections)
          .set({ deskId: null })
          .where(
            inArray(
              sections.id,
              released.map((s) => s.id),
            ),
          );
      }
      if (taken.length) {
        await tx
          .update(sections)
          .set({ deskId: id })
          .where(
            inArray(
              sections.id,
              taken.map((s) => s.id),
            ),
          );
      }
      const moved = taken.filter((s) => s.deskId !== null).map((s) => ({ id: s.id, name: s.name, fromDesk: s.deskName ?? "" }));
      const after = await ownSectionsOf(tx, id);
      await audit(tx, ctx.actor, "desk.sections", id, {
        name: desk.name,
        before: { sections: before.map((s) => s.name) },
        after: { sections: after.map((s) => s.name) },
        moved: moved.map((m) => ({ section: m.name, from: m.fromDesk })),
      });
      return { changed: true, moved };
    });
  },
);

type MemberChange = "add" | "remove" | "head" | "member";

/** Adds, removes, or changes a member's head flag; one audit row per change, with the lists before and after. */
async function changeMembers(tx: Database, actor: Actor, desk: Desk, change: MemberChange, person: { id: number; name: string }, act: () => Promise<unknown>) {
  const before = await membersOf(tx, desk.id);
  await act();
  const after = await membersOf(tx, desk.id);
  const shown = (list: typeof before) => list.map((m) => ({ name: m.name, head: m.head }));
  await audit(tx, actor, "desk.members", desk.id, {
    name: desk.name,
    change,
    personId: person.id,
    person: person.name,
    before: { members: shown(before) },
    after: { members: shown(after) },
  });
}

async function loadNewsroomPerson(tx: Database, userId: number) {
  const [person] = await tx.select({ id: users.id, name: users.name, role: users.role, active: users.active }).from(users).where(eq(users.id, userId)).limit(1);
  if (!person) throw refuse("not_found", "desks.refusals.personMissing", undefined, { field: "userId" });
  if (!(deskMemberRoles as readonly Role[]).includes(person.role)) {
    throw refuse("invalid", "desks.refusals.notNewsroom", { name: person.name }, { field: "userId" });
  }
  if (!person.active) throw refuse("invalid", "desks.refusals.locked", { name: person.name }, { field: "userId" });
  return person;
}

async function loadMembership(tx: Database, deskId: number, userId: number) {
  const [row] = await tx
    .select({ head: deskMembers.head, name: users.name })
    .from(deskMembers)
    .innerJoin(users, eq(users.id, deskMembers.userId))
    .where(and(eq(deskMembers.deskId, deskId), eq(deskMembers.userId, userId)))
    .limit(1);
  return row ?? null;
}

export const addDeskMember = defineCommand(
  z.object({ id: deskIdSchema, userId: userIdSchema, head: z.boolean().default(false) }),
  async ({ id, userId, head }, ctx): Promise<{ name: string; added: boolean }> => {
    ctx.authorize("desks.manage");
    return ctx.db.transaction(async (tx) => {
      await lockDesks(tx);
      const desk = await loadDesk(tx, id);
      const person = await loadNewsroomPerson(tx, userId);
      if (await loadMembership(tx, id, userId)) throw refuse("conflict", "desks.refusals.alreadyMember", { name: person.name, desk: desk.name });
      await changeMembers(tx, ctx.actor, desk, "add", person, () => tx.insert(deskMembers).values({ deskId: id, userId, head }));
      return { name: person.name, added: true };
    });
  },
);

export const removeDeskMember = defineCommand(
  z.object({ id: deskIdSchema, userId: userIdSchema }),
  async ({ id, userId }, ctx): Promise<{ name: string; removed: boolean }> => {
    ctx.authorize("desks.manage");
    return ctx.db.transaction(async (tx) => {
      await lockDesks(tx);
      const desk = await loadDesk(tx, id);
      const membership = await loadMembership(tx, id, userId);
      // Already gone (a second click, another admin): nothing to do, nothing to record.
      if (!membership) return { name: "", removed: false };
      await changeMembers(tx, ctx.actor, desk, "remove", { id: userId, name: membership.name }, () =>
        tx.delete(deskMembers).where(and(eq(deskMembers.deskId, id), eq(deskMembers.userId, userId))),
      );
      return { name: membership.name, removed: true };
    });
  },
);

export const setDeskHead = defineCommand(
  z.object({ id: deskIdSchema, userId: userIdSchema, head: z.boolean() }),
  async ({ id, userId, head }, ctx): Promise<{ name: string; changed: boolean }> => {
    ctx.authorize("desks.manage");
    return ctx.db.transaction(async (tx) => {
      await lockDesks(tx);
      const desk = await loadDesk(tx, id);
      const membership = await loadMembership(tx, id, userId);
      if (!membership) throw refuse("not_found", "desks.refusals.notMember", { desk: desk.name });
      if (membership.head === head) return { name: membership.name, changed: false };
      await changeMembers(tx, ctx.actor, desk, head ? "head" : "member", { id: userId, name: membership.name }, () =>
        tx
          .update(deskMembers)
          .set({ head })
          .where(and(eq(deskMembers.deskId, id), eq(deskMembers.userId, userId))),
      );
      return { name: membership.name, changed: true };
    });
  },
);
