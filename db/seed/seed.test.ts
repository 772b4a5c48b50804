import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { deskReachOf } from "@/lib/desks/reach";
import {
  auditLog,
  desks,
  media,
  payees,
  royaltyLines,
  royaltyMonths,
  royaltyWorks,
  sections,
  stories,
  storyStatuses,
  storyTransitions,
  users,
  type RichTextNode,
} from "@/db/schema";
import { listMostRead } from "@/lib/reading/queries";
import { lineAmount } from "@/lib/royalties/money";
import { monthOf, previousMonth } from "@/lib/royalties/months";
import { listMyRoyalties } from "@/lib/royalties/my-royalties";
import { defaultRoyaltySettings } from "@/lib/royalties/settings";
import { loadSettings } from "@/lib/settings/settings";
import { checkLogin } from "@/lib/auth/login";
import { plainText } from "@/lib/stories/body";
import { listLatestStories } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";
import { wallClock } from "@/lib/i18n/time";
import { assignments, proposals } from "@/db/schema";
import { demoPhotos } from "./demo-photos";
import { ensureReadyForReaders } from "@/lib/stories/kind-checks";
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
    const rows = await handle.db.select({ email: users.email, role: users.role, grants: users.grants }).from(users);
    // Four roles, the accountant (a reporter's account with the accountant's grant), and the desks' people.
    expect(rows.map((r) => r.role).sort()).toEqual(["admin", "chief_editor", "editor", "editor", "editor", "reporter", "reporter", "reporter"]);
    for (const account of demoAccounts) {
      const result = await checkLogin(handle.db, { email: account.email, password: demoPassword, address: "127.0.0.1" });
      expect(result.ok, account.email).toBe(true);
    }
    const grantsOf = (email: string) => rows.find((r) => r.email === email)!.grants;
    expect(grantsOf("thuky@toasoan.test")).toEqual(["royalty.grade", "royalty.approve"]);
    expect(grantsOf("ketoan@toasoan.test")).toEqual(["royalty.accounting"]);
    expect(grantsOf("phongvien@toasoan.test")).toEqual([]);
  });

  it("seeds the desks of a merged organ, leaving bientap@ on no desk so it reviews every section", async () => {
    const db = handle.db;
    const idOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
    const all = await db.select().from(desks);
    expect(all.map((d) => d.name)).toEqual(["Ban Thời sự", "Ban Kinh tế – Văn hóa", "Ban Thư ký – Biên tập"]);
    expect(await deskReachOf(db, await idOf("bientap@toasoan.test"))).toEqual({ memberOf: [], headOf: [], sectionIds: [] });
    const head = await deskReachOf(db, await idOf("truongban@toasoan.test"));
    expect(head.headOf).toEqual([all[0]!.id]);
    const [duLich] = await db.select().from(sections).where(eq(sections.slug, "du-lich"));
    expect((await deskReachOf(db, await idOf("bientap.kinhte@toasoan.test"))).sectionIds).toContain(duLich!.id);
    expect((await deskReachOf(db, await idOf("phongvienanh@toasoan.test"))).memberOf).toEqual([all[0]!.id]);
  });

  it("grades last month's works and closes it, grades this month's older works, and leaves the newest and the fixture to the grader", async () => {
    const { timeZone } = await loadSettings(handle.db);
    const thisMonth = monthOf(new Date(), timeZone);
    const lastMonth = previousMonth(thisMonth);
    const [closed] = await handle.db.select().from(royaltyMonths).where(eq(royaltyMonths.month, lastMonth));
    expect(closed).toMatchObject({ status: "closed", taxRateBasisPoints: defaultRoyaltySettings.taxRate, taxThreshold: defaultRoyaltySettings.taxThreshold });
    const works = new Map((await handle.db.select().from(royaltyWorks)).map((w) => [w.storyId, w]));
    const all = await handle.db.select().from(stories);
    const before = (days: number) => new Date(Date.now() - days * 86_400_000);
    const fixture = all.find((s) => s.byline.join() === "PHƯƠNG DUNG")!;
    expect(works.has(fixture.id), "the fixture is left for the grader").toBe(false);
    for (const story of all) {
      if (!story.publishedAt || !["published", "unpublished"].includes(story.status) || story.id === fixture.id) continue;
      const month = monthOf(story.publishedAt, timeZone);
      if (month === lastMonth) expect(works.get(story.id)?.month, story.title).toBe(lastMonth);
      if (month === thisMonth) expect(works.has(story.id), story.title).toBe(story.publishedAt <= before(3));
    }
    // At least five demo stories are published in the last 72 hours: past the month's first days,
    // all of them are this month's and wait for the grader (on the 1st, some belong to last month).
    const waiting = all.filter((s) => s.status === "published" && s.publishedAt && s.publishedAt > before(3) && !works.has(s.id));
    if (wallClock(new Date(), timeZone).day > 3) expect(waiting.length, "this month's newest works wait for the grader").toBeGreaterThanOrEqual(5);
    // Every line is the one rounding rule applied once; the month's history is in the audit log.
    const lines = await handle.db.select().from(royaltyLines);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.amount).toBe(lineAmount(line.gradeHundredths, line.share, line.pointValue));
    const steps = await handle.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, lastMonth));
    expect(steps.map((s) => s.action)).toEqual(["royalty.approve", "royalty.close"]);
  });

  it("pays two collaborators without an account, and the demo reporter sees their closed month", async () => {
    const collaborators = await handle.db.select().from(payees).where(eq(payees.kind, "collaborator"));
    expect(collaborators.map((c) => [c.name, c.penNames, c.userId])).toEqual([
      ["Hoàng Đức Hải", ["ĐỨC HẢI"], null],
      ["Lý Thị Lệ Thu", ["LỆ THU", "PV"], null],
    ]);
    const paid = await handle.db
      .select({ payeeId: royaltyLines.payeeId })
      .from(royaltyLines)
      .where(
        inArray(
          royaltyLines.payeeId,
          collaborators.map((c) => c.id),
        ),
      );
    expect(paid.length).toBeGreaterThan(0);
    const [reporter] = await handle.db.select().from(users).where(eq(users.email, "phongvien@toasoan.test"));
    const mine = await listMyRoyalties(handle.db, { id: reporter!.id, role: "reporter", name: reporter!.name, penName: reporter!.penName });
    const { timeZone } = await loadSettings(handle.db);
    const closed = mine.months.find((m) => m.month === previousMonth(monthOf(new Date(), timeZone)));
    expect(closed?.status).toBe("closed");
    expect(closed!.lines.length).toBeGreaterThan(0);
    expect(closed!.total).toBeGreaterThan(0);
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
    // The library also holds the multimedia demo's infographic, video and sound (next test).
    const rows = (await handle.db.select().from(media)).filter((r) => r.kind === "image" && r.originalName !== "kinh-te-10-thang.png");
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

  it("publishes one story of each multimedia kind, each with what its kind needs and its files stored", async () => {
    const rows = await handle.db
      .select()
      .from(stories)
      .where(inArray(stories.kind, ["photo", "video", "audio", "emagazine", "infographic"]));
    expect(rows.map((r) => r.kind).sort()).toEqual(["audio", "emagazine", "infographic", "photo", "video"]);
    for (const row of rows) {
      expect(row.status, row.title).toBe("published");
      await expect(ensureReadyForReaders(handle.db, row), row.title).resolves.toBeUndefined();
    }
    const av = await handle.db
      .select()
      .from(media)
      .where(inArray(media.kind, ["video", "audio"]));
    expect(av).toHaveLength(2);
    for (const item of av)
      for (const key of [item.storageKey, ...item.tracks.map((t) => t.key)])
        expect(fs.existsSync(path.join(dataDir, "media", ...key.split("/"))), key).toBe(true);
    expect(av.find((m) => m.kind === "video")!.tracks).toMatchObject([{ lang: "vi", kind: "captions" }]);
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

  it("seeds a morning of Kế hoạch: topics in several states, work done on time, being written and overdue", async () => {
    const topics = await handle.db.select({ status: proposals.status }).from(proposals);
    expect(new Set(topics.map((p) => p.status))).toEqual(new Set(["pending", "changes_requested", "approved", "rejected"]));
    const work = await handle.db.select().from(assignments);
    const now = Date.now();
    expect(work.some((a) => a.status === "done" && a.storyId !== null && a.doneAt! <= a.deadline)).toBe(true);
    expect(work.some((a) => a.status === "in_progress" && a.storyId !== null && a.deadline.getTime() > now)).toBe(true);
    expect(work.some((a) => a.status === "accepted" && a.deadline.getTime() < now)).toBe(true);
  });
});
