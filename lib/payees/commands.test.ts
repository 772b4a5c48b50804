// Người nhận nhuận bút on a real database: who may keep the list, collaborators added and edited
// (pen names folded, accounts given their row on first edit), saves that change nothing recording
// nothing, pen names several people share, and payment details sealed at rest, opened only by kế
// toán and admins, each read and change audited without the values.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { auditLog, payees } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { createPayee, readPayeeDetails, updatePayee, updatePayeeDetails } from "./commands";
import { findPayee, listPayees, parsePayeeKey } from "./queries";

let handle: DatabaseHandle;
let admin: Actor;
let grader: Actor;
let accountant: Actor;
let reporter: Actor;
let namesake: Actor;
const db = () => handle.db;

const details = { identityNumber: "001 099 012 345", bank: "Vietcombank – Chi nhánh Lạng Sơn", accountNumber: "0123-456-789", taxCode: "8012345678" };

beforeAll(async () => {
  handle = await openTestDatabase();
  admin = await makePerson(db(), "admin");
  grader = { ...(await makePerson(db(), "chief_editor", { name: "Hoàng Văn Đạt", penName: "VĂN ĐẠT" })), grants: ["royalty.grade"] };
  accountant = { ...(await makePerson(db(), "reporter", { name: "Đỗ Thị Kế", penName: "" })), grants: ["royalty.accounting"] };
  reporter = await makePerson(db(), "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" });
  namesake = await makePerson(db(), "reporter", { name: "Trần Thu Hà", penName: "Thu Hà" });
});
afterAll(async () => handle?.close());

const rowOf = async (id: number) => (await db().select().from(payees).where(eq(payees.id, id)))[0]!;
const auditOf = (id: number, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "payee"), eq(auditLog.entityId, String(id)), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id));
const ok = <T>(result: { ok: true; data: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.data;
};

describe("keeping the list", () => {
  it("lets a grader add a collaborator: pen names kept as typed, folded alike once, audited", async () => {
    const created = ok(
      await createPayee(db(), grader, { name: "  Lý  Văn Sơn ", penNames: "LÝ SƠN\nLý Sơn, SƠN LÝ ;  ", phone: "0912 345 678", kind: "collaborator" }),
    );
    const row = await rowOf(created.id);
    expect(row).toMatchObject({
      name: "Lý Văn Sơn",
      penNames: ["LÝ SƠN", "SƠN LÝ"],
      penNameKeys: ["ly-son", "son-ly"],
      phone: "0912 345 678",
      kind: "collaborator",
      active: true,
      userId: null,
      sealedDetails: "",
    });
    const [entry] = await auditOf(created.id, "payee.create");
    expect(entry).toMatchObject({ actorId: grader.id, data: { name: "Lý Văn Sơn", after: { penNames: ["LÝ SƠN", "SƠN LÝ"], kind: "collaborator" } } });
  });

  it("refuses a person without the right, and a bad field, writing nothing", async () => {
    const before = await db().select().from(payees);
    const refused = await createPayee(db(), reporter, { name: "Ai Đó", penNames: [] });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    const bad = await createPayee(db(), admin, { name: "Ai Đó", phone: "gọi tôi" });
    expect(bad).toMatchObject({ ok: false, code: "invalid", fieldErrors: { phone: expect.stringContaining("Số điện thoại") as unknown } });
    const extra = await createPayee(db(), admin, { name: "Ai Đó", sealedDetails: "x" } as never);
    expect(extra).toMatchObject({ ok: false, code: "invalid" });
    expect(await db().select().from(payees)).toEqual(before);
  });

  it("edits a payee, records only what changed, and records nothing when nothing did", async () => {
    const { id } = ok(await createPayee(db(), admin, { name: "Phạm Hữu Tình", penNames: ["HỮU TÌNH"] }));
    const saved = ok(
      await updatePayee(db(), accountant, { id, name: "Phạm Hữu Tình", penNames: ["HỮU TÌNH", "H.T"], phone: "", kind: "collaborator", active: false }),
    );
    expect(saved).toMatchObject({ id, changed: true });
    expect(await rowOf(id)).toMatchObject({ penNames: ["HỮU TÌNH", "H.T"], penNameKeys: ["huu-tinh", "h-t"], active: false });
    const [entry] = await auditOf(id, "payee.update");
    expect(entry!.data).toEqual({
      name: "Phạm Hữu Tình",
      before: { penNames: ["HỮU TÌNH"], active: true },
      after: { penNames: ["HỮU TÌNH", "H.T"], active: false },
    });
    const again = ok(await updatePayee(db(), accountant, { id, name: "Phạm Hữu Tình", penNames: "HỮU TÌNH\nH.T", kind: "collaborator", active: false }));
    expect(again.changed).toBe(false);
    expect(await auditOf(id, "payee.update")).toHaveLength(1);
    expect(await updatePayee(db(), accountant, { id: 999_999, name: "X", active: true })).toMatchObject({ ok: false, code: "not_found" });
    expect(await updatePayee(db(), accountant, { name: "X", active: true })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("gives an account its payee row on its first edit", async () => {
    const before = await listPayees(db(), grader, { q: "nguyen thu ha" });
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ key: `tk-${reporter.id}`, payeeId: null, kind: "staff", penNames: ["THU HÀ"] });
    const saved = ok(
      await updatePayee(db(), grader, { userId: reporter.id, name: "Nguyễn Thu Hà", penNames: "THU HÀ\nHÀ NGUYÊN", kind: "staff", active: true }),
    );
    const row = await rowOf(saved.id);
    expect(row).toMatchObject({ userId: reporter.id, kind: "staff", penNames: ["THU HÀ", "HÀ NGUYÊN"] });
    const after = await findPayee(db(), grader, `tk-${reporter.id}`);
    expect(after).toMatchObject({ key: String(saved.id), payeeId: saved.id, userId: reporter.id });
    expect((await listPayees(db(), grader, { q: "thu ha" })).filter((p) => p.userId === reporter.id)).toHaveLength(1);
  });

  it("lists accounts and collaborators, finds them by name or pen name without accents, and warns of shared pen names", async () => {
    ok(await createPayee(db(), admin, { name: "Hà Thu Trang", penNames: ["THU HÀ"], kind: "collaborator" }));
    const found = await listPayees(db(), grader, { q: "THU HA" });
    const names = found.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Nguyễn Thu Hà", "Trần Thu Hà", "Hà Thu Trang"]));
    const trang = found.find((p) => p.name === "Hà Thu Trang")!;
    expect(trang.shared.map((s) => s.penName)).toEqual(["THU HÀ"]);
    expect(trang.shared[0]!.names.sort()).toEqual(["Nguyễn Thu Hà", "Trần Thu Hà"]);
    expect(found.find((p) => p.userId === namesake.id)!.shared[0]!.names).toEqual(expect.arrayContaining(["Nguyễn Thu Hà", "Hà Thu Trang"]));
    expect((await listPayees(db(), grader, { q: "lý sơn" })).map((p) => p.name)).toEqual(["Lý Văn Sơn"]);
    expect((await listPayees(db(), grader, { kind: "collaborator" })).every((p) => p.kind === "collaborator")).toBe(true);
    // A grader keeps the list but is not told whose payment details are on file.
    expect(found.every((p) => p.hasDetails === undefined)).toBe(true);
    const everyone = await listPayees(db(), accountant);
    expect(everyone.every((p) => typeof p.hasDetails === "boolean")).toBe(true);
    // An admin, who writes nothing, is no payee unless someone made them one.
    expect(everyone.some((p) => p.userId === admin.id)).toBe(false);
    await expect(listPayees(db(), reporter)).rejects.toThrow();
  });

  it("reads page keys strictly", () => {
    expect(parsePayeeKey("12")).toEqual({ id: 12 });
    expect(parsePayeeKey("tk-7")).toEqual({ userId: 7 });
    for (const bad of ["0", "tk-", "12a", "-1", "99999999999", "tk-0"]) expect(parsePayeeKey(bad), bad).toBeNull();
  });
});

describe("payment details", () => {
  it("are sealed at rest: the raw column holds none of what was typed", async () => {
    const { id } = ok(await createPayee(db(), grader, { name: "Vi Thị Mơ", penNames: ["VI MƠ"] }));
    const saved = ok(await updatePayeeDetails(db(), accountant, { id, ...details }));
    expect(saved).toMatchObject({ changed: true, details: { identityNumber: "001099012345", accountNumber: "0123456789", taxCode: "8012345678" } });
    const raw = (await rowOf(id)).sealedDetails;
    expect(raw).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    for (const plain of ["001099012345", "0123456789", "Vietcombank", "8012345678", "identityNumber", "{"]) expect(raw).not.toContain(plain);
    const [entry] = await auditOf(id, "payee.details_update");
    expect(entry!.data).toEqual({ name: "Vi Thị Mơ", fields: ["identityNumber", "bank", "accountNumber", "taxCode"] });
    // The audit trail names the fields, never their values.
    const everything = JSON.stringify(await db().select().from(auditLog));
    for (const plain of ["001099012345", "0123456789", "Vietcombank", "8012345678"]) expect(everything).not.toContain(plain);
  });

  it("are read by kế toán and admins only, each read audited; a grader is refused and nothing is recorded", async () => {
    const { id } = ok(await createPayee(db(), admin, { name: "Nông Văn Dền", penNames: ["NÔNG DỀN"] }));
    ok(await updatePayeeDetails(db(), admin, { id, ...details }));
    const reads = async () => (await auditOf(id, "payee.details_read")).length;

    expect(await readPayeeDetails(db(), grader, { id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updatePayeeDetails(db(), grader, { id, ...details, bank: "Agribank" })).toMatchObject({ ok: false, code: "forbidden" });
    const chief = await makePerson(db(), "chief_editor");
    expect(await readPayeeDetails(db(), chief, { id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await reads()).toBe(0);

    const read = ok(await readPayeeDetails(db(), accountant, { id }));
    expect(read).toEqual({
      payeeId: id,
      name: "Nông Văn Dền",
      details: { identityNumber: "001099012345", bank: "Vietcombank – Chi nhánh Lạng Sơn", accountNumber: "0123456789", taxCode: "8012345678" },
    });
    ok(await readPayeeDetails(db(), admin, { id }));
    const entries = await auditOf(id, "payee.details_read");
    expect(entries.map((e) => e.actorId)).toEqual([admin.id, accountant.id]);
    expect(entries[0]!.data).toEqual({ name: "Nông Văn Dền" });
  });

  it("record a change by field, nothing for an unchanged save, and clear a field left empty", async () => {
    const { id } = ok(await createPayee(db(), admin, { name: "Hoàng Thị Lụa", penNames: [] }));
    ok(await updatePayeeDetails(db(), accountant, { id, ...details }));
    const same = ok(await updatePayeeDetails(db(), accountant, { id, ...details, identityNumber: "001099012345" }));
    expect(same.changed).toBe(false);
    ok(await updatePayeeDetails(db(), accountant, { id, ...details, bank: "" }));
    const entries = await auditOf(id, "payee.details_update");
    expect(entries.map((e) => e.data)).toEqual([
      { name: "Hoàng Thị Lụa", fields: ["bank"] },
      { name: "Hoàng Thị Lụa", fields: ["identityNumber", "bank", "accountNumber", "taxCode"] },
    ]);
    expect(ok(await readPayeeDetails(db(), accountant, { id })).details.bank).toBe("");
  });

  it("refuse numbers that are not CCCD, account or tax numbers, saying which", async () => {
    const { id } = ok(await createPayee(db(), admin, { name: "Lò Văn Pọm", penNames: [] }));
    const bad = await updatePayeeDetails(db(), accountant, { id, identityNumber: "12345", bank: "", accountNumber: "12", taxCode: "abc" });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["accountNumber", "identityNumber", "taxCode"]);
    expect(bad.fieldErrors!.identityNumber).toContain("12 chữ số");
    expect((await rowOf(id)).sealedDetails).toBe("");
    expect(
      ok(await updatePayeeDetails(db(), accountant, { id, identityNumber: "", bank: "", accountNumber: "", taxCode: "0101234567-001" })).details.taxCode,
    ).toBe("0101234567-001");
  });

  it("for an account without a row: nothing to read (nothing recorded); the first save makes its row", async () => {
    const person = await makePerson(db(), "reporter", { name: "Lương Văn Khánh", penName: "VĂN KHÁNH" });
    const read = ok(await readPayeeDetails(db(), accountant, { userId: person.id }));
    expect(read).toEqual({ payeeId: null, name: "Lương Văn Khánh", details: { identityNumber: "", bank: "", accountNumber: "", taxCode: "" } });
    const saved = ok(await updatePayeeDetails(db(), accountant, { userId: person.id, ...details }));
    expect(await rowOf(saved.payeeId)).toMatchObject({ userId: person.id, kind: "staff", penNames: ["VĂN KHÁNH"] });
    expect(await readPayeeDetails(db(), accountant, { userId: 999_999 })).toMatchObject({ ok: false, code: "not_found" });
  });
});
