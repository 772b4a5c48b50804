// Reads about desks: the admins' screen (each desk with its sections and members, the sections to
// give and the people to add), the desk a section is reviewed by (for the plan and the queue), and
// the desks as choices for forms and filters.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { deskMembers, desks, sections, users, type Role } from "@/db/schema";
import { can, PermissionDeniedError, reaches, type Actor } from "@/lib/policy/policy";
import { deskMemberRoles } from "./commands";
import { reviewingDesk, sectionParent } from "./reach";

export type DeskChoice = { id: number; name: string };

export type DeskMemberRow = { userId: number; name: string; role: Role; head: boolean };

/** A top section on the admins' list: whose it is, and its subsections with theirs. */
export type DeskSectionRow = {
  id: number;
  name: string;
  /** Its own desk; null: reviewed paper-wide. */
  deskId: number | null;
  children: { id: number; name: string; /** Own desk; null: follows the parent. */ deskId: number | null }[];
};

export type AdminDesk = {
  id: number;
  name: string;
  /** Sections it reviews, as the newsroom reads them: own top sections with their following subsections, and subsections given to it directly. */
  sections: { id: number; name: string; following: string[] }[];
  members: DeskMemberRow[];
};

export type DesksAdminData = {
  desks: AdminDesk[];
  /** Every top section, for the desks' checkbox lists. */
  sections: DeskSectionRow[];
  /** Active newsroom accounts that may be added. */
  people: { id: number; name: string; role: Role }[];
};

const collator = new Intl.Collator("vi");

export async function listDesksForAdmin(db: Database, actor: Actor): Promise<DesksAdminData> {
  if (!can(actor, "desks.manage")) throw new PermissionDeniedError();
  const [deskRows, sectionRows, memberRows, people] = await Promise.all([
    db.select({ id: desks.id, name: desks.name }).from(desks).orderBy(asc(desks.position), asc(desks.id)),
    db
      .select({ id: sections.id, name: sections.name, parentId: sections.parentId, deskId: sections.deskId })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.id)),
    db
      .select({ deskId: deskMembers.deskId, userId: users.id, name: users.name, role: users.role, head: deskMembers.head })
      .from(deskMembers)
      .innerJoin(users, eq(users.id, deskMembers.userId)),
    db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(sql`${users.active} and ${inArray(users.role, [...deskMemberRoles])}`),
  ]);
  const top: DeskSectionRow[] = sectionRows.filter((s) => s.parentId === null).map((s) => ({ id: s.id, name: s.name, deskId: s.deskId, children: [] }));
  const byId = new Map(top.map((s) => [s.id, s]));
  for (const s of sectionRows) if (s.parentId !== null) byId.get(s.parentId)?.children.push({ id: s.id, name: s.name, deskId: s.deskId });

  const list = deskRows.map((d): AdminDesk => {
    const own = top
      .filter((s) => s.deskId === d.id)
      .map((s) => ({ id: s.id, name: s.name, following: s.children.filter((c) => c.deskId === null).map((c) => c.name) }));
    const direct = top.flatMap((s) => s.children.filter((c) => c.deskId === d.id).map((c) => ({ id: c.id, name: `${s.name} › ${c.name}`, following: [] })));
    const members = memberRows
      .filter((m) => m.deskId === d.id)
      .map(({ userId, name, role, head }) => ({ userId, name, role, head }))
      // Heads first, then by name.
      .sort((a, b) => Number(b.head) - Number(a.head) || collator.compare(a.name, b.name));
    return { id: d.id, name: d.name, sections: [...own, ...direct], members };
  });
  return { desks: list, sections: top, people: people.sort((a, b) => collator.compare(a.name, b.name)) };
}

/** For the admins' page: on the app's own database. */
export async function getDesksForAdmin(actor: Actor): Promise<DesksAdminData> {
  return listDesksForAdmin(await appDatabase(), actor);
}

/** The desks, in the admins' order, for a form's or a filter's choices; none on a paper without desks. */
export async function listDeskChoices(db: Database, actor: Actor): Promise<DeskChoice[]> {
  if (!can(actor, "newsroom.enter")) throw new PermissionDeniedError();
  return db.select({ id: desks.id, name: desks.name }).from(desks).orderBy(asc(desks.position), asc(desks.id));
}

export async function getDeskChoices(actor: Actor): Promise<DeskChoice[]> {
  return listDeskChoices(await appDatabase(), actor);
}

/**
 * The desk that reviews a section: its own, or (a subsection without one) its parent's; null for
 * a section reviewed paper-wide, or no section. For other modules (a proposal's desk from its section).
 */
export async function deskOfSection(db: Database, sectionId: number | null): Promise<number | null> {
  if (sectionId === null) return null;
  const [row] = await db
    .select({ deskId: reviewingDesk })
    .from(sections)
    .leftJoin(sectionParent, eq(sectionParent.id, sections.parentId))
    .where(eq(sections.id, sectionId))
    .limit(1);
  return row?.deskId ?? null;
}

/** SQL: the ids of the sections a desk reviews (`reviewingDesk`'s rule, as a subquery for the queue's `in (…)`). */
export const sectionsOfDeskSql = (deskId: number) =>
  sql`(select own.id from ${sections} own left join ${sections} parent on parent.id = own.parent_id where coalesce(own.desk_id, parent.desk_id) = ${deskId})`;

/** The heads of a desk, told of what happens in its plan (none for a topic on no desk). */
export async function deskHeads(db: Database, deskId: number | null): Promise<number[]> {
  if (deskId === null) return [];
  const rows = await db
    .select({ userId: deskMembers.userId })
    .from(deskMembers)
    .where(and(eq(deskMembers.deskId, deskId), eq(deskMembers.head, true)));
  return rows.map((r) => r.userId);
}

/**
 * For an editor on desks looking at a story their desks do not review: the name of the desk that
 * does ("" when its section has none), so the screen says why Nhận bài and Duyệt bài are not there.
 * Null when the story is theirs to review, or they are paper-wide.
 */
export async function getDeskOutsideReach(actor: Actor, sectionId: number | null): Promise<string | null> {
  if (actor.role !== "editor" || reaches(actor, sectionId)) return null;
  const db = await appDatabase();
  const deskId = await deskOfSection(db, sectionId);
  if (deskId === null) return "";
  const [row] = await db.select({ name: desks.name }).from(desks).where(eq(desks.id, deskId));
  return row?.name ?? "";
}
