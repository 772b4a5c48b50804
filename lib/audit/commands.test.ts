import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, roles } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { recordAuditExport } from "./commands";

let handle: DatabaseHandle;
const people: Actor[] = [];

beforeAll(async () => {
  handle = await openTestDatabase();
  for (const role of roles) people.push(await makePerson(handle.db, role));
});
afterAll(async () => handle?.close());

describe("recording an export of the audit trail", () => {
  it("is allowed to the admin alone, and records the filters that were set", async () => {
    for (const actor of people) {
      const result = await recordAuditExport(handle.db, actor, { filters: { action: "user.", from: "2026-07-01", page: 3 }, address: "10.0.0.1" });
      expect(result, actor.role).toMatchObject(actor.role === "admin" ? { ok: true } : { ok: false, code: "forbidden" });
    }
    const rows = await handle.db.select().from(auditLog).where(eq(auditLog.action, "audit.export"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: people.find((p) => p.role === "admin")!.id,
      entityType: "system",
      data: { action: "user.", from: "2026-07-01" },
      address: "10.0.0.1",
    });
  });
});
