import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { users } from "@/db/schema";
import { currentClaims } from "./session";

let handle: DatabaseHandle;
let id: number;
beforeAll(async () => {
  handle = await openTestDatabase();
  ({ id } = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" }));
});
afterAll(async () => handle?.close());

describe("session claims on every request", () => {
  it("carry the account's role and pen name", async () => {
    expect(await currentClaims(handle.db, id)).toEqual({ sub: String(id), role: "reporter", name: "Nguyễn Thu Hà", penName: "THU HÀ", locale: "vi" });
  });

  it("follow a role change at once", async () => {
    await handle.db.update(users).set({ role: "editor" }).where(eq(users.id, id));
    expect((await currentClaims(handle.db, id))?.role).toBe("editor");
  });

  it("end when the account is locked, and come back when it is unlocked", async () => {
    await handle.db.update(users).set({ active: false }).where(eq(users.id, id));
    expect(await currentClaims(handle.db, id)).toBeNull();
    await handle.db.update(users).set({ active: true }).where(eq(users.id, id));
    expect(await currentClaims(handle.db, id)).not.toBeNull();
  });

  it("end for an unknown or malformed account id", async () => {
    expect(await currentClaims(handle.db, 987654)).toBeNull();
    expect(await currentClaims(handle.db, Number("abc"))).toBeNull();
  });
});
