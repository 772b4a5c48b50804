// The audit writer: every action it may record has a name in Nhật ký, and a record reads back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { auditLog } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { actionLabel } from "./labels";
import { auditActions, recordAudit } from "./record";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => handle?.close());

describe("the audit writer", () => {
  it("names every action it may record", () => {
    expect(auditActions.filter((action) => actionLabel(action) === action)).toEqual([]);
  });

  it("records who did what to which object, with the address, and says when", async () => {
    const admin = await makePerson(handle.db, "admin");
    const { at } = await recordAudit(handle.db, {
      actorId: admin.id,
      action: "user.role",
      entityType: "user",
      entityId: 42,
      data: { after: { role: "editor" } },
      address: "203.0.113.9",
    });
    const [row] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, admin.id), eq(auditLog.action, "user.role")));
    expect(Math.abs(row!.at.getTime() - at.getTime())).toBeLessThan(1000);
    expect(row).toMatchObject({
      actorId: admin.id,
      action: "user.role",
      entityType: "user",
      entityId: "42",
      data: { after: { role: "editor" } },
      address: "203.0.113.9",
    });
  });
});
