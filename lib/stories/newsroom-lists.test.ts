// The newsroom's lists never hide a story: "Bài của tôi" and the desk's queue page past any
// number and count what they hold, "Bài của tôi" filters like the queue, the newsroom search
// finds any story a person may see (by words, number or public address) and nothing more, the
// month's count follows Vietnamese calendars, and the Trang chủ picker searches public stories.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { stories, storyAuthors, storyTransitions, storyViews, type Section } from "@/db/schema";
import { candidateSearchSchema, CANDIDATES_LIMIT, searchLineupCandidates } from "@/lib/home/commands";
import { PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import {
  countPublishedThisMonth,
  listOwnStories,
  listPublishedThisMonthByWriter,
  ownStoriesFilterSchema,
  queueFilterSchema,
  searchQueue,
  vnMonthRange,
} from "./newsroom-queries";
import { newsroomSearchSchema, searchNewsroom, storyIdInQuery } from "./newsroom-search";

let handle: DatabaseHandle;
const db = () => handle.db;
const p: Record<string, Actor> = {};
let section: Section;
let otherSection: Section;

beforeAll(async () => {
  handle = await openTestDatabase();
  p.mai = await makePerson(db(), "reporter", { name: "Nguyễn Thị Mai", penName: "THU MAI" });
  p.toan = await makePerson(db(), "reporter", { name: "Lê Văn Toàn", penName: "VĂN TOÀN" });
  p.duc = await makePerson(db(), "editor", { name: "Trần Minh Đức" });
  p.chief = await makePerson(db(), "chief_editor", { name: "Hoàng Văn Đạt" });
  p.admin = await makePerson(db(), "admin", { name: "Lý Thị Hằng" });
  section = await makeSection(db(), { name: "Thời sự", slug: "thoi-su" });
  otherSection = await makeSection(db(), { name: "Du lịch", slug: "du-lich" });
});
afterAll(async () => handle?.close());

const ownFilter = (raw: Record<string, unknown> = {}) => ownStoriesFilterSchema.parse(raw);
const queueFilter = (raw: Record<string, unknown> = {}) => queueFilterSchema.parse(raw);

describe("Bài của tôi", () => {
  it("pages past a hundred stories: the 101st is reachable and the count is right", async () => {
    const reporter = await makePerson(db(), "reporter", { name: "Phùng Văn Lộc" });
    for (let i = 1; i <= 105; i++) await makeStory(db(), { author: reporter, title: `Bản tin huyện số ${i}` });
    const first = await listOwnStories(db(), reporter, ownFilter());
    expect(first).toMatchObject({ total: 105, page: 1, pageSize: 50, pageCount: 3 });
    expect(first.rows).toHaveLength(50);
    const third = await listOwnStories(db(), reporter, ownFilter({ page: "3" }));
    expect(third.rows).toHaveLength(5);
    // Newest change first: the first story written is on the last page, and no row is on two pages.
    expect(third.rows.map((r) => r.title)).toContain("Bản tin huyện số 1");
    const second = await listOwnStories(db(), reporter, ownFilter({ page: "2" }));
    const ids = new Set([...first.rows, ...second.rows, ...third.rows].map((r) => r.id));
    expect(ids.size).toBe(105);
    // A page past the end is empty but still counts; a malformed page is the first.
    expect(await listOwnStories(db(), reporter, ownFilter({ page: "9" }))).toMatchObject({ total: 105, rows: [] });
    expect((await listOwnStories(db(), reporter, ownFilter({ page: "hai" }))).page).toBe(1);
  });

  it("searches by title, byline and id, and filters by status (Bị trả lại apart from Nháp), section and kind", async () => {
    const me = await makePerson(db(), "reporter", { name: "Đinh Thị Hạnh", penName: "HỒNG HẠNH" });
    const draft = await makeStory(db(), { author: me, title: "Chợ phiên Đồng Đăng ngày cuối năm" });
    const returned = await makeStory(db(), { author: me, title: "Đường lên Mẫu Sơn mùa mây", section, status: "submitted" });
    // Sent back by the desk: a draft again, whose last move is Trả bài.
    await db().update(stories).set({ status: "draft", version: 3 }).where(eq(stories.id, returned.id));
    await db()
      .insert(storyTransitions)
      .values({ storyId: returned.id, event: "return", fromStatus: "submitted", toStatus: "draft", actorId: p.duc!.id, version: 3, note: "Thiếu nguồn ảnh." });
    const published = await makeStory(db(), { author: me, title: "Lễ hội Lồng tồng Bình Gia", section: otherSection, status: "published" });
    const notice = await makeStory(db(), { author: me, title: "Thông báo tuyển dụng phóng viên", kind: "notice", section, status: "submitted" });
    const someoneElses = await makeStory(db(), { author: p.toan!, title: "Chợ phiên Kỳ Lừa" });

    const titles = async (raw: Record<string, unknown>) => (await listOwnStories(db(), me, ownFilter(raw))).rows.map((r) => r.title).sort();
    expect(await titles({ q: "cho phien" })).toEqual([draft.title]);
    expect(await titles({ q: "hồng hạnh mẫu sơn" })).toEqual([returned.title]);
    expect(await titles({ q: String(published.id) })).toEqual([published.title]);
    expect(await titles({ q: `#${someoneElses.id}` })).toEqual([]);
    expect(await titles({ status: "returned" })).toEqual([returned.title]);
    expect(await titles({ status: "draft" })).toEqual([draft.title]);
    expect(await titles({ status: "published" })).toEqual([published.title]);
    expect(await titles({ section: String(section.id) })).toEqual([returned.title, notice.title].sort());
    expect(await titles({ kind: "notice" })).toEqual([notice.title]);
    expect(await titles({ status: "bogus", kind: "bogus", section: "x" })).toHaveLength(4);

    const rows = (await listOwnStories(db(), me, ownFilter())).rows;
    expect(rows.find((r) => r.id === returned.id)).toMatchObject({ status: "draft", returned: true, lastNote: null });
    expect(rows.find((r) => r.id === draft.id)).toMatchObject({ returned: false, views: null });
  });

  it("shows a published story's views, and refuses an admin (no editorial power)", async () => {
    const me = await makePerson(db(), "reporter");
    const story = await makeStory(db(), { author: me, status: "published", section });
    await db()
      .insert(storyViews)
      .values([
        { storyId: story.id, hour: new Date("2026-12-01T01:00:00Z"), views: 40 },
        { storyId: story.id, hour: new Date("2026-12-01T02:00:00Z"), views: 2 },
      ]);
    expect((await listOwnStories(db(), me, ownFilter())).rows[0]).toMatchObject({ id: story.id, views: 42 });
    await expect(listOwnStories(db(), p.admin!, ownFilter())).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe("stories published this month", () => {
  it("counts by the Vietnamese calendar: 23:30 on the 31st in Hà Nội is still that month, 00:30 on the 1st is the next", async () => {
    const me = await makePerson(db(), "reporter");
    // 30/11 23:30 in Vietnam is 16:30 UTC; 01/12 00:30 in Vietnam is 30/11 17:30 UTC.
    await makeStory(db(), { author: me, status: "published", section, publishedAt: new Date("2026-11-30T16:30:00Z") });
    await makeStory(db(), { author: me, status: "published", section, publishedAt: new Date("2026-11-30T17:30:00Z") });
    await makeStory(db(), { author: me, status: "published", section, publishedAt: new Date("2026-12-05T03:00:00Z") });
    // Taken down later, it was still published this month; a draft and another's story are not counted.
    await makeStory(db(), { author: me, status: "unpublished", section, publishedAt: new Date("2026-12-02T03:00:00Z") });
    await makeStory(db(), { author: me, publishedAt: null });
    await makeStory(db(), { author: p.toan!, status: "published", section, publishedAt: new Date("2026-12-03T03:00:00Z") });
    // Credited on a colleague's story.
    const shared = await makeStory(db(), { author: p.toan!, status: "published", section, publishedAt: new Date("2026-12-04T03:00:00Z") });
    await db().insert(storyAuthors).values({ storyId: shared.id, userId: me.id });
    // Scheduled for later this month: not yet published.
    await makeStory(db(), { author: me, status: "scheduled", section, publishedAt: new Date("2026-12-20T03:00:00Z") });

    // 10/12 in Vietnam: December holds 01/12 00:30, 02/12, 05/12 and the shared story.
    expect(await countPublishedThisMonth(db(), me, new Date("2026-12-10T05:00:00Z"))).toBe(4);
    // 30/11 23:45 in Vietnam (16:45 UTC): November holds the 23:30 story only.
    expect(await countPublishedThisMonth(db(), me, new Date("2026-11-30T16:45:00Z"))).toBe(1);
    // 01/12 00:45 in Vietnam, though still 30/11 in UTC: December has begun.
    expect(await countPublishedThisMonth(db(), me, new Date("2026-11-30T17:45:00Z"))).toBe(1);
    // The desk sees each writer's count for the same month; a reporter may not.
    const december = await listPublishedThisMonthByWriter(db(), p.chief!, new Date("2026-12-10T05:00:00Z"));
    expect(december.find((w) => w.id === me.id)).toMatchObject({ count: 4 });
    expect(december.find((w) => w.id === p.toan!.id)?.count).toBeGreaterThanOrEqual(2);
    await expect(listPublishedThisMonthByWriter(db(), me)).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(vnMonthRange(new Date("2026-12-31T17:00:00Z"))).toEqual({ start: new Date("2026-12-31T17:00:00Z"), end: new Date("2027-01-31T17:00:00Z") });
  });
});

describe("the desk's queue", () => {
  it("pages past a hundred stories in a state and counts them", async () => {
    const deskSection = await makeSection(db(), { name: "Biên giới", slug: "bien-gioi" });
    for (let i = 1; i <= 103; i++) await makeStory(db(), { author: p.mai!, status: "submitted", section: deskSection, title: `Tin biên giới số ${i}` });
    const filter = (page: string) => queueFilter({ status: "submitted", section: String(deskSection.id), page });
    const first = await searchQueue(db(), p.duc!, filter("1"));
    expect(first).toMatchObject({ total: 103, pageCount: 3, page: 1 });
    expect(first.counts.submitted).toBe(103);
    expect(first.rows).toHaveLength(50);
    const last = await searchQueue(db(), p.duc!, filter("3"));
    expect(last.rows).toHaveLength(3);
    const all = new Set([...first.rows, ...(await searchQueue(db(), p.duc!, filter("2"))).rows, ...last.rows].map((r) => r.id));
    expect(all.size).toBe(103);
    // Oldest waiting first: the 101st story sent is on the last page.
    expect(last.rows.map((r) => r.title)).toContain("Tin biên giới số 103");
  });
});

describe("the newsroom search", () => {
  it("reads a story's number from an id, a path or a whole address", () => {
    expect(storyIdInQuery("123")).toBe(123);
    expect(storyIdInQuery("#123")).toBe(123);
    expect(storyIdInQuery("/thoi-su/abc-123")).toBe(123);
    expect(storyIdInQuery("https://baolangson.vn/thoi-su/duong-len-mau-son-123/?utm=x#a")).toBe(123);
    expect(storyIdInQuery("/tac-gia/nguyen-van-an-2")).toBeNull();
    expect(storyIdInQuery("Mẫu Sơn 2026")).toBeNull();
  });

  it("finds by title, byline, writer, id and address, within what each person may see", async () => {
    const mine = await makeStory(db(), { author: p.mai!, title: "Hoa đào Mẫu Sơn nở sớm" });
    const othersDraft = await makeStory(db(), { author: p.toan!, title: "Hoa đào Lộc Bình vào vụ" });
    const othersSent = await makeStory(db(), { author: p.toan!, title: "Hoa đào xuống phố", status: "submitted", section });
    const credited = await makeStory(db(), { author: p.toan!, title: "Hoa đào biên cương", status: "published", section });
    await db().insert(storyAuthors).values({ storyId: credited.id, userId: p.mai!.id });
    const search = (who: Actor, q: string) => searchNewsroom(db(), who, newsroomSearchSchema.parse({ q }));
    const ids = async (who: Actor, q: string) => (await search(who, q)).rows.map((r) => r.id).sort((a, b) => a - b);

    // A reporter: their own and credited stories, never another's draft or sent story.
    expect(await ids(p.mai!, "hoa dao")).toEqual([mine.id, credited.id].sort((a, b) => a - b));
    expect(await ids(p.mai!, String(othersDraft.id))).toEqual([]);
    expect(await ids(p.mai!, `/toa-soan/x/hoa-dao-loc-binh-vao-vu-${othersDraft.id}`)).toEqual([]);
    // The desk: everything sent to it and their own drafts, never a reporter's draft.
    expect(await ids(p.duc!, "hoa đào")).toEqual([othersSent.id, credited.id].sort((a, b) => a - b));
    expect(await ids(p.chief!, "VĂN TOÀN hoa")).toEqual([othersSent.id, credited.id].sort((a, b) => a - b));
    expect(await ids(p.chief!, "lê văn toàn xuống phố")).toEqual([othersSent.id]);
    // A public address finds its story, whatever the slug or the host.
    expect(await ids(p.chief!, `/thoi-su/hoa-dao-bien-cuong-${credited.id}`)).toEqual([credited.id]);
    expect(await ids(p.mai!, `https://baolangson.vn/thoi-su/ten-cu-${credited.id}`)).toEqual([credited.id]);
    expect(await ids(p.duc!, `#${othersSent.id}`)).toEqual([othersSent.id]);
    // Nothing asked, nothing found; an admin has no stories to search.
    expect(await search(p.mai!, "  ")).toMatchObject({ total: 0, rows: [] });
    await expect(search(p.admin!, "hoa")).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe("the Trang chủ picker", () => {
  it("searches public stories only, a dozen at most, and validates its query", async () => {
    const picker = await makeSection(db(), { name: "Văn hóa", slug: "van-hoa" });
    for (let i = 1; i <= 14; i++) await makeStory(db(), { author: p.mai!, status: "published", section: picker, title: `Then Tày xứ Lạng kỳ ${i}` });
    const hidden = await makeStory(db(), { author: p.mai!, status: "approved", section: picker, title: "Then Tày chưa xuất bản" });
    const found = await searchLineupCandidates(db(), p.chief!, "then tay");
    expect(found).toHaveLength(CANDIDATES_LIMIT);
    expect(found.map((c) => c.id)).not.toContain(hidden.id);
    expect(await searchLineupCandidates(db(), p.chief!, "kỳ 14")).toMatchObject([{ title: "Then Tày xứ Lạng kỳ 14", sectionName: "Văn hóa" }]);
    expect(await searchLineupCandidates(db(), p.chief!, String(hidden.id))).toEqual([]);
    await expect(searchLineupCandidates(db(), p.duc!, "then")).rejects.toBeInstanceOf(PermissionDeniedError);

    expect(candidateSearchSchema.safeParse({ q: "x".repeat(121) }).success).toBe(false);
    expect(candidateSearchSchema.safeParse({ q: ["a", "b"] }).success).toBe(false);
    expect(candidateSearchSchema.parse({})).toEqual({ q: "" });
  });
});
