import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { notifications } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { markNotificationsRead } from "./commands";
import { notify } from "./notify";
import { countUnreadNotifications, getNotificationSummary, listNotifications } from "./queries";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};

beforeAll(async () => {
  handle = await openTestDatabase();
  people.ha = await makePerson(handle.db, "reporter");
  people.dung = await makePerson(handle.db, "reporter");
  people.duc = await makePerson(handle.db, "editor");
  people.admin = await makePerson(handle.db, "admin");
});
afterAll(async () => handle?.close());

// Written directly with distinct times, so the order is the test's and not the clock's.
async function tell(who: Actor, message: string, at: Date) {
  await handle.db.insert(notifications).values({ userId: who.id, actorId: people.duc!.id, kind: "returned", message, createdAt: at });
}

describe("notifications", () => {
  it("lists only the person's own, newest first, at most 30, with the unread count", async () => {
    for (let i = 0; i < 32; i++) await tell(people.ha!, `Bài số ${i} bị trả lại`, new Date(Date.UTC(2026, 10, 1, 0, i)));
    await tell(people.dung!, "Bài của Dung bị trả lại", new Date(Date.UTC(2026, 10, 2)));

    const summary = await getNotificationSummary(handle.db, people.ha!);
    expect(summary.unread).toBe(32);
    expect(summary.items).toHaveLength(30);
    expect(summary.items[0]).toMatchObject({ message: "Bài số 31 bị trả lại", read: false, kind: "returned", storyId: null });
    expect(summary.items.some((n) => n.message.includes("Dung"))).toBe(false);
    expect(await countUnreadNotifications(handle.db, people.dung!)).toBe(1);
    expect(await countUnreadNotifications(handle.db, people.admin!)).toBe(0);
  });

  it("marks read only the person's own, whatever ids are sent", async () => {
    const dungs = await listNotifications(handle.db, people.dung!);
    const has = await listNotifications(handle.db, people.ha!);

    // Hà sends Dung's id with one of her own: only hers changes.
    const result = await markNotificationsRead(handle.db, people.ha!, { ids: [dungs[0]!.id, has[0]!.id] });
    expect(result).toEqual({ ok: true, data: { marked: 1 } });
    expect(await countUnreadNotifications(handle.db, people.dung!)).toBe(1);
    expect(await countUnreadNotifications(handle.db, people.ha!)).toBe(31);
    expect((await listNotifications(handle.db, people.ha!))[0]).toMatchObject({ read: true });

    // Without ids: all of hers, none of Dung's.
    expect(await markNotificationsRead(handle.db, people.ha!, {})).toEqual({ ok: true, data: { marked: 31 } });
    expect(await countUnreadNotifications(handle.db, people.ha!)).toBe(0);
    expect(await countUnreadNotifications(handle.db, people.dung!)).toBe(1);
  });

  it("never tells people about their own action", async () => {
    await notify(handle.db, {
      userIds: [people.duc!.id, people.dung!.id, people.dung!.id],
      actorId: people.duc!.id,
      storyId: null,
      kind: "note",
      message: "Ghi chú mới",
    });
    expect(await countUnreadNotifications(handle.db, people.duc!)).toBe(0);
    expect(await countUnreadNotifications(handle.db, people.dung!)).toBe(2);
    await markNotificationsRead(handle.db, people.dung!, { ids: [(await listNotifications(handle.db, people.dung!))[0]!.id] });
  });

  it("refuses the signed-out and malformed input", async () => {
    expect(await markNotificationsRead(handle.db, null, {})).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await markNotificationsRead(handle.db, people.dung!, { ids: [] })).toMatchObject({ ok: false, code: "invalid" });
    expect(await markNotificationsRead(handle.db, people.dung!, { ids: ["1"] as unknown as number[] })).toMatchObject({ ok: false, code: "invalid" });
    expect(await countUnreadNotifications(handle.db, people.dung!)).toBe(1);
  });
});
