import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, media, storyTransitions } from "@/db/schema";
import { PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { auditPageSize, exportAuditEntries, listAuditEntries, listAuditPeople, type AuditEntry } from "./queries";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};
let storyId: number;
let otherStoryId: number;
let sectionId: number;
let mediaId: number;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  handle = await openTestDatabase();
  const db = handle.db;
  people.quan = await makePerson(db, "admin", { name: "Vi Văn Quân" });
  people.dung = await makePerson(db, "reporter", { name: "Lê Phương Dung" });
  people.duc = await makePerson(db, "editor", { name: "Trần Minh Đức" });
  people.ha = await makePerson(db, "chief_editor", { name: "Hoàng Thu Hà" });
  const section = await makeSection(db, { slug: "chinh-tri", name: "Chính trị" });
  sectionId = section.id;
  // Their trails are written below, at set times: the factory writes none.
  ({ id: storyId } = await makeStory(db, {
    status: "in_review",
    title: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng",
    author: people.dung,
    section,
    holder: null,
    history: false,
  }));
  ({ id: otherStoryId } = await makeStory(db, { title: "Đường lên Mẫu Sơn", author: people.dung }));
  const [image] = await db
    .insert(media)
    .values({
      storageKey: "2026/07/aaaaaaaaaaaaaaaaaaaaaaaa-original.jpg",
      mimeType: "image/jpeg",
      originalName: "hoi-nghi.jpg",
      size: 10,
      caption: "Hội nghị",
      uploadedById: people.dung.id,
    })
    .returning({ id: media.id });
  mediaId = image!.id;

  // One morning of the newsroom, interleaving both tables. Times are UTC; Vietnam is UTC+7.
  await db.insert(auditLog).values([
    { action: "seed.demo", entityType: "system", data: { stories: 3 }, at: at("2026-06-30T01:00:00Z") },
    {
      actorId: people.quan.id,
      action: "user.role",
      entityType: "user",
      entityId: String(people.duc.id),
      data: { before: { role: "reporter" }, after: { role: "editor" } },
      at: at("2026-07-01T02:00:00Z"),
      address: "10.0.0.7",
    },
    {
      actorId: people.quan.id,
      action: "section.rename",
      entityType: "section",
      entityId: String(sectionId),
      data: { before: { name: "Thời sự" }, after: { name: "Chính trị" } },
      at: at("2026-07-01T16:59:00Z"),
    },
    {
      actorId: people.dung.id,
      action: "media.upload",
      entityType: "media",
      entityId: String(mediaId),
      data: { originalName: "hoi-nghi.jpg" },
      at: at("2026-07-01T17:00:00Z"),
    },
    { actorId: people.quan.id, action: "user.deactivate", entityType: "user", entityId: String(people.dung.id), data: {}, at: at("2026-07-01T23:30:00Z") },
    {
      actorId: people.quan.id,
      action: "widget.frobnicate",
      entityType: "widget",
      entityId: "7",
      data: { password: "hunter2" },
      at: at("2026-07-03T03:00:00Z"),
    },
  ]);
  await db.insert(storyTransitions).values([
    { storyId, event: "submit", fromStatus: "draft", toStatus: "submitted", actorId: people.dung.id, version: 2, at: at("2026-07-01T03:00:00Z") },
    { storyId, event: "claim", fromStatus: "submitted", toStatus: "in_review", actorId: people.duc.id, version: 3, at: at("2026-07-01T20:00:00Z") },
    { storyId: otherStoryId, event: "submit", fromStatus: "draft", toStatus: "submitted", actorId: people.dung.id, version: 2, at: at("2026-07-02T01:00:00Z") },
    {
      storyId: otherStoryId,
      event: "return",
      fromStatus: "submitted",
      toStatus: "draft",
      note: "Thiếu ảnh, bổ sung giúp em",
      actorId: people.duc.id,
      version: 3,
      at: at("2026-07-02T02:00:00Z"),
    },
  ]);
});
afterAll(async () => handle?.close());

const admin = () => people.quan!;
const keysOf = (entries: AuditEntry[]) => entries.map((e) => `${e.action}@${e.at.toISOString()}`);

describe("the merged audit trail", () => {
  it("merges audit_log and story_transitions into one list, newest first", async () => {
    const page = await listAuditEntries(handle.db, admin());
    expect(page.total).toBe(10);
    expect(keysOf(page.entries)).toEqual([
      "widget.frobnicate@2026-07-03T03:00:00.000Z",
      "story.return@2026-07-02T02:00:00.000Z",
      "story.submit@2026-07-02T01:00:00.000Z",
      "user.deactivate@2026-07-01T23:30:00.000Z",
      "story.claim@2026-07-01T20:00:00.000Z",
      "media.upload@2026-07-01T17:00:00.000Z",
      "section.rename@2026-07-01T16:59:00.000Z",
      "story.submit@2026-07-01T03:00:00.000Z",
      "user.role@2026-07-01T02:00:00.000Z",
      "seed.demo@2026-06-30T01:00:00.000Z",
    ]);
    for (const entry of page.entries) expect(entry.at).toBeInstanceOf(Date);
  });

  it("shows workflow moves with Vietnamese labels, the story, from → to and the note", async () => {
    const { entries } = await listAuditEntries(handle.db, admin(), { storyId: otherStoryId });
    const returned = entries.find((e) => e.action === "story.return")!;
    expect(returned).toMatchObject({
      source: "transition",
      actionLabel: "Trả bài",
      actorName: "Trần Minh Đức",
      entityType: "story",
      entityLabel: "Đường lên Mẫu Sơn",
      storyId: otherStoryId,
      details: "Chuyển bài từ Chờ duyệt sang Nháp. Ghi chú: Thiếu ảnh, bổ sung giúp em",
    });
    expect(entries.find((e) => e.action === "story.submit")).toMatchObject({ actionLabel: "Gửi duyệt", details: "Chuyển bài từ Nháp sang Chờ duyệt." });
  });

  it("names administrative actions, their objects and their changes in Vietnamese", async () => {
    const { entries } = await listAuditEntries(handle.db, admin(), { action: "user." });
    expect(entries.find((e) => e.action === "user.role")).toMatchObject({
      actionLabel: "Đổi vai trò",
      actorName: "Vi Văn Quân",
      entityLabel: "Trần Minh Đức",
      details: "Đổi vai trò của Trần Minh Đức từ Phóng viên sang Biên tập viên; không có phiên đăng nhập nào phải kết thúc.",
      address: "10.0.0.7",
    });
    const all = (await listAuditEntries(handle.db, admin())).entries;
    expect(all.find((e) => e.action === "seed.demo")).toMatchObject({ actionLabel: "Tạo dữ liệu trình diễn", actorName: null, entityLabel: "Hệ thống" });
    expect(all.find((e) => e.action === "section.rename")).toMatchObject({
      actionLabel: "Đổi tên chuyên mục",
      entityLabel: "Chính trị",
      details: "Sửa chuyên mục Chính trị — Tên: “Thời sự” → “Chính trị”.",
    });
    expect(all.find((e) => e.action === "media.upload")).toMatchObject({ actionLabel: "Tải ảnh lên", entityLabel: "Hội nghị" });
    // An action nobody named yet shows its raw key; its data no internal key, and a secret slipped into it never shows.
    expect(all.find((e) => e.action === "widget.frobnicate")).toMatchObject({
      actionLabel: "widget.frobnicate",
      entityLabel: "widget #7",
      details: "Thông tin khác: [đã ẩn]",
    });
  });

  it("filters by the person who acted, across both sources", async () => {
    const { entries, total } = await listAuditEntries(handle.db, admin(), { personId: people.duc!.id });
    expect(total).toBe(2);
    expect(entries.map((e) => e.action)).toEqual(["story.return", "story.claim"]);
    const quan = await listAuditEntries(handle.db, admin(), { personId: people.quan!.id });
    expect(quan.entries.map((e) => e.action)).toEqual(["widget.frobnicate", "user.deactivate", "section.rename", "user.role"]);
  });

  it("filters by story id, across both sources", async () => {
    await handle.db.insert(auditLog).values({
      actorId: people.dung!.id,
      action: "story.import",
      entityType: "story",
      entityId: String(storyId),
      data: { source: "a.txt" },
      at: at("2026-06-30T05:00:00Z"),
    });
    try {
      const { entries } = await listAuditEntries(handle.db, admin(), { storyId });
      expect(entries.map((e) => e.action)).toEqual(["story.claim", "story.submit", "story.import"]);
      expect(entries.every((e) => e.storyId === storyId)).toBe(true);
    } finally {
      await handle.db.delete(auditLog).where(eqAction("story.import"));
    }
  });

  it("filters by an exact action or by a prefix", async () => {
    expect((await listAuditEntries(handle.db, admin(), { action: "story.submit" })).entries.map((e) => e.storyId)).toEqual([otherStoryId, storyId]);
    expect((await listAuditEntries(handle.db, admin(), { action: "story." })).total).toBe(4);
    expect((await listAuditEntries(handle.db, admin(), { action: "user." })).entries.map((e) => e.action)).toEqual(["user.deactivate", "user.role"]);
    expect((await listAuditEntries(handle.db, admin(), { action: "seed.demo" })).total).toBe(1);
    expect((await listAuditEntries(handle.db, admin(), { action: "user" })).total).toBe(0);
    // "_" is a character here, not a LIKE wildcard.
    expect((await listAuditEntries(handle.db, admin(), { action: "user.rol_" })).total).toBe(0);
  });

  it("reads the date range as Vietnamese calendar days: 23:30 UTC on 1 July is 2 July in Vietnam", async () => {
    const second = await listAuditEntries(handle.db, admin(), { from: "2026-07-02", to: "2026-07-02" });
    expect(keysOf(second.entries)).toEqual([
      "story.return@2026-07-02T02:00:00.000Z",
      "story.submit@2026-07-02T01:00:00.000Z",
      "user.deactivate@2026-07-01T23:30:00.000Z",
      "story.claim@2026-07-01T20:00:00.000Z",
      "media.upload@2026-07-01T17:00:00.000Z", // 00:00 on 2 July in Vietnam
    ]);
    const first = await listAuditEntries(handle.db, admin(), { from: "2026-07-01", to: "2026-07-01" });
    expect(keysOf(first.entries)).toEqual([
      "section.rename@2026-07-01T16:59:00.000Z", // 23:59 on 1 July in Vietnam
      "story.submit@2026-07-01T03:00:00.000Z",
      "user.role@2026-07-01T02:00:00.000Z",
    ]);
    expect((await listAuditEntries(handle.db, admin(), { from: "2026-07-03" })).entries.map((e) => e.action)).toEqual(["widget.frobnicate"]);
    expect((await listAuditEntries(handle.db, admin(), { to: "2026-06-30" })).entries.map((e) => e.action)).toEqual(["seed.demo"]);
  });

  it("combines filters", async () => {
    const { entries } = await listAuditEntries(handle.db, admin(), { personId: people.dung!.id, action: "story.", from: "2026-07-02", to: "2026-07-02" });
    expect(entries.map((e) => [e.action, e.storyId])).toEqual([["story.submit", otherStoryId]]);
  });

  it("refuses everyone but the admin", async () => {
    for (const key of ["dung", "duc", "ha"]) {
      await expect(listAuditEntries(handle.db, people[key]!), key).rejects.toBeInstanceOf(PermissionDeniedError);
      await expect(listAuditPeople(handle.db, people[key]!), key).rejects.toBeInstanceOf(PermissionDeniedError);
      await expect(exportAuditEntries(handle.db, people[key]!, {}).next(), key).rejects.toBeInstanceOf(PermissionDeniedError);
    }
    await expect(listAuditEntries(handle.db, null)).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it("lists the people to filter by, in Vietnamese order", async () => {
    expect((await listAuditPeople(handle.db, admin())).map((p) => p.name)).toEqual(["Hoàng Thu Hà", "Lê Phương Dung", "Trần Minh Đức", "Vi Văn Quân"]);
  });
});

describe("an import recorded in both tables", () => {
  it("is shown once, from audit_log", async () => {
    const when = at("2026-07-04T01:00:00Z");
    const story = await makeStory(handle.db, { status: "published", title: "Bài lưu trữ", author: people.dung!, history: false });
    await handle.db
      .insert(storyTransitions)
      .values({ storyId: story.id, event: "import", fromStatus: null, toStatus: "published", note: "a.txt", actorId: people.dung!.id, version: 1, at: when });
    await handle.db
      .insert(auditLog)
      .values({ actorId: people.dung!.id, action: "story.import", entityType: "story", entityId: String(story.id), data: { source: "a.txt" }, at: when });
    const { entries, total } = await listAuditEntries(handle.db, admin(), { storyId: story.id });
    expect(total).toBe(1);
    expect(entries[0]).toMatchObject({
      source: "audit",
      action: "story.import",
      actionLabel: "Nhập bài lưu trữ",
      entityLabel: "Bài lưu trữ",
      details: "Nhập bài đã đăng từ tệp “a.txt”.",
    });
  });
});

describe("pagination", () => {
  let many: DatabaseHandle;
  beforeAll(async () => {
    many = await openTestDatabase();
    const row = await makePerson(many.db, "admin", { name: "Vi Văn Quân" });
    const story = await makeStory(many.db, { title: "Tin", author: row });
    const base = Date.UTC(2026, 6, 1);
    // 70 + 60 entries, alternating tables minute by minute.
    await many.db.insert(auditLog).values(
      Array.from({ length: 70 }, (_, i) => ({
        actorId: row.id,
        action: "settings.update",
        entityType: "settings",
        data: { i },
        at: new Date(base + i * 2 * 60_000),
      })),
    );
    await many.db.insert(storyTransitions).values(
      Array.from({ length: 60 }, (_, i) => ({
        storyId: story.id,
        event: "submit",
        fromStatus: "draft" as const,
        toStatus: "submitted" as const,
        actorId: row.id,
        version: i + 2,
        at: new Date(base + (i * 2 + 1) * 60_000),
      })),
    );
    people.manyAdmin = row;
  });
  afterAll(async () => many?.close());

  it("gives 50 per page with the total, the last page holding the rest, and clamps past the end", async () => {
    const first = await listAuditEntries(many.db, people.manyAdmin!, { page: 1 });
    expect(first).toMatchObject({ total: 130, pageCount: 3, page: 1, pageSize: auditPageSize });
    expect(first.entries).toHaveLength(50);
    const third = await listAuditEntries(many.db, people.manyAdmin!, { page: 3 });
    expect(third.entries).toHaveLength(30);
    const beyond = await listAuditEntries(many.db, people.manyAdmin!, { page: 99 });
    expect(beyond.page).toBe(3);
    const second = await listAuditEntries(many.db, people.manyAdmin!, { page: 2 });
    const all = [...first.entries, ...second.entries, ...third.entries];
    expect(new Set(all.map((e) => e.key)).size).toBe(130);
    const times = all.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await listAuditEntries(many.db, people.manyAdmin!, { action: "story.submit" })).total).toBe(60);
  });

  it("exports every matching entry in slices, in the same order, up to the limit", async () => {
    const slices: AuditEntry[][] = [];
    for await (const slice of exportAuditEntries(many.db, people.manyAdmin!, {}, { sliceSize: 40 })) slices.push(slice);
    expect(slices.map((s) => s.length)).toEqual([40, 40, 40, 10]);
    const listed = [1, 2, 3].map((page) => listAuditEntries(many.db, people.manyAdmin!, { page }));
    expect(slices.flat().map((e) => e.key)).toEqual((await Promise.all(listed)).flatMap((p) => p.entries.map((e) => e.key)));

    const limited: AuditEntry[] = [];
    for await (const slice of exportAuditEntries(many.db, people.manyAdmin!, { action: "settings." }, { sliceSize: 40, limit: 45 })) limited.push(...slice);
    expect(limited).toHaveLength(45);
    expect(limited.every((e) => e.action === "settings.update")).toBe(true);
  });
});

const eqAction = (action: string) => eq(auditLog.action, action);
