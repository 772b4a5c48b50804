import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, media, stories, storyRevisions, type StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { bodyFromBlocks } from "@/lib/stories/body";
import { createStory, saveStory } from "@/lib/stories/commands";
import * as workflow from "@/lib/workflow/commands";
import { emptyStoryFields, type StoryFields } from "@/lib/stories/schemas";
import { tagNamesOf } from "./record";
import { restoreRevision } from "./commands";
import { getRevisionSnapshot, getStoryHistory } from "./queries";
import { diffRevisions } from "./diff";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};
let sectionId: number;
let otherSectionId: number;
let coverId: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  people.ha = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" });
  people.dung = await makePerson(handle.db, "reporter");
  people.duc = await makePerson(handle.db, "editor", { name: "Trần Minh Đức" });
  people.chief = await makePerson(handle.db, "chief_editor");
  people.admin = await makePerson(handle.db, "admin");
  ({ id: sectionId } = await makeSection(handle.db, { slug: "chinh-tri", name: "Chính trị" }));
  ({ id: otherSectionId } = await makeSection(handle.db));
  const [image] = await handle.db
    .insert(media)
    .values({ storageKey: "goc/hoi-nghi.jpg", mimeType: "image/jpeg", originalName: "hoi-nghi.jpg", size: 1000, uploadedById: people.ha.id })
    .returning({ id: media.id });
  coverId = image!.id;
});
afterAll(async () => handle?.close());

const complete = (over: Partial<StoryFields> = {}): StoryFields => ({
  ...emptyStoryFields("THU HÀ"),
  title: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh",
  sapo: "Chiều nay (28/6), Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến.",
  body: bodyFromBlocks([{ type: "paragraph", text: "Tại điểm cầu tỉnh Lạng Sơn,\u00a0dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy." }]),
  sectionId,
  tags: ["Xây dựng Đảng", "Hội nghị"],
  coverMediaId: coverId,
  coverCaption: "Quang cảnh hội nghị",
  coverCredit: "Ảnh: THU HÀ",
  ...over,
});

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

async function current(id: number) {
  const [row] = await handle.db.select().from(stories).where(eq(stories.id, id));
  return row!;
}

/** A story of Hà's in a state (the workflow's own commands are tested elsewhere); in review held by heldBy. */
async function storyIn(status: StoryStatus, heldBy: Actor | null = null) {
  const story = await makeStory(handle.db, { ...complete(), status, author: people.ha!, holder: heldBy });
  return story.id;
}

async function revisionsOf(id: number) {
  return handle.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, id)).orderBy(storyRevisions.id);
}

describe("restoreRevision", () => {
  it("lets the editor holding a story restore an earlier version: fields, tags and cover back, nothing lost", async () => {
    const id = await storyIn("in_review", people.duc);
    const v = (await current(id)).version;
    // Two saves by the editor: each keeps the version before it (the first: the copy Hà sent, kept already).
    await ok(saveStory(handle.db, people.duc!, { id, baseVersion: v, fields: complete({ title: "Tiêu đề sửa lần một" }) }));
    await ok(
      saveStory(handle.db, people.duc!, {
        id,
        baseVersion: v + 1,
        fields: complete({ title: "Tiêu đề sửa lần hai", tags: ["Tổ chức"], sectionId: otherSectionId, coverMediaId: null, coverCaption: "", coverCredit: "" }),
      }),
    );
    const kept = await revisionsOf(id);
    expect(kept.map((r) => r.kind)).toEqual(["submitted", "save"]);
    const original = kept[0]!;
    expect(original.title).toBe(complete().title);

    const restored = await ok(restoreRevision(handle.db, people.duc!, { storyId: id, revisionId: original.id, baseVersion: v + 2 }));
    expect(restored).toMatchObject({ version: v + 3, restoredVersion: original.version, restoredNumber: 1 });

    const row = await current(id);
    expect(row).toMatchObject({
      title: complete().title,
      sectionId,
      coverMediaId: coverId,
      coverCaption: "Quang cảnh hội nghị",
      coverCredit: "Ảnh: THU HÀ",
      version: v + 3,
      updatedById: people.duc!.id,
      // In review the slug still follows the title.
      slug: "phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-trong-sach-vung-manh",
    });
    expect(row.wordCount).toBeGreaterThan(10);
    expect(await tagNamesOf(handle.db, id)).toEqual(["Xây dựng Đảng", "Hội nghị"]);

    // The state it replaced is kept, as "restore", so the restore itself can be undone.
    const after = await revisionsOf(id);
    const replaced = after.find((r) => r.id === restored.keptRevisionId)!;
    expect(replaced).toMatchObject({
      kind: "restore",
      version: v + 2,
      title: "Tiêu đề sửa lần hai",
      tags: ["Tổ chức"],
      coverMediaId: null,
      createdById: people.duc!.id,
    });

    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "story.restore"), eq(auditLog.entityId, String(id))));
    expect(audit).toMatchObject({
      actorId: people.duc!.id,
      entityType: "story",
      data: { revisionId: original.id, restoredVersion: original.version, restoredNumber: 1 },
    });
  });

  it("lets a reporter restore a version of their own draft kept when a conflict was overwritten", async () => {
    const id = await storyIn("draft");
    await ok(saveStory(handle.db, people.ha!, { id, baseVersion: 1, fields: complete({ sapo: "Sapo của thẻ thứ nhất" }) }));
    await ok(saveStory(handle.db, people.ha!, { id, baseVersion: 2, replaces: true, fields: complete({ sapo: "Sapo của thẻ thứ hai" }) }));
    const [first] = await revisionsOf(id);
    expect(first!.sapo).toBe("Sapo của thẻ thứ nhất");
    await ok(restoreRevision(handle.db, people.ha!, { storyId: id, revisionId: first!.id, baseVersion: 3 }));
    expect((await current(id)).sapo).toBe("Sapo của thẻ thứ nhất");
    expect((await revisionsOf(id)).map((r) => r.sapo)).toContain("Sapo của thẻ thứ hai");
  });

  it("refuses another reporter, an editor not holding the story, and the admin, changing nothing", async () => {
    const draft = await storyIn("draft");
    await ok(saveStory(handle.db, people.ha!, { id: draft, baseVersion: 1, replaces: true, fields: complete({ title: "Bản hai" }) }));
    const [kept] = await revisionsOf(draft);
    for (const who of ["dung", "duc", "chief", "admin"]) {
      expect(await restoreRevision(handle.db, people[who]!, { storyId: draft, revisionId: kept!.id, baseVersion: 2 }), who).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }

    const review = await storyIn("in_review", people.duc);
    const v = (await current(review)).version;
    await ok(saveStory(handle.db, people.duc!, { id: review, baseVersion: v, fields: complete({ title: "Sửa trong biên tập" }) }));
    const [reviewKept] = await revisionsOf(review);
    await handle.db.update(stories).set({ heldById: people.chief!.id, heldAt: new Date() }).where(eq(stories.id, review));
    expect(await restoreRevision(handle.db, people.duc!, { storyId: review, revisionId: reviewKept!.id, baseVersion: v + 1 })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await restoreRevision(handle.db, people.ha!, { storyId: review, revisionId: reviewKept!.id, baseVersion: v + 1 })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect((await current(review)).title).toBe("Sửa trong biên tập");
  });

  it("refuses a stale restore like a stale save, naming who changed the story", async () => {
    const id = await storyIn("in_review", people.duc);
    const v = (await current(id)).version;
    await ok(saveStory(handle.db, people.duc!, { id, baseVersion: v, fields: complete({ title: "Bản mới hơn" }) }));
    const [kept] = await revisionsOf(id);
    const stale = await restoreRevision(handle.db, people.duc!, { storyId: id, revisionId: kept!.id, baseVersion: v });
    expect(stale).toMatchObject({ ok: false, code: "conflict", details: { currentVersion: v + 1, updatedByName: "Trần Minh Đức" } });
    expect((await current(id)).title).toBe("Bản mới hơn");
    expect(await revisionsOf(id)).toHaveLength(1);
  });

  it("refuses published stories (those go through Đính chính), even for the chief editor", async () => {
    const id = await storyIn("approved");
    const v = (await current(id)).version;
    await ok(saveStory(handle.db, people.chief!, { id, baseVersion: v, fields: complete({ title: "Tiêu đề đã duyệt, sửa" }) }));
    const [kept] = await revisionsOf(id);
    await handle.db.update(stories).set({ status: "published", publishedAt: new Date() }).where(eq(stories.id, id));
    const result = await restoreRevision(handle.db, people.chief!, { storyId: id, revisionId: kept!.id, baseVersion: v + 1 });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect((await current(id)).title).toBe("Tiêu đề đã duyệt, sửa");
  });

  it("keeps the address of a scheduled story when the chief editor restores its old title", async () => {
    const id = await storyIn("approved");
    const v = (await current(id)).version;
    await ok(saveStory(handle.db, people.chief!, { id, baseVersion: v, fields: complete({ title: "Tiêu đề trước khi lên lịch" }) }));
    const [kept] = await revisionsOf(id);
    await handle.db
      .update(stories)
      .set({ status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) })
      .where(eq(stories.id, id));
    const slug = (await current(id)).slug;
    await ok(restoreRevision(handle.db, people.chief!, { storyId: id, revisionId: kept!.id, baseVersion: v + 1 }));
    expect(await current(id)).toMatchObject({ title: complete().title, slug });
  });

  it("refuses a revision of another story and invalid input, in Vietnamese", async () => {
    const a = await storyIn("draft");
    await ok(saveStory(handle.db, people.ha!, { id: a, baseVersion: 1, replaces: true, fields: complete({ title: "A hai" }) }));
    const [keptOfA] = await revisionsOf(a);
    const b = await storyIn("draft");
    expect(await restoreRevision(handle.db, people.ha!, { storyId: b, revisionId: keptOfA!.id, baseVersion: 1 })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    const invalid = await restoreRevision(handle.db, people.ha!, { storyId: b, revisionId: -1, baseVersion: 1 });
    expect(invalid).toMatchObject({ ok: false, code: "invalid" });
    expect(invalid.ok ? "" : invalid.error).toMatch(/^Dữ liệu không hợp lệ/);
  });
});

describe("history visibility", () => {
  it("lists the current state first, then versions newest first, for whoever may view the story", async () => {
    const id = await storyIn("in_review", people.duc);
    const v = (await current(id)).version;
    await ok(saveStory(handle.db, people.duc!, { id, baseVersion: v, fields: complete({ title: "Xây dựng Đảng vững mạnh" }) }));
    await ok(saveStory(handle.db, people.duc!, { id, baseVersion: v + 1, fields: complete({ title: "Xây dựng đảng vững mạnh" }) }));

    for (const who of ["ha", "duc", "chief"]) {
      const history = await getStoryHistory(handle.db, people[who]!, id);
      expect(history, who).not.toBeNull();
      // The first save kept nothing new: the text before it is the copy Hà sent.
      expect(history!.entries.map((e) => [e.number, e.kind, e.version])).toEqual([
        [3, "current", v + 2],
        [2, "save", v + 1],
        [1, "submitted", v - 1],
      ]);
      expect(history!.entries[0]!.authorName).toBe("Trần Minh Đức");
      expect(history!.entries[2]!.authorName).toBe("Nguyễn Thu Hà");
      expect(history!.mayRestore, who).toBe(who === "duc");
    }
    for (const who of ["dung", "admin"]) {
      expect(await getStoryHistory(handle.db, people[who]!, id), who).toBeNull();
    }

    // Comparing the current state with the version before it marks the one changed word.
    const history = (await getStoryHistory(handle.db, people.duc!, id))!;
    const older = await getRevisionSnapshot(handle.db, people.duc!, id, history.entries[1]!.ref);
    const now = await getRevisionSnapshot(handle.db, people.duc!, id, "current");
    const title = diffRevisions(older!.snapshot, now!.snapshot).find((d) => d.field === "title")!;
    expect(title.paragraphs.flat().filter((s) => s.kind !== "same")).toEqual([
      { kind: "removed", text: "Đảng" },
      { kind: "added", text: "đảng" },
    ]);
    expect(now!.snapshot).toMatchObject({ sectionName: "Chính trị", tags: ["Xây dựng Đảng", "Hội nghị"], coverLabel: `hoi-nghi.jpg (số ${coverId})` });
    expect(await getRevisionSnapshot(handle.db, people.dung!, id, "current")).toBeNull();
  });

  it("keeps drafts' history private to their authors", async () => {
    const id = await storyIn("draft");
    expect(await getStoryHistory(handle.db, people.ha!, id)).not.toBeNull();
    for (const who of ["dung", "duc", "chief", "admin"]) expect(await getStoryHistory(handle.db, people[who]!, id), who).toBeNull();
    expect(await getStoryHistory(handle.db, people.ha!, 999_999)).toBeNull();
  });

  it("does not give out a revision of another story under this story's id", async () => {
    const a = await storyIn("draft");
    await ok(saveStory(handle.db, people.ha!, { id: a, baseVersion: 1, replaces: true, fields: complete({ title: "A hai" }) }));
    const [keptOfA] = await revisionsOf(a);
    const b = await storyIn("draft");
    expect(await getRevisionSnapshot(handle.db, people.ha!, b, keptOfA!.id)).toBeNull();
  });
});

describe("the copies of a story written, returned, sent again and approved", () => {
  it("are numbered 1, 2, 3… without gaps, credited to whoever wrote their text, and marked as sent and approved", async () => {
    const ha = people.ha!;
    const duc = people.duc!;
    // Hà writes: a draft and a few autosaves (each bumps the version; none is kept).
    let s = await ok(createStory(handle.db, ha, complete({ title: "Bản nháp đầu" })));
    for (const title of ["Bản nháp thứ hai", "Bản nháp thứ ba", "Hội nghị trực tuyến toàn quốc"]) {
      s = await ok(saveStory(handle.db, ha, { id: s.id, baseVersion: s.version, fields: complete({ title }) }));
    }
    let moved = await ok(workflow.submitStory(handle.db, ha, { id: s.id, version: s.version }));
    // Đức claims it, edits a line and returns it with a note.
    moved = await ok(workflow.claimStory(handle.db, duc, { id: s.id, version: moved.version }));
    s = await ok(
      saveStory(handle.db, duc, { id: s.id, baseVersion: moved.version, fields: complete({ title: "Hội nghị trực tuyến toàn quốc ngành tổ chức" }) }),
    );
    moved = await ok(workflow.returnStory(handle.db, duc, { id: s.id, version: s.version, note: "Bổ sung số liệu." }));
    // Hà fixes it and sends it again; Đức approves it as it came.
    s = await ok(
      saveStory(handle.db, ha, { id: s.id, baseVersion: moved.version, fields: complete({ title: "Hội nghị trực tuyến ngành tổ chức xây dựng Đảng" }) }),
    );
    s = await ok(saveStory(handle.db, ha, { id: s.id, baseVersion: s.version, fields: complete({ title: "Hội nghị ngành tổ chức xây dựng Đảng" }) }));
    moved = await ok(workflow.submitStory(handle.db, ha, { id: s.id, version: s.version }));
    moved = await ok(workflow.claimStory(handle.db, duc, { id: s.id, version: moved.version }));
    await ok(workflow.approveStory(handle.db, duc, { id: s.id, version: moved.version }));

    const history = (await getStoryHistory(handle.db, duc, s.id))!;
    expect(history.entries.map((e) => [e.number, e.kind, e.authorName])).toEqual([
      [4, "current", "Nguyễn Thu Hà"],
      [4, "approved", "Nguyễn Thu Hà"],
      [3, "submitted", "Nguyễn Thu Hà"],
      [2, "save", "Trần Minh Đức"],
      [1, "submitted", "Nguyễn Thu Hà"],
    ]);
    const titles = await Promise.all(history.entries.map(async (e) => (await getRevisionSnapshot(handle.db, duc, s.id, e.ref))!.snapshot.title));
    expect(titles).toEqual([
      "Hội nghị ngành tổ chức xây dựng Đảng",
      "Hội nghị ngành tổ chức xây dựng Đảng",
      "Hội nghị ngành tổ chức xây dựng Đảng",
      "Hội nghị trực tuyến toàn quốc ngành tổ chức",
      "Hội nghị trực tuyến toàn quốc",
    ]);
    expect((await current(s.id)).status).toBe("approved");
  });
});
