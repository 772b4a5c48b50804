// Desks on a real database (PGlite, or PostgreSQL with DATABASE_URL): admins create, rename and
// delete desks, give them sections (taking a section from another desk moves it) and members
// (newsroom accounts only, heads flagged), every change audited; what a person's membership
// reaches (a subsection follows its parent unless it has a desk of its own), read again with the
// session on the next request.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeAssignment, makeDesk, makePerson, makeProposal, makeSection } from "@/db/factories";
import { assignments, auditLog, deskMembers, desks, proposals, sections } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { auditSentence } from "@/lib/audit/sentences";
import { sessionClaims, startSession } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/policy/policy";
import { addDeskMember, createDesk, deleteDesk, removeDeskMember, renameDesk, setDeskHead, setDeskSections } from "./commands";
import { deskOfSection, listDeskChoices, listDesksForAdmin } from "./queries";
import { listSectionsForAdmin } from "@/lib/sections/queries";
import { deskReachOf } from "./reach";

let handle: DatabaseHandle;
const db = () => handle.db;
let admin: Actor;
let editor: Actor;
let reporter: Actor;

beforeAll(async () => {
  handle = await openTestDatabase();
  admin = await makePerson(db(), "admin", { name: "Vi Văn Quân" });
  editor = await makePerson(db(), "editor", { name: "Trần Minh Đức" });
  reporter = await makePerson(db(), "reporter", { name: "Lê Phương Dung" });
});
afterAll(async () => handle?.close());

const lastAudit = async (deskId: number, action: string) => {
  const rows = await db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "desk"), eq(auditLog.entityId, String(deskId)), eq(auditLog.action, action)));
  return rows.at(-1);
};
const sentence = (action: string, data: unknown) =>
  auditSentence(action, data as Record<string, unknown>, "desk", {
    locale: "vi",
    timeZone: "Asia/Ho_Chi_Minh",
    person: () => undefined,
    story: () => undefined,
    section: () => undefined,
    media: () => undefined,
    entityLabel: "Ban",
  }).text;

describe("creating, renaming and deleting a desk", () => {
  it("creates a desk with a trimmed name, audited", async () => {
    const made = await createDesk(db(), admin, { name: "  Ban   Thời sự  " });
    expect(made).toMatchObject({ ok: true, data: { name: "Ban Thời sự" } });
    if (!made.ok) return;
    const entry = await lastAudit(made.data.id, "desk.create");
    expect(entry?.actorId).toBe(admin.id);
    expect(sentence("desk.create", entry?.data)).toBe("Tạo Ban Thời sự.");
  });

  it("refuses a duplicate name, whatever its case, in Vietnamese", async () => {
    const again = await createDesk(db(), admin, { name: "ban thời sự" });
    expect(again).toMatchObject({ ok: false, code: "conflict", error: "Đã có ban tên “Ban Thời sự”. Hãy chọn tên khác." });
    const empty = await createDesk(db(), admin, { name: "   " });
    expect(empty).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: "Hãy nhập tên ban." } });
  });

  it("is for admins only", async () => {
    for (const who of [editor, reporter, await makePerson(db(), "chief_editor")]) {
      expect(await createDesk(db(), who, { name: `Ban của ${who.role}` })).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("renames, refusing another desk's name, and records before and after", async () => {
    const desk = await makeDesk(db(), { name: "Ban Kinh tế" });
    const other = await makeDesk(db(), { name: "Ban Văn hóa" });
    expect(await renameDesk(db(), admin, { id: desk.id, name: "Ban Văn hóa" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await renameDesk(db(), admin, { id: desk.id, name: "Ban Kinh tế" })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await renameDesk(db(), admin, { id: desk.id, name: "Ban Kinh tế – Văn hóa" })).toMatchObject({ ok: true, data: { changed: true } });
    const entry = await lastAudit(desk.id, "desk.rename");
    expect(entry?.data).toMatchObject({ before: { name: "Ban Kinh tế" }, after: { name: "Ban Kinh tế – Văn hóa" } });
    expect(sentence("desk.rename", entry?.data)).toBe("Đổi tên Ban Kinh tế thành Ban Kinh tế – Văn hóa.");
    expect(other.id).toBeGreaterThan(0);
  });

  it("deletes: its sections go back to paper-wide review, its members leave, its proposals and assignments stay", async () => {
    const section = await makeSection(db());
    const desk = await makeDesk(db(), { name: "Ban sắp xóa", sectionIds: [section.id], members: [{ userId: editor.id, head: true }] });
    const proposal = await makeProposal(db(), { proposedBy: reporter, deskId: desk.id, sectionId: section.id });
    const assignment = await makeAssignment(db(), { assignee: reporter, assignedBy: editor, deskId: desk.id });
    expect(await deleteDesk(db(), admin, { id: desk.id })).toMatchObject({ ok: true, data: { name: "Ban sắp xóa" } });
    expect(await db().select().from(desks).where(eq(desks.id, desk.id))).toEqual([]);
    expect((await db().select().from(sections).where(eq(sections.id, section.id)))[0]?.deskId).toBeNull();
    expect(await db().select().from(deskMembers).where(eq(deskMembers.deskId, desk.id))).toEqual([]);
    expect((await db().select().from(proposals).where(eq(proposals.id, proposal.id)))[0]).toMatchObject({ deskId: null, sectionId: section.id });
    expect((await db().select().from(assignments).where(eq(assignments.id, assignment.id)))[0]).toMatchObject({ deskId: null });
    const entry = await lastAudit(desk.id, "desk.delete");
    expect(sentence("desk.delete", entry?.data)).toContain(`chuyên mục: ${section.name}; thành viên: Trần Minh Đức`);
    expect(await deleteDesk(db(), admin, { id: desk.id })).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("a desk's sections", () => {
  it("gives sections, takes them back, and moves one from another desk, saying which", async () => {
    const [a, b, c] = [await makeSection(db(), { name: "Pháp luật" }), await makeSection(db()), await makeSection(db())];
    const first = await makeDesk(db(), { name: "Ban Nội chính", sectionIds: [a.id] });
    const second = await makeDesk(db(), { name: "Ban Tổng hợp" });
    const given = await setDeskSections(db(), admin, { id: second.id, sectionIds: [a.id, b.id] });
    expect(given).toMatchObject({ ok: true, data: { changed: true, moved: [{ id: a.id, name: "Pháp luật", fromDesk: "Ban Nội chính" }] } });
    expect(await deskOfSection(db(), a.id)).toBe(second.id);
    const entry = await lastAudit(second.id, "desk.sections");
    expect(sentence("desk.sections", entry?.data)).toBe(`Ban Tổng hợp: chuyên mục (trống) → Pháp luật, ${b.name}. Pháp luật chuyển từ Ban Nội chính.`);

    expect(await setDeskSections(db(), admin, { id: second.id, sectionIds: [b.id, a.id] })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await setDeskSections(db(), admin, { id: second.id, sectionIds: [c.id] })).toMatchObject({ ok: true, data: { changed: true, moved: [] } });
    expect([await deskOfSection(db(), a.id), await deskOfSection(db(), b.id), await deskOfSection(db(), c.id)]).toEqual([null, null, second.id]);
    expect(await setDeskSections(db(), admin, { id: second.id, sectionIds: [999_999] })).toMatchObject({ ok: false, code: "invalid" });
    expect(first.id).not.toBe(second.id);
  });

  it("resolves a subsection to its parent's desk unless it has its own", async () => {
    const parent = await makeSection(db());
    const following = await makeSection(db(), { parentId: parent.id });
    const own = await makeSection(db(), { parentId: parent.id });
    const desk = await makeDesk(db(), { sectionIds: [parent.id] });
    const other = await makeDesk(db(), { sectionIds: [own.id] });
    expect(await deskOfSection(db(), following.id)).toBe(desk.id);
    expect(await deskOfSection(db(), own.id)).toBe(other.id);
    expect(await deskOfSection(db(), null)).toBeNull();
  });
});

describe("a desk's members", () => {
  it("adds newsroom people (several desks each), flags heads and removes, each change audited", async () => {
    const desk = await makeDesk(db(), { name: "Ban Thời sự 2" });
    const elsewhere = await makeDesk(db(), { members: [{ userId: reporter.id }] });
    expect(await addDeskMember(db(), admin, { id: desk.id, userId: reporter.id })).toMatchObject({ ok: true });
    expect(await addDeskMember(db(), admin, { id: desk.id, userId: editor.id, head: true })).toMatchObject({ ok: true });
    expect(sentence("desk.members", (await lastAudit(desk.id, "desk.members"))?.data)).toBe("Ban Thời sự 2: thêm Trần Minh Đức làm trưởng ban.");
    expect(await addDeskMember(db(), admin, { id: desk.id, userId: editor.id })).toMatchObject({ ok: false, code: "conflict" });
    expect(await addDeskMember(db(), admin, { id: desk.id, userId: admin.id })).toMatchObject({ ok: false, code: "invalid" });
    const locked = await makePerson(db(), "editor", { active: false });
    expect(await addDeskMember(db(), admin, { id: desk.id, userId: locked.id })).toMatchObject({ ok: false, code: "invalid" });

    expect(await setDeskHead(db(), admin, { id: desk.id, userId: editor.id, head: false })).toMatchObject({ ok: true, data: { changed: true } });
    expect(sentence("desk.members", (await lastAudit(desk.id, "desk.members"))?.data)).toBe("Ban Thời sự 2: Trần Minh Đức thôi làm trưởng ban.");
    expect(await setDeskHead(db(), admin, { id: desk.id, userId: reporter.id, head: true })).toMatchObject({ ok: true, data: { changed: true } });
    expect((await deskReachOf(db(), reporter.id)).headOf).toEqual([desk.id]);
    expect((await deskReachOf(db(), reporter.id)).memberOf).toEqual([desk.id, elsewhere.id].sort((x, y) => x - y));

    expect(await removeDeskMember(db(), admin, { id: desk.id, userId: editor.id })).toMatchObject({ ok: true, data: { removed: true } });
    const entry = await lastAudit(desk.id, "desk.members");
    expect(entry?.data).toMatchObject({ change: "remove", after: { members: [{ name: "Lê Phương Dung", head: true }] } });
    expect((entry?.data as { before: { members: unknown[] } }).before.members).toContainEqual({ name: "Trần Minh Đức", head: false });
    expect(await removeDeskMember(db(), admin, { id: desk.id, userId: editor.id })).toMatchObject({ ok: true, data: { removed: false } });
    expect(await setDeskHead(db(), admin, { id: desk.id, userId: editor.id, head: true })).toMatchObject({ ok: false, code: "not_found" });
    expect(await addDeskMember(db(), editor, { id: desk.id, userId: editor.id })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("what a desk reaches", () => {
  it("follows the parent for a subsection, lets a subsection's own desk override it, and flags heads", async () => {
    const top = await makeSection(db());
    const child = await makeSection(db(), { parentId: top.id });
    const taken = await makeSection(db(), { parentId: top.id });
    const head = await makePerson(db(), "editor");
    const member = await makePerson(db(), "editor");
    const desk = await makeDesk(db(), { sectionIds: [top.id], members: [{ userId: head.id, head: true }, { userId: member.id }] });
    const other = await makeDesk(db(), { sectionIds: [taken.id], members: [{ userId: member.id }] });
    expect(await deskReachOf(db(), head.id)).toEqual({ memberOf: [desk.id], headOf: [desk.id], sectionIds: [top.id, child.id] });
    expect(await deskReachOf(db(), member.id)).toEqual({ memberOf: [desk.id, other.id], headOf: [], sectionIds: [top.id, child.id, taken.id] });
    expect(await deskReachOf(db(), (await makePerson(db(), "editor")).id)).toEqual({ memberOf: [], headOf: [], sectionIds: [] });
  });

  it("changes with the next request: the session's claims are read again", async () => {
    const person = await makePerson(db(), "editor");
    const section = await makeSection(db());
    const desk = await makeDesk(db(), { sectionIds: [section.id] });
    const sid = await startSession(db(), { userId: person.id, userAgent: "Mozilla/5.0", address: "203.0.113.5" });
    expect((await sessionClaims(db(), sid))?.desks).toEqual({ memberOf: [], headOf: [], sectionIds: [] });
    await addDeskMember(db(), admin, { id: desk.id, userId: person.id });
    expect((await sessionClaims(db(), sid))?.desks).toEqual({ memberOf: [desk.id], headOf: [], sectionIds: [section.id] });
    await removeDeskMember(db(), admin, { id: desk.id, userId: person.id });
    expect((await sessionClaims(db(), sid))?.desks).toEqual({ memberOf: [], headOf: [], sectionIds: [] });
  });
});

describe("the admins' list and the choices", () => {
  it("lists each desk with its sections (subsections following) and members, heads first", async () => {
    const top = await makeSection(db(), { name: "Văn hóa 900" });
    await makeSection(db(), { name: "Du lịch 900", parentId: top.id });
    const head = await makePerson(db(), "editor", { name: "Ông Trưởng Ban" });
    const desk = await makeDesk(db(), { name: "Ban Văn hóa 900", sectionIds: [top.id], members: [{ userId: reporter.id }, { userId: head.id, head: true }] });
    const data = await listDesksForAdmin(db(), admin);
    expect(data.desks.find((d) => d.id === desk.id)).toEqual({
      id: desk.id,
      name: "Ban Văn hóa 900",
      sections: [{ id: top.id, name: "Văn hóa 900", following: ["Du lịch 900"] }],
      members: [
        { userId: head.id, name: "Ông Trưởng Ban", role: "editor", head: true },
        { userId: reporter.id, name: "Lê Phương Dung", role: "reporter", head: false },
      ],
    });
    expect(data.people.some((p) => p.id === admin.id)).toBe(false);
    expect(data.sections.find((s) => s.id === top.id)).toMatchObject({ deskId: desk.id, children: [{ name: "Du lịch 900", deskId: null }] });
    await expect(listDesksForAdmin(db(), editor)).rejects.toThrow();
    expect((await listDeskChoices(db(), reporter)).map((d) => d.name)).toContain("Ban Văn hóa 900");
    // Quản trị → Chuyên mục says which desk each section is on.
    const onSectionsPage = (await listSectionsForAdmin(db(), admin)).find((s) => s.id === top.id);
    expect(onSectionsPage).toMatchObject({ deskName: "Ban Văn hóa 900", deskFollowsParent: false });
    expect(onSectionsPage?.children[0]).toMatchObject({ deskName: "Ban Văn hóa 900", deskFollowsParent: true });
  });
});
