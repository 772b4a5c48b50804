import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory, type MakeStoryOptions } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, sections, sectionSlugs, stories, storyRevisions } from "@/db/schema";
import type { CommandResult } from "@/lib/actions/command";
import type { Actor } from "@/lib/policy/policy";
import { getPublicStory, storyPath } from "@/lib/stories/public-queries";
import { slugify } from "@/lib/text/slug";
import { createSection, deleteSection, mergeSection, moveSection, renameSection, reorderSection, setSectionHidden } from "./commands";
import { isSectionHidden, listSectionStories, resolveSectionSlug } from "./public-queries";
import { listSectionsForAdmin } from "./queries";
import { reservedSlugs } from "./reserved-slugs";

let handle: DatabaseHandle;
const people = {} as Record<"reporter" | "editor" | "chief" | "admin", Actor>;

beforeAll(async () => {
  handle = await openTestDatabase();
  people.reporter = await makePerson(handle.db, "reporter");
  people.editor = await makePerson(handle.db, "editor");
  people.chief = await makePerson(handle.db, "chief_editor");
  people.admin = await makePerson(handle.db, "admin");
});
afterAll(async () => handle?.close());

function ok<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.error}`);
  return result.data;
}

let counter = 0;
/** A section with a name and slug of its own, so tests never step on each other. */
async function section(name: string, parentId: number | null = null) {
  counter += 1;
  return ok(await createSection(handle.db, people.admin, { name: `${name} ${counter}`, parentId }));
}

/** A story of the reporter's in the section, published an hour ago unless told otherwise. */
async function story(sectionId: number, over: MakeStoryOptions = {}) {
  return makeStory(handle.db, { status: "published", sectionId, author: people.reporter, desk: people.editor, chief: people.chief, ...over });
}

async function sectionRow(id: number) {
  const [row] = await handle.db.select().from(sections).where(eq(sections.id, id));
  return row;
}

async function auditRows(action: string, entityId: number) {
  return handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(entityId))))
    .orderBy(asc(auditLog.id));
}

/** Everything a section command could touch, to prove a refusal changed nothing. */
async function snapshot() {
  return {
    sections: await handle.db.select().from(sections).orderBy(asc(sections.id)),
    slugs: await handle.db.select().from(sectionSlugs).orderBy(asc(sectionSlugs.slug)),
    stories: await handle.db.select({ id: stories.id, sectionId: stories.sectionId, version: stories.version }).from(stories).orderBy(asc(stories.id)),
    audit: (await handle.db.select({ id: auditLog.id }).from(auditLog)).length,
  };
}

describe("who may manage sections", () => {
  it("only the admin; the reporter, editor and chief editor are refused and change nothing", async () => {
    const a = await section("Ma trận A");
    const b = await section("Ma trận B");
    const child = await section("Ma trận con", a.id);
    await story(a.id);
    const attempts = {
      create: (as: Actor | null) => createSection(handle.db, as, { name: "Chen ngang" }),
      rename: (as: Actor | null) => renameSection(handle.db, as, { id: a.id, name: "Đổi trộm", slug: "doi-trom" }),
      move: (as: Actor | null) => moveSection(handle.db, as, { id: b.id, parentId: a.id }),
      reorder: (as: Actor | null) => reorderSection(handle.db, as, { id: b.id, direction: "up" }),
      hide: (as: Actor | null) => setSectionHidden(handle.db, as, { id: a.id, hidden: true }),
      merge: (as: Actor | null) => mergeSection(handle.db, as, { id: b.id, intoId: a.id }),
      delete: (as: Actor | null) => deleteSection(handle.db, as, { id: child.id }),
    };
    const before = await snapshot();
    for (const who of ["reporter", "editor", "chief"] as const) {
      for (const [name, attempt] of Object.entries(attempts)) {
        expect(await attempt(people[who]), `${who} ${name}`).toMatchObject({
          ok: false,
          code: "forbidden",
          error: "Bạn không có quyền thực hiện thao tác này.",
        });
      }
    }
    for (const [name, attempt] of Object.entries(attempts)) {
      expect(await attempt(null), `signed out ${name}`).toMatchObject({ ok: false, code: "unauthenticated" });
    }
    expect(await snapshot()).toEqual(before);

    // The same attempts by the admin go through.
    for (const [name, attempt] of Object.entries(attempts)) expect((await attempt(people.admin)).ok, `admin ${name}`).toBe(true);
  });

  it("the admin list is refused to other roles", async () => {
    await expect(listSectionsForAdmin(handle.db, people.chief)).rejects.toThrow("Bạn không có quyền");
    await expect(listSectionsForAdmin(handle.db, people.admin)).resolves.toBeInstanceOf(Array);
  });
});

describe("creating", () => {
  it("stores the name NFC, derives the slug without diacritics, appends it and audits", async () => {
    const created = ok(await createSection(handle.db, people.admin, { name: "  Đời sống   Đô thị ".normalize("NFD"), description: "Chuyện phố phường" }));
    const row = await sectionRow(created.id);
    expect(row).toMatchObject({ name: "Đời sống Đô thị", slug: "doi-song-do-thi", parentId: null, hidden: false, description: "Chuyện phố phường" });
    expect(row!.name).toBe(row!.name.normalize("NFC"));
    const later = ok(await createSection(handle.db, people.admin, { name: "Nông nghiệp", slug: "Nông Thôn Mới" }));
    expect(later.slug).toBe("nong-thon-moi");
    expect((await sectionRow(later.id))!.position).toBeGreaterThan(row!.position);
    const [entry] = await auditRows("section.create", created.id);
    expect(entry).toMatchObject({ actorId: people.admin.id, entityType: "section", data: { after: { name: "Đời sống Đô thị", slug: "doi-song-do-thi" } } });
  });

  it("nests one level: under a top-level section, never under a subsection", async () => {
    const parent = await section("Văn hóa");
    const child = ok(await createSection(handle.db, people.admin, { name: "Di sản", parentId: parent.id }));
    expect((await sectionRow(child.id))!.parentId).toBe(parent.id);
    const before = await snapshot();
    const deeper = await createSection(handle.db, people.admin, { name: "Lễ hội", parentId: child.id });
    expect(deeper).toMatchObject({ ok: false, code: "nesting", error: expect.stringContaining("chỉ được lồng một cấp") as unknown });
    expect(await createSection(handle.db, people.admin, { name: "Mồ côi", parentId: 999_999 })).toMatchObject({
      ok: false,
      code: "invalid",
      error: "Chuyên mục cha không tồn tại.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses every reserved first URL segment, typed or derived from the name", async () => {
    const before = await snapshot();
    for (const slug of reservedSlugs.filter((s) => slugify(s) === s)) {
      expect(await createSection(handle.db, people.admin, { name: "Trang hệ thống", slug }), slug).toMatchObject({ ok: false, code: "reserved_slug" });
    }
    expect(await createSection(handle.db, people.admin, { name: "Tìm kiếm" })).toMatchObject({
      ok: false,
      code: "reserved_slug",
      error: "Đường dẫn “tim-kiem” trùng với một trang của hệ thống; hãy chọn đường dẫn khác.",
    });
    expect(await createSection(handle.db, people.admin, { name: "Tòa soạn" })).toMatchObject({ ok: false, code: "reserved_slug" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a slug in use now or kept as an old slug, and a name without letters", async () => {
    const taken = ok(await createSection(handle.db, people.admin, { name: "Giáo dục" }));
    ok(await renameSection(handle.db, people.admin, { id: taken.id, name: "Giáo dục - Đào tạo", slug: "giao-duc-dao-tao" }));
    const before = await snapshot();
    expect(await createSection(handle.db, people.admin, { name: "Khác", slug: "giao-duc-dao-tao" })).toMatchObject({
      ok: false,
      code: "duplicate_slug",
      error: "Đường dẫn “giao-duc-dao-tao” đã được chuyên mục “Giáo dục - Đào tạo” dùng.",
    });
    expect(await createSection(handle.db, people.admin, { name: "Giáo dục" })).toMatchObject({
      ok: false,
      code: "duplicate_slug",
      error: expect.stringContaining("là đường dẫn cũ của chuyên mục “Giáo dục - Đào tạo”") as unknown,
    });
    expect(await createSection(handle.db, people.admin, { name: "   " })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: "Vui lòng nhập tên chuyên mục." },
    });
    expect(await createSection(handle.db, people.admin, { name: "!!!" })).toMatchObject({ ok: false, code: "invalid", details: { field: "slug" } });
    expect(await createSection(handle.db, people.admin, { name: "x".repeat(81) })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Tên chuyên mục dài quá 80 ký tự." },
    });
    expect(await snapshot()).toEqual(before);
  });
  it("lets only one of two simultaneous creations take a slug; the other gets the Vietnamese refusal", async () => {
    const results = await Promise.all([
      createSection(handle.db, people.admin, { name: "Cùng lúc", slug: "cung-luc" }),
      createSection(handle.db, people.admin, { name: "Cùng lúc nữa", slug: "cung-luc" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "duplicate_slug" });
  });
});

describe("renaming", () => {
  it("keeps the old slug answering with a redirect, and audits before and after", async () => {
    const created = ok(await createSection(handle.db, people.admin, { name: "Thể thao" }));
    const renamed = ok(await renameSection(handle.db, people.admin, { id: created.id, name: "Thể thao - Bóng đá", slug: "" }));
    expect(renamed).toEqual({ id: created.id, name: "Thể thao - Bóng đá", slug: "the-thao-bong-da", changed: true });

    const old = await resolveSectionSlug(handle.db, "the-thao");
    expect(old).toMatchObject({ section: { id: created.id, slug: "the-thao-bong-da", name: "Thể thao - Bóng đá" }, redirectTo: "/the-thao-bong-da" });
    const current = await resolveSectionSlug(handle.db, "the-thao-bong-da");
    expect(current?.redirectTo).toBeUndefined();
    const [entry] = await auditRows("section.rename", created.id);
    expect(entry!.data).toEqual({ before: { name: "Thể thao", slug: "the-thao" }, after: { name: "Thể thao - Bóng đá", slug: "the-thao-bong-da" } });
  });

  it("sends every old slug of a chain straight to the current one, and lets a section take back its own old slug", async () => {
    const created = ok(await createSection(handle.db, people.admin, { name: "Y tế", slug: "y-te" }));
    ok(await renameSection(handle.db, people.admin, { id: created.id, name: "Y tế - Sức khỏe", slug: "y-te-suc-khoe" }));
    ok(await renameSection(handle.db, people.admin, { id: created.id, name: "Sức khỏe", slug: "suc-khoe" }));
    expect((await resolveSectionSlug(handle.db, "y-te"))?.redirectTo).toBe("/suc-khoe");
    expect((await resolveSectionSlug(handle.db, "y-te-suc-khoe"))?.redirectTo).toBe("/suc-khoe");

    ok(await renameSection(handle.db, people.admin, { id: created.id, name: "Y tế", slug: "y-te" }));
    expect((await resolveSectionSlug(handle.db, "y-te"))?.redirectTo).toBeUndefined();
    expect((await resolveSectionSlug(handle.db, "suc-khoe"))?.redirectTo).toBe("/y-te");
    const kept = await handle.db
      .select({ slug: sectionSlugs.slug })
      .from(sectionSlugs)
      .where(eq(sectionSlugs.sectionId, created.id))
      .orderBy(asc(sectionSlugs.slug));
    expect(kept.map((k) => k.slug)).toEqual(["suc-khoe", "y-te-suc-khoe"]);
  });

  it("moves a story's public address to the new slug, so the old story URL no longer is the canonical one", async () => {
    const created = ok(await createSection(handle.db, people.admin, { name: "Biên giới", slug: "bien-gioi-cu" }));
    const s = await story(created.id, { title: "Cửa khẩu Hữu Nghị thông quan" });
    const before = storyPath((await getPublicStory(handle.db, s.id))!);
    expect(before).toBe(`/bien-gioi-cu/cua-khau-huu-nghi-thong-quan-${s.id}`);
    ok(await renameSection(handle.db, people.admin, { id: created.id, name: "Biên giới", slug: "bien-gioi-moi" }));
    // The story page compares the requested path with this canonical one and answers 301.
    expect(storyPath((await getPublicStory(handle.db, s.id))!)).toBe(`/bien-gioi-moi/cua-khau-huu-nghi-thong-quan-${s.id}`);
    expect((await resolveSectionSlug(handle.db, "bien-gioi-cu"))?.redirectTo).toBe("/bien-gioi-moi");
  });

  it("keeps the slug when none is given, and records nothing when nothing changed", async () => {
    const created = await section("Khoa học");
    const sameName = (await sectionRow(created.id))!.name;
    expect(ok(await renameSection(handle.db, people.admin, { id: created.id, name: sameName }))).toMatchObject({ changed: false, slug: created.slug });
    expect(await auditRows("section.rename", created.id)).toEqual([]);
    ok(await renameSection(handle.db, people.admin, { id: created.id, name: "Khoa học - Công nghệ" }));
    expect(await sectionRow(created.id)).toMatchObject({ name: "Khoa học - Công nghệ", slug: created.slug });
    expect(await handle.db.select().from(sectionSlugs).where(eq(sectionSlugs.sectionId, created.id))).toEqual([]);
  });

  it("refuses another section's slug and a reserved one, changing nothing", async () => {
    const one = await section("Môi trường");
    const two = await section("Tài nguyên");
    const before = await snapshot();
    expect(await renameSection(handle.db, people.admin, { id: two.id, name: "Tài nguyên", slug: one.slug })).toMatchObject({
      ok: false,
      code: "duplicate_slug",
    });
    expect(await renameSection(handle.db, people.admin, { id: two.id, name: "Tài nguyên", slug: "api" })).toMatchObject({ ok: false, code: "reserved_slug" });
    expect(await renameSection(handle.db, people.admin, { id: 999_999, name: "Không có" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("nesting and order", () => {
  it("moves a section under a top-level parent and back, one level only", async () => {
    const parent = await section("Kinh tế");
    const other = await section("Doanh nghiệp");
    const withChild = await section("Xã hội");
    const grandchild = await section("Lao động", withChild.id);
    ok(await moveSection(handle.db, people.admin, { id: other.id, parentId: parent.id }));
    expect((await sectionRow(other.id))!.parentId).toBe(parent.id);
    const before = await snapshot();
    expect(await moveSection(handle.db, people.admin, { id: withChild.id, parentId: parent.id })).toMatchObject({
      ok: false,
      code: "nesting",
      error: expect.stringContaining("đang có chuyên mục con") as unknown,
    });
    expect(await moveSection(handle.db, people.admin, { id: grandchild.id, parentId: other.id })).toMatchObject({ ok: false, code: "nesting" });
    expect(await moveSection(handle.db, people.admin, { id: parent.id, parentId: parent.id })).toMatchObject({ ok: false, code: "nesting" });
    expect(await snapshot()).toEqual(before);
    ok(await moveSection(handle.db, people.admin, { id: other.id, parentId: null }));
    expect((await sectionRow(other.id))!.parentId).toBeNull();
    expect((await auditRows("section.move", other.id)).map((r) => r.data)).toEqual([
      { before: { parentId: null, position: expect.any(Number) as unknown }, after: { parentId: parent.id, position: 0 } },
      { before: { parentId: parent.id, position: 0 }, after: { parentId: null, position: expect.any(Number) as unknown } },
    ]);
  });

  it("moves a section up and down among its siblings only", async () => {
    const parent = await section("Quốc phòng");
    const a = await section("Biên phòng", parent.id);
    const b = await section("Dân quân", parent.id);
    const c = await section("Công an", parent.id);
    const order = async () =>
      (
        await handle.db.select({ id: sections.id }).from(sections).where(eq(sections.parentId, parent.id)).orderBy(asc(sections.position), asc(sections.id))
      ).map((r) => r.id);
    expect(await order()).toEqual([a.id, b.id, c.id]);
    expect(ok(await reorderSection(handle.db, people.admin, { id: c.id, direction: "up" }))).toEqual({ moved: true });
    expect(await order()).toEqual([a.id, c.id, b.id]);
    ok(await reorderSection(handle.db, people.admin, { id: a.id, direction: "down" }));
    expect(await order()).toEqual([c.id, a.id, b.id]);
    expect(ok(await reorderSection(handle.db, people.admin, { id: c.id, direction: "up" }))).toEqual({ moved: false });
    expect(ok(await reorderSection(handle.db, people.admin, { id: b.id, direction: "down" }))).toEqual({ moved: false });
    expect(await order()).toEqual([c.id, a.id, b.id]);
    const [entry] = await auditRows("section.reorder", c.id);
    expect(entry!.data).toMatchObject({ before: { position: 3 }, after: { position: 2 } });
    expect(await reorderSection(handle.db, people.admin, { id: c.id, direction: "sideways" as "up" })).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("hiding", () => {
  it("hides and shows with an audit row each; a subsection under a hidden parent is hidden from readers too", async () => {
    const parent = await section("Du lịch");
    const child = await section("Ẩm thực", parent.id);
    ok(await setSectionHidden(handle.db, people.admin, { id: parent.id, hidden: true }));
    expect((await sectionRow(parent.id))!.hidden).toBe(true);
    expect(isSectionHidden((await resolveSectionSlug(handle.db, parent.slug))!.section)).toBe(true);
    expect(isSectionHidden((await resolveSectionSlug(handle.db, child.slug))!.section)).toBe(true);
    expect(ok(await setSectionHidden(handle.db, people.admin, { id: parent.id, hidden: true }))).toEqual({ changed: false });
    ok(await setSectionHidden(handle.db, people.admin, { id: parent.id, hidden: false }));
    expect(isSectionHidden((await resolveSectionSlug(handle.db, child.slug))!.section)).toBe(false);
    expect((await auditRows("section.hide", parent.id)).map((r) => r.data)).toEqual([{ before: { hidden: false }, after: { hidden: true } }]);
    expect((await auditRows("section.show", parent.id)).map((r) => r.data)).toEqual([{ before: { hidden: true }, after: { hidden: false } }]);
  });
});

describe("merging", () => {
  it("moves every story into the target, keeps all the old slugs answering, and deletes the source", async () => {
    const source = ok(await createSection(handle.db, people.admin, { name: "Thời sự tỉnh", slug: "thoi-su-tinh" }));
    ok(await renameSection(handle.db, people.admin, { id: source.id, name: "Thời sự địa phương", slug: "thoi-su-dia-phuong" }));
    const target = ok(await createSection(handle.db, people.admin, { name: "Thời sự", slug: "thoi-su-chung" }));
    // The published story comes with its published revision, naming the source section.
    const published = await story(source.id, { title: "Hội nghị Tỉnh ủy" });
    const draft = await story(source.id, { status: "draft" });
    const versionBefore = new Map([published, draft].map((s) => [s.id, s.version]));

    const merged = ok(await mergeSection(handle.db, people.admin, { id: source.id, intoId: target.id }));
    expect(merged).toEqual({ intoId: target.id, intoSlug: "thoi-su-chung", movedStories: 2, oldSlugs: ["thoi-su-dia-phuong", "thoi-su-tinh"] });

    expect(await sectionRow(source.id)).toBeUndefined();
    const moved = await handle.db
      .select()
      .from(stories)
      .where(inArray(stories.id, [published.id, draft.id]));
    expect(moved.map((s) => s.sectionId)).toEqual([target.id, target.id]);
    expect(moved.every((s) => s.version === versionBefore.get(s.id)! + 1 && s.updatedById === people.admin.id)).toBe(true);
    const [revision] = await handle.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, published.id));
    expect(revision!.sectionId).toBe(target.id);
    for (const old of ["thoi-su-tinh", "thoi-su-dia-phuong"]) {
      expect(await resolveSectionSlug(handle.db, old), old).toMatchObject({ section: { id: target.id }, redirectTo: "/thoi-su-chung" });
    }
    expect(storyPath((await getPublicStory(handle.db, published.id))!)).toBe(`/thoi-su-chung/hoi-nghi-tinh-uy-${published.id}`);
    expect((await listSectionStories(handle.db, target.id)).items.map((s) => s.id)).toEqual([published.id]);
    const [entry] = await auditRows("section.merge", source.id);
    expect(entry).toMatchObject({
      actorId: people.admin.id,
      entityType: "section",
      data: { before: { slug: "thoi-su-dia-phuong" }, after: { slug: "thoi-su-chung" }, intoId: target.id, stories: 2 },
    });
    // The freed slugs stay the target's: nobody can take them for a new section.
    expect(await createSection(handle.db, people.admin, { name: "Thời sự tỉnh" })).toMatchObject({ ok: false, code: "duplicate_slug" });
  });

  it("brings subsections along into a top-level target, and refuses a subsection as target then", async () => {
    const source = await section("Văn nghệ");
    const child = await section("Âm nhạc", source.id);
    const target = await section("Văn hóa nghệ thuật");
    const targetChild = await section("Điện ảnh", target.id);
    const before = await snapshot();
    expect(await mergeSection(handle.db, people.admin, { id: source.id, intoId: targetChild.id })).toMatchObject({ ok: false, code: "nesting" });
    expect(await mergeSection(handle.db, people.admin, { id: source.id, intoId: source.id })).toMatchObject({ ok: false, code: "invalid" });
    expect(await mergeSection(handle.db, people.admin, { id: source.id, intoId: 999_999 })).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot()).toEqual(before);
    ok(await mergeSection(handle.db, people.admin, { id: source.id, intoId: target.id }));
    expect(await sectionRow(child.id)).toMatchObject({ parentId: target.id, position: 1 });
  });

  it("merges a subsection into another section", async () => {
    const parent = await section("Pháp luật");
    const child = await section("Hồ sơ vụ án", parent.id);
    const s = await story(child.id);
    ok(await mergeSection(handle.db, people.admin, { id: child.id, intoId: parent.id }));
    expect((await handle.db.select({ sectionId: stories.sectionId }).from(stories).where(eq(stories.id, s.id)))[0]!.sectionId).toBe(parent.id);
  });
});

describe("deleting", () => {
  it("is refused while the section has a story (even a draft), a subsection, or a revision naming it", async () => {
    const withDraft = await section("Có nháp");
    await story(withDraft.id, { status: "draft" });
    const withChild = await section("Có con");
    await section("Con", withChild.id);
    const withHistory = await section("Có lịch sử");
    const elsewhere = await section("Nơi khác");
    const moved = await story(elsewhere.id);
    await handle.db.insert(storyRevisions).values({
      storyId: moved.id,
      version: 1,
      kind: "save",
      title: "",
      sapo: "",
      body: { type: "doc", content: [] },
      byline: [],
      sectionId: withHistory.id,
      tags: [],
      coverCaption: "",
      coverCredit: "",
      seoTitle: "",
      seoDescription: "",
      createdById: people.reporter.id,
    });
    const before = await snapshot();
    expect(await deleteSection(handle.db, people.admin, { id: withDraft.id })).toMatchObject({
      ok: false,
      code: "has_stories",
      error: expect.stringContaining("đang có 1 bài viết nên không thể xóa; hãy ẩn hoặc gộp") as unknown,
    });
    expect(await deleteSection(handle.db, people.admin, { id: withChild.id })).toMatchObject({ ok: false, code: "has_children" });
    expect(await deleteSection(handle.db, people.admin, { id: withHistory.id })).toMatchObject({ ok: false, code: "has_history" });
    expect(await snapshot()).toEqual(before);
  });

  it("deletes an empty section, frees its slugs and audits it", async () => {
    const created = ok(await createSection(handle.db, people.admin, { name: "Tạm thời", slug: "tam-thoi" }));
    ok(await renameSection(handle.db, people.admin, { id: created.id, name: "Tạm", slug: "tam" }));
    ok(await deleteSection(handle.db, people.admin, { id: created.id }));
    expect(await sectionRow(created.id)).toBeUndefined();
    expect(await resolveSectionSlug(handle.db, "tam-thoi")).toBeNull();
    const [entry] = await auditRows("section.delete", created.id);
    expect(entry!.data).toMatchObject({ before: { name: "Tạm", slug: "tam" }, oldSlugs: ["tam-thoi"] });
    expect((await createSection(handle.db, people.admin, { name: "Tạm thời" })).ok).toBe(true);
  });
});

describe("the admin list", () => {
  it("shows subsections under their parent with story counts and old slugs", async () => {
    const parent = ok(await createSection(handle.db, people.admin, { name: "Nông thôn", slug: "nong-thon" }));
    const child = ok(await createSection(handle.db, people.admin, { name: "Khuyến nông", slug: "khuyen-nong", parentId: parent.id }));
    await story(child.id);
    await story(child.id, { status: "draft" });
    ok(await renameSection(handle.db, people.admin, { id: parent.id, name: "Nông thôn mới", slug: "nong-thon-moi-2" }));
    const list = await listSectionsForAdmin(handle.db, people.admin);
    const found = list.find((s) => s.id === parent.id);
    expect(found).toMatchObject({ slug: "nong-thon-moi-2", oldSlugs: ["nong-thon"], storyCount: 0 });
    expect(found!.children).toEqual([expect.objectContaining({ id: child.id, storyCount: 2, publicCount: 1, children: [] })]);
    expect(list.some((s) => s.id === child.id)).toBe(false);
  });
});
