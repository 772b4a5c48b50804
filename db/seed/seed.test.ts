import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { media, sections, stories, storyStatuses, storyTransitions, users, type RichTextNode } from "@/db/schema";
import { listMostRead } from "@/lib/reading/queries";
import { loadSettings } from "@/lib/settings/settings";
import { checkLogin } from "@/lib/auth/login";
import { plainText } from "@/lib/stories/body";
import { listLatestStories } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";
import { demoPhotos } from "./demo-photos";
import { demoAccounts, demoPassword, demoSettings, fixturePath, hasUsers, seedBase, seedDemo } from "./seed";

// The photos go to a folder of this file's own; env() reads DATA_DIR on first use, after this line.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-seed-"));
process.env.DATA_DIR = dataDir;

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemo(handle.db);
});
afterAll(async () => {
  await handle?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

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

  it("puts every demo photo in the library with its caption, credit and alt text, files on disk", async () => {
    const rows = await handle.db.select().from(media);
    expect(rows.map((r) => r.originalName).sort()).toEqual(demoPhotos.map((p) => p.file).sort());
    for (const photo of demoPhotos) {
      const row = rows.find((r) => r.originalName === photo.file)!;
      expect(row.credit, photo.file).toBe(photo.credit);
      expect(row.credit, photo.file).toMatch(/^Ảnh: .+, (CC BY(-SA)? \d\.0|CC0|GPL 2\+)$/);
      expect(row.caption, photo.file).toBe(photo.caption);
      expect(row.alt, photo.file).not.toBe("");
      expect(row.variants.length, photo.file).toBeGreaterThan(1);
      for (const v of row.variants) expect(fs.existsSync(path.join(dataDir, "media", ...v.key.split("/"))), v.key).toBe(true);
    }
  });

  it("gives most public stories a cover, and figures with their photo, caption and credit", async () => {
    const listed = await listLatestStories(handle.db, { limit: 500 });
    const withCover = listed.filter((s) => s.cover);
    expect(withCover.length / listed.length).toBeGreaterThan(0.6);
    expect(listed[0]!.cover, "the newest story leads the home page with a photo").not.toBeNull();
    const rows = await handle.db
      .select({ body: stories.body, status: stories.status })
      .from(stories)
      .where(
        inArray(
          stories.id,
          listed.map((s) => s.id),
        ),
      );
    const figures = rows.flatMap((r) => r.body.content.filter((n: RichTextNode) => n.type === "figure"));
    const pictured = figures.filter((f) => f.attrs?.mediaId);
    expect(pictured.length).toBeGreaterThanOrEqual(8);
    for (const f of pictured) {
      expect(f.attrs?.src).toMatch(/^\/media\//);
      expect(f.attrs?.caption).toBeTruthy();
      expect(f.attrs?.credit).toMatch(/^Ảnh: /);
    }
    // Only the imported fixture keeps captions without a photo among the public stories.
    const photoless = rows.filter((r) => r.body.content.some((n: RichTextNode) => n.type === "figure" && !n.attrs?.mediaId));
    expect(photoless.length).toBeLessThanOrEqual(1);
  });

  it("seeds views over the last day, so Đọc nhiều ranks stories on a fresh demo", async () => {
    const day = await listMostRead(handle.db, "24h");
    expect(day.length).toBe(5);
    expect(day.every((s) => s.views > 0)).toBe(true);
    const views = day.map((s) => s.views);
    expect(views).toEqual([...views].sort((a, b) => b - a));
  });

  it("prints the demo paper's own details, not placeholders", async () => {
    const settings = await loadSettings(handle.db);
    expect(settings).toMatchObject(demoSettings);
    expect(JSON.stringify(settings)).not.toMatch(/chưa cài đặt/);
  });
});
