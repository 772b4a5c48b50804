import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { sections, stories, storyStatuses, storyTransitions, users } from "@/db/schema";
import { checkLogin } from "@/lib/auth/login";
import { plainText } from "@/lib/stories/body";
import { listLatestStories } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";
import { demoAccounts, demoPassword, fixturePath, hasUsers, seedBase, seedDemo } from "./seed";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemo(handle.db);
});
afterAll(async () => handle?.close());

describe("demo seed", () => {
  it("creates one account per role that logs in with the demo password", async () => {
    const rows = await handle.db.select({ email: users.email, role: users.role }).from(users);
    expect(rows.map((r) => r.role).sort()).toEqual(["admin", "chief_editor", "editor", "reporter"]);
    for (const account of demoAccounts) {
      const result = await checkLogin(handle.db, { email: account.email, password: demoPassword, address: "127.0.0.1" });
      expect(result.ok, account.email).toBe(true);
    }
  });

  it("publishes the fixture story in Chính trị, dated 04/07/2022, by PHƯƠNG DUNG, every word intact", async () => {
    const [story] = await handle.db
      .select()
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(eq(stories.title, "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện"));
    expect(story).toBeDefined();
    expect(story!.sections.name).toBe("Chính trị");
    expect(story!.stories.status).toBe("published");
    expect(story!.stories.byline).toEqual(["PHƯƠNG DUNG"]);
    expect(story!.stories.slug).toBe("phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-trong-sach-vung-manh-toan-dien");
    expect(formatDateline(story!.stories.publishedAt!, { withTime: true })).toBe("Thứ hai, 04/07/2022 08:30");
    // Every paragraph of the file is in the stored body, character for character.
    const lines = fs
      .readFileSync(fixturePath, "utf8")
      .normalize("NFC")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const stored = [story!.stories.sapo, ...plainText(story!.stories.body).split("\n\n")];
    for (const line of lines.slice(3, -1)) expect(stored).toContain(line);
    expect(story!.stories.sapo).toBe(lines[2]!.replace(/^– /, ""));
  });

  it("has stories in every state of the workflow, each with the transitions that led there", async () => {
    for (const status of storyStatuses) {
      const rows = await handle.db.select({ id: stories.id, version: stories.version }).from(stories).where(eq(stories.status, status));
      expect(rows.length, status).toBeGreaterThan(0);
      if (status !== "draft") {
        const [row] = rows;
        const moves = await handle.db.select().from(storyTransitions).where(eq(storyTransitions.storyId, row!.id));
        expect(moves.at(-1)?.toStatus, status).toBe(status);
      }
    }
  });

  it("shows readers only what is published and due, newest first", async () => {
    const listed = await listLatestStories(handle.db, { limit: 500 });
    const ids = new Set(listed.map((s) => s.id));
    const all = await handle.db.select({ id: stories.id, status: stories.status, publishedAt: stories.publishedAt }).from(stories);
    for (const story of all) {
      const due = story.publishedAt !== null && story.publishedAt <= new Date();
      const visible = (story.status === "published" || story.status === "scheduled") && due;
      expect(ids.has(story.id), `${story.id} ${story.status}`).toBe(visible);
    }
    const times = listed.map((s) => s.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("keeps returned drafts' notes and base data idempotent", async () => {
    const returned = await handle.db
      .select()
      .from(storyTransitions)
      .where(and(eq(storyTransitions.event, "return")));
    expect(returned.length).toBeGreaterThan(0);
    expect(returned[0]!.note).toBeTruthy();
    const before = (await handle.db.select().from(sections)).length;
    await seedBase(handle.db);
    expect((await handle.db.select().from(sections)).length).toBe(before);
    expect(await hasUsers(handle.db)).toBe(true);
  });
});
