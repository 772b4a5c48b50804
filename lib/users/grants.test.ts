// Quyền thêm on a real database: an admin gives and takes grants, the change is audited before/after
// and holds from the person's next request (their session's claims carry it, no new sign-in), a
// save that changes nothing records nothing, a locked account gains nothing, and nobody else may.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { auditLog, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { sessionClaims, startSession } from "@/lib/auth/sessions";
import { canRoyalty, type Actor } from "@/lib/policy/policy";
import { deactivateUser, setGrants } from "./commands";
import { listUsers } from "./queries";

let handle: DatabaseHandle;
let admin: Actor;
const db = () => handle.db;

beforeAll(async () => {
  handle = await openTestDatabase();
  admin = await makePerson(db(), "admin");
});
afterAll(async () => handle?.close());

const grantsOf = async (id: number) => (await db().select({ grants: users.grants }).from(users).where(eq(users.id, id)))[0]!.grants;
const auditOf = (id: number) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, String(id)), eq(auditLog.action, "user.grants")))
    .orderBy(desc(auditLog.id));

describe("setGrants", () => {
  it("gives grants that the person's open session carries at its next request", async () => {
    const chief = await makePerson(db(), "chief_editor", { name: "Hoàng Văn Đạt" });
    const sessionId = await startSession(db(), { userId: chief.id, userAgent: "test", address: "203.0.113.9" });
    const before = await sessionClaims(db(), sessionId);
    expect(before?.grants).toEqual([]);
    expect(canRoyalty({ ...chief, grants: before!.grants }, "royalty.month.view")).toBe(false);

    const result = await setGrants(db(), admin, { id: chief.id, grants: ["royalty.approve", "royalty.grade", "royalty.grade"] });
    expect(result).toMatchObject({ ok: true, data: { grants: ["royalty.grade", "royalty.approve"], changed: true } });
    expect(await grantsOf(chief.id)).toEqual(["royalty.grade", "royalty.approve"]);

    const after = await sessionClaims(db(), sessionId);
    expect(after).not.toBeNull(); // the session goes on: nothing to sign in again for
    expect(after!.grants).toEqual(["royalty.grade", "royalty.approve"]);
    const actor: Actor = { ...chief, grants: after!.grants };
    expect(canRoyalty(actor, "royalty.month.view")).toBe(true);
    expect(canRoyalty(actor, "royalty.month.approve", { month: "open" })).toBe(true);
    expect(canRoyalty(actor, "payees.details")).toBe(false);

    const [entry] = await auditOf(chief.id);
    expect(entry).toMatchObject({ actorId: admin.id, data: { before: [], after: ["royalty.grade", "royalty.approve"] } });
    expect((await listUsers(db(), admin, { q: "Hoàng Văn Đạt" }))[0]!.grants).toEqual(["royalty.grade", "royalty.approve"]);
  });

  it("takes grants away, records nothing for a save that changes nothing", async () => {
    const reporter = await makePerson(db(), "reporter");
    const sessionId = await startSession(db(), { userId: reporter.id, userAgent: "test", address: "203.0.113.9" });
    expect((await setGrants(db(), admin, { id: reporter.id, grants: ["royalty.accounting"] })).ok).toBe(true);
    expect(await setGrants(db(), admin, { id: reporter.id, grants: ["royalty.accounting"] })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await auditOf(reporter.id)).toHaveLength(1);
    expect((await sessionClaims(db(), sessionId))!.grants).toEqual(["royalty.accounting"]);

    expect(await setGrants(db(), admin, { id: reporter.id, grants: [] })).toMatchObject({ ok: true, data: { grants: [], changed: true } });
    expect((await sessionClaims(db(), sessionId))!.grants).toEqual([]);
    const entries = await auditOf(reporter.id);
    expect(entries.map((e) => e.data)).toEqual([
      { before: ["royalty.accounting"], after: [] },
      { before: [], after: ["royalty.accounting"] },
    ]);
  });

  it("gives nothing to a locked account, but may take from it", async () => {
    const leaver = await makePerson(db(), "editor", { name: "Bùi Thị Thảo" });
    expect((await setGrants(db(), admin, { id: leaver.id, grants: ["royalty.grade"] })).ok).toBe(true);
    expect((await deactivateUser(db(), admin, { id: leaver.id })).ok).toBe(true);
    const refused = await setGrants(db(), admin, { id: leaver.id, grants: ["royalty.grade", "royalty.accounting"] });
    expect(refused).toMatchObject({ ok: false, code: "inactive" });
    expect(refused.ok ? "" : refused.error).toContain("Bùi Thị Thảo");
    expect(await grantsOf(leaver.id)).toEqual(["royalty.grade"]);
    expect(await setGrants(db(), admin, { id: leaver.id, grants: [] })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await grantsOf(leaver.id)).toEqual([]);
  });

  it("is for admins only, and refuses what is not a grant or not asked for", async () => {
    const person = await makePerson(db(), "reporter");
    const chief = await makePerson(db(), "chief_editor");
    const everything: Actor = { ...chief, grants: ["royalty.grade", "royalty.approve", "royalty.accounting"] };
    for (const actor of [chief, everything, person]) {
      expect(await setGrants(db(), actor, { id: person.id, grants: ["royalty.grade"] })).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await setGrants(db(), admin, { id: person.id, grants: ["royalty.everything" as never] })).toMatchObject({ ok: false, code: "invalid" });
    expect(await setGrants(db(), admin, { id: person.id, grants: [], role: "admin" } as never)).toMatchObject({ ok: false, code: "invalid" });
    expect(await setGrants(db(), admin, { id: 999_999, grants: [] })).toMatchObject({ ok: false, code: "not_found" });
    expect(await grantsOf(person.id)).toEqual([]);
    expect(await auditOf(person.id)).toHaveLength(0);
  });
});
