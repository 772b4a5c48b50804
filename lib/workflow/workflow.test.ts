// The workflow's behaviour beyond yes/no: holds and their lapse, take-overs that lose nothing,
// approval levels, schedules, returns with notes, corrections, take-downs, and the publication
// worker handling each event once.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import {
  editorialNotes,
  homeSlots,
  media,
  notifications,
  publicationEvents,
  siteSettings,
  stories,
  storyApprovals,
  storyCorrections,
  storyRevisions,
  storySlugs,
  storyTransitions,
} from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { runDueEvents, workerStatus } from "@/lib/publishing/worker";
import { bodyFromBlocks } from "@/lib/stories/body";
import { createStory, saveStory } from "@/lib/stories/commands";
import { emptyStoryFields, type StoryFields } from "@/lib/stories/schemas";
import { setHomeLineup } from "@/lib/home/commands";
import { PermissionDeniedError } from "@/lib/policy/policy";
import { getStoryForEditing } from "@/lib/stories/editor-queries";
import { queueFilterSchema, searchQueue } from "@/lib/stories/newsroom-queries";
import * as workflow from "./commands";
import { LOCK_TTL_MS } from "./scope";

let handle: DatabaseHandle;
let sectionId: number;
const p: Record<string, Actor> = {};
const db = () => handle.db;

const fields = (over: Partial<StoryFields> = {}): StoryFields => ({
  ...emptyStoryFields("THU HÀ"),
  title: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh",
  sapo: "– Chiều nay (28/6), Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến.",
  body: bodyFromBlocks([{ type: "paragraph", text: "Tại điểm cầu tỉnh Lạng Sơn, dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy." }]),
  sectionId,
  tags: ["Xây dựng Đảng"],
  ...over,
});

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** A story written by Hà and sent to the desk. */
async function submitted() {
  const created = ok(await createStory(db(), p.ha!, fields()));
  return ok(await workflow.submitStory(db(), p.ha!, { id: created.id, version: created.version }));
}

async function claimedBy(editor: Actor) {
  const story = await submitted();
  return ok(await workflow.claimStory(db(), editor, { id: story.id, version: story.version }));
}

async function approved() {
  const story = await claimedBy(p.duc!);
  return ok(await workflow.approveStory(db(), p.duc!, { id: story.id, version: story.version }));
}

const row = async (id: number) => (await db().select().from(stories).where(eq(stories.id, id)))[0]!;

beforeAll(async () => {
  handle = await openTestDatabase();
  p.ha = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà" });
  p.duc = await makePerson(handle.db, "editor", { name: "Trần Minh Đức" });
  p.lan = await makePerson(handle.db, "editor", { name: "Đỗ Thị Lan" });
  p.chief = await makePerson(handle.db, "chief_editor", { name: "Hoàng Văn Đạt" });
  ({ id: sectionId } = await makeSection(handle.db, { slug: "chinh-tri", name: "Chính trị" }));
});
afterAll(async () => handle?.close());

describe("holding a story in review", () => {
  it("a second editor's claim is refused with the holder's name", async () => {
    const story = await claimedBy(p.duc!);
    const second = await workflow.claimStory(db(), p.lan!, { id: story.id });
    expect(second).toMatchObject({ ok: false, code: "held", error: "Trần Minh Đức đã nhận bài này." });
  });

  it("the heartbeat keeps the hold; after the lapse the holder can no longer edit and another editor may take over", async () => {
    const story = await claimedBy(p.duc!);
    expect(ok(await workflow.keepStoryHeld(db(), p.duc!, { id: story.id }))).toMatchObject({ held: true });
    expect(ok(await workflow.keepStoryHeld(db(), p.lan!, { id: story.id }))).toMatchObject({ held: false, holderName: "Trần Minh Đức" });
    await db()
      .update(stories)
      .set({ heldAt: new Date(Date.now() - LOCK_TTL_MS - 1000) })
      .where(eq(stories.id, story.id));
    const save = await saveStory(db(), p.duc!, { id: story.id, baseVersion: story.version, fields: fields({ title: "Sửa sau khi hết hạn giữ bài" }) });
    expect(save).toMatchObject({ ok: false, code: "forbidden" });
    expect(ok(await workflow.keepStoryHeld(db(), p.duc!, { id: story.id }))).toMatchObject({ held: false, holderId: null });
    expect((await workflow.takeOverStory(db(), p.lan!, { id: story.id })).ok).toBe(true);
  });

  it("a take-over keeps the evicted holder's last text as a revision, moves the version on and tells them", async () => {
    const story = await claimedBy(p.duc!);
    const saved = ok(await saveStory(db(), p.duc!, { id: story.id, baseVersion: story.version, fields: fields({ title: "Bản của Đức chưa gửi ai" }) }));
    const taken = ok(await workflow.takeOverStory(db(), p.lan!, { id: story.id }));
    expect(taken.version).toBe(saved.version + 1);
    const after = await row(story.id);
    expect(after.heldById).toBe(p.lan!.id);
    const kept = await db()
      .select()
      .from(storyRevisions)
      .where(and(eq(storyRevisions.storyId, story.id), eq(storyRevisions.kind, "takeover")));
    expect(kept.map((r) => r.title)).toEqual(["Bản của Đức chưa gửi ai"]);
    // Đức's screen still holds the old version: his next save is refused, never applied over Lan's.
    const late = await saveStory(db(), p.duc!, { id: story.id, baseVersion: saved.version, fields: fields({ title: "Đức gõ tiếp" }) });
    expect(late.ok).toBe(false);
    expect((await row(story.id)).title).toBe("Bản của Đức chưa gửi ai");
    const told = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, p.duc!.id), eq(notifications.storyId, story.id)));
    expect(told.map((n) => n.kind)).toEqual(["taken_over"]);
    const trail = await db()
      .select()
      .from(storyTransitions)
      .where(and(eq(storyTransitions.storyId, story.id), eq(storyTransitions.event, "takeover")));
    expect(trail[0]).toMatchObject({ actorId: p.lan!.id, note: "Tiếp quản từ Trần Minh Đức" });
  });
});

describe("returning and approving", () => {
  it("Trả bài needs a note; the note reaches the reporter's thread and notifications", async () => {
    const story = await claimedBy(p.duc!);
    expect(await workflow.returnStory(db(), p.duc!, { id: story.id, version: story.version, note: "   " })).toMatchObject({ ok: false, code: "invalid" });
    expect((await row(story.id)).status).toBe("in_review");
    ok(await workflow.returnStory(db(), p.duc!, { id: story.id, version: story.version, note: "Bổ sung ý kiến của Sở Nội vụ." }));
    const after = await row(story.id);
    expect(after).toMatchObject({ status: "draft", heldById: null });
    const notes = await db().select().from(editorialNotes).where(eq(editorialNotes.storyId, story.id));
    expect(notes.map((n) => n.body)).toEqual(["Bổ sung ý kiến của Sở Nội vụ."]);
    expect(notes[0]!.transitionId).not.toBeNull();
    const told = await db().select().from(notifications).where(eq(notifications.storyId, story.id));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ userId: p.ha!.id, kind: "returned" });
    // The reporter fixes it and sends it again.
    const saved = ok(await saveStory(db(), p.ha!, { id: story.id, baseVersion: after.version, fields: fields({ sapo: "– Có thêm ý kiến của Sở Nội vụ." }) }));
    expect((await workflow.submitStory(db(), p.ha!, { id: story.id, version: saved.version })).ok).toBe(true);
  });

  it("with two levels the desk's approval makes it Đã duyệt and the chief's publication is level 2, both by name", async () => {
    const story = await approved();
    expect((await row(story.id)).status).toBe("approved");
    ok(await workflow.publishStory(db(), p.chief!, { id: story.id, version: story.version }));
    const levels = await db().select().from(storyApprovals).where(eq(storyApprovals.storyId, story.id)).orderBy(storyApprovals.level);
    expect(levels.map((l) => [l.level, l.userId])).toEqual([
      [1, p.duc!.id],
      [2, p.chief!.id],
    ]);
  });

  it("with three levels two different desk members approve before it is Đã duyệt", async () => {
    await db()
      .insert(siteSettings)
      .values({ key: "approvalLevels", value: 3 })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: 3 } });
    try {
      const story = await claimedBy(p.duc!);
      const first = ok(await workflow.approveStory(db(), p.duc!, { id: story.id, version: story.version }));
      expect(first).toMatchObject({ status: "in_review", level: 1 });
      expect((await row(story.id)).heldById).toBeNull();
      // The same person cannot approve the next level, even after taking the story again.
      ok(await workflow.takeOverStory(db(), p.duc!, { id: story.id }));
      expect(await workflow.approveStory(db(), p.duc!, { id: story.id })).toMatchObject({ ok: false, code: "already_approved" });
      ok(await workflow.takeOverStory(db(), p.lan!, { id: story.id }));
      const second = ok(await workflow.approveStory(db(), p.lan!, { id: story.id }));
      expect(second).toMatchObject({ status: "approved", level: 2 });
    } finally {
      await db().delete(siteSettings).where(eq(siteSettings.key, "approvalLevels"));
    }
  });
});

describe("scheduling and publishing", () => {
  it("refuses a time in the past with a Vietnamese message and changes nothing", async () => {
    const story = await approved();
    const past = await workflow.scheduleStory(db(), p.chief!, { id: story.id, version: story.version, publishAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.ok).toBe(false);
    expect(past.ok ? "" : past.error).toContain("Thời gian xuất bản phải ở tương lai");
    expect((await row(story.id)).status).toBe("approved");
  });

  it("Dời lịch is one step of the trail, from the old time to the new, and the story stays scheduled", async () => {
    const story = await approved();
    const first = new Date("2099-12-07T00:12:00Z");
    // Times a year ahead are refused: schedule inside the window, then arrange the stored time.
    const scheduled = ok(
      await workflow.scheduleStory(db(), p.chief!, { id: story.id, version: story.version, publishAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    await db().update(stories).set({ publishedAt: first }).where(eq(stories.id, story.id));
    const to = new Date(Date.now() + 7_200_000);
    const moved = ok(await workflow.rescheduleStory(db(), p.chief!, { id: story.id, version: scheduled.version, publishAt: to.toISOString() }));
    expect(moved).toMatchObject({ status: "scheduled", version: scheduled.version + 1 });
    expect((await row(story.id)).publishedAt).toEqual(to);
    const trail = await db().select().from(storyTransitions).where(eq(storyTransitions.storyId, story.id)).orderBy(storyTransitions.id);
    const last = trail.at(-1)!;
    expect(trail.map((t) => t.event)).not.toContain("unschedule");
    expect(last).toMatchObject({ event: "reschedule", fromStatus: "scheduled", toStatus: "scheduled", actorId: p.chief!.id });
    expect(last.note).toMatch(/^Dời lịch từ Thứ hai, 07\/12\/2099 07:12 sang .+ \d{2}:\d{2}$/);
  });

  it("a scheduled story is published by the clock: the worker handles its event once, at its time, and tells the writer", async () => {
    await runDueEvents(db(), async () => {}); // events of earlier tests
    const story = await approved();
    const at = new Date(Date.now() + 10 * 60_000);
    const scheduled = ok(await workflow.scheduleStory(db(), p.chief!, { id: story.id, version: story.version, publishAt: at.toISOString() }));
    const refreshed: string[][] = [];
    const revalidate = async ({ paths }: { paths: string[] }) => void refreshed.push(paths);

    await runDueEvents(db(), revalidate, new Date(at.getTime() - 1000));
    expect(refreshed).toHaveLength(0);
    expect((await row(story.id)).status).toBe("scheduled");
    // One second before, the desk may still pull it back; at its time it is published.
    expect(await runDueEvents(db(), revalidate, at)).toBe(1);
    expect(refreshed[0]).toContain(`/chinh-tri/${scheduled.id}`);
    expect(refreshed[0]).toEqual(expect.arrayContaining(["/", "/chinh-tri", "/rss.xml", "/the/xay-dung-dang"]));
    expect((await row(story.id)).status).toBe("published");
    expect(await runDueEvents(db(), revalidate, at)).toBe(0);
    const told = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.storyId, story.id), eq(notifications.kind, "published")));
    expect(told.map((n) => n.userId)).toEqual([p.ha!.id]);
  });

  it("once its time has passed a scheduled story counts as published: it can be taken down, no longer unscheduled", async () => {
    const story = await approved();
    ok(await workflow.scheduleStory(db(), p.chief!, { id: story.id, version: story.version, publishAt: new Date(Date.now() + 60_000).toISOString() }));
    await db()
      .update(stories)
      .set({ publishedAt: new Date(Date.now() - 1000) })
      .where(eq(stories.id, story.id));
    expect(await workflow.unscheduleStory(db(), p.chief!, { id: story.id })).toMatchObject({ ok: false, code: "invalid_state" });
    expect((await workflow.unpublishStory(db(), p.chief!, { id: story.id, reason: "Sai số liệu." })).ok).toBe(true);
  });

  it("two workers running at once handle each event exactly once", async () => {
    await runDueEvents(db(), async () => {});
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const story = await approved();
      ids.push(ok(await workflow.publishStory(db(), p.chief!, { id: story.id, version: story.version })).id);
    }
    const seen: string[] = [];
    const slowRevalidate = async ({ paths }: { paths: string[] }) => {
      seen.push(...paths.filter((path) => /^\/chinh-tri\/\d+$/.test(path)));
      await new Promise((resolve) => setTimeout(resolve, 30));
    };
    const handled = await Promise.all([runDueEvents(db(), slowRevalidate), runDueEvents(db(), slowRevalidate)]);
    expect(handled[0] + handled[1]).toBe(3);
    expect(seen.sort()).toEqual(ids.map((id) => `/chinh-tri/${id}`).sort());
  });

  it("a failed refresh leaves the event pending, counted, and shown as overdue", async () => {
    const story = await approved();
    ok(await workflow.publishStory(db(), p.chief!, { id: story.id, version: story.version }));
    const failing = async () => {
      throw new Error("máy chủ không trả lời");
    };
    const later = new Date(Date.now() + 5 * 60_000);
    await runDueEvents(db(), failing, later);
    const [event] = await db().select().from(publicationEvents).where(eq(publicationEvents.storyId, story.id));
    expect(event).toMatchObject({ handledAt: null, attempts: 1, lastError: "máy chủ không trả lời" });
    const status = await workerStatus(db(), later);
    expect(status.overdue).toBeGreaterThanOrEqual(1);
    expect(status.lastError).toBe("máy chủ không trả lời");
    await runDueEvents(db(), async () => {}, later);
    expect((await workerStatus(db(), later)).overdue).toBe(0);
  });
});

describe("published stories", () => {
  async function published() {
    const story = await approved();
    return ok(await workflow.publishStory(db(), p.chief!, { id: story.id, version: story.version }));
  }

  it("Đính chính keeps a new revision, a public notice, a Cập nhật time, and the old address", async () => {
    const story = await published();
    const before = await row(story.id);
    const corrected = ok(
      await workflow.correctStory(db(), p.chief!, {
        id: story.id,
        baseVersion: story.version,
        fields: fields({ title: "Phấn đấu xây dựng ngành tổ chức trong sạch, vững mạnh" }),
        notice: { wrong: "Hội nghị diễn ra chiều 27/6", right: "Hội nghị diễn ra chiều 28/6" },
      }),
    );
    const after = await row(story.id);
    expect(after.status).toBe("published");
    expect(after.revisedAt).not.toBeNull();
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(corrected.slug).toBe("phan-dau-xay-dung-nganh-to-chuc-trong-sach-vung-manh");
    const old = await db().select().from(storySlugs).where(eq(storySlugs.storyId, story.id));
    expect(old.map((s) => s.slug)).toEqual([before.slug]);
    const notices = await db().select().from(storyCorrections).where(eq(storyCorrections.storyId, story.id));
    expect(notices[0]).toMatchObject({ wrong: "Hội nghị diễn ra chiều 27/6", right: "Hội nghị diễn ra chiều 28/6" });
    const kinds = (await db().select().from(storyRevisions).where(eq(storyRevisions.storyId, story.id))).map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(["published", "correction"]));
  });

  it("Gỡ bài needs a reason, leaves the home page at once, and can be undone", async () => {
    const story = await published();
    await db().insert(homeSlots).values({ position: 0, storyId: story.id });
    expect(await workflow.unpublishStory(db(), p.chief!, { id: story.id, reason: "" })).toMatchObject({ ok: false });
    const down = ok(await workflow.unpublishStory(db(), p.chief!, { id: story.id, reason: "Thông tin chưa được kiểm chứng." }));
    expect(await row(story.id)).toMatchObject({ status: "unpublished", unpublishReason: "Thông tin chưa được kiểm chứng." });
    expect(await db().select().from(homeSlots).where(eq(homeSlots.storyId, story.id))).toHaveLength(0);
    ok(await workflow.republishStory(db(), p.chief!, { id: story.id, version: down.version }));
    expect((await row(story.id)).status).toBe("published");
  });
});

describe("the desk's screens", () => {
  it("the queue is the desk's: a reporter is refused, an editor sees who holds each story", async () => {
    const story = await claimedBy(p.duc!);
    const filter = queueFilterSchema.parse({ status: "in_review" });
    await expect(searchQueue(db(), p.ha!, filter)).rejects.toBeInstanceOf(PermissionDeniedError);
    const queue = await searchQueue(db(), p.lan!, filter);
    expect(queue.rows.find((r) => r.id === story.id)).toMatchObject({ holderName: "Trần Minh Đức" });
  });

  it("only the chief editor sets the home page, and only with public stories", async () => {
    const story = await approved();
    expect(await setHomeLineup(db(), p.duc!, { storyIds: [] })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await setHomeLineup(db(), p.chief!, { storyIds: [story.id] })).toMatchObject({ ok: false, code: "invalid" });
    const published = ok(await workflow.publishStory(db(), p.chief!, { id: story.id, version: story.version }));
    expect(await setHomeLineup(db(), p.chief!, { storyIds: [published.id] })).toMatchObject({ ok: true });
  });
});

describe("a figure without its photo (an imported caption)", () => {
  const caption = "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn";
  const withCaption = (photo?: { mediaId: number; src: string }) =>
    bodyFromBlocks([
      { type: "paragraph", text: "Tại điểm cầu tỉnh Lạng Sơn, dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy." },
      { type: "caption", text: caption, photo },
    ]);
  async function aPhoto() {
    const [photo] = await db()
      .insert(media)
      .values({ storageKey: "2026/12/hoi-nghi.jpg", mimeType: "image/jpeg", originalName: "hoi-nghi.jpg", size: 1000, caption, uploadedById: p.ha!.id })
      .returning();
    return { mediaId: photo!.id, src: "/media/2026/12/hoi-nghi.jpg" };
  }
  /** Arranges a story at a later step whose body has gained a photoless figure (e.g. before the rule). */
  const losePhoto = (id: number) => db().update(stories).set({ body: withCaption() }).where(eq(stories.id, id));

  it("Gửi duyệt names it among the missing fields and changes nothing; with its photo the story goes", async () => {
    const created = ok(await createStory(db(), p.ha!, fields({ sapo: "", body: withCaption() })));
    const refused = await workflow.submitStory(db(), p.ha!, { id: created.id, version: created.version });
    expect(refused).toMatchObject({ ok: false, code: "incomplete", details: { missing: ["sapo", "figurePhoto"] } });
    expect(!refused.ok && refused.error).toBe("Chưa gửi được: bài còn thiếu Sapo, ảnh chưa có tệp.");
    expect((await row(created.id)).status).toBe("draft");

    const saved = ok(await saveStory(db(), p.ha!, { id: created.id, baseVersion: created.version, fields: fields({ body: withCaption(await aPhoto()) }) }));
    expect(await workflow.submitStory(db(), p.ha!, { id: created.id, version: saved.version })).toMatchObject({ ok: true, data: { status: "submitted" } });
  });

  it("the desk cannot approve, schedule, publish, correct or republish a story with one", async () => {
    const inReview = await claimedBy(p.duc!);
    await losePhoto(inReview.id);
    const approve = await workflow.approveStory(db(), p.duc!, { id: inReview.id, version: inReview.version });
    expect(approve).toMatchObject({ ok: false, code: "incomplete", details: { missing: ["figurePhoto"] } });
    expect(!approve.ok && approve.error).toContain("1 ảnh chưa có tệp");
    expect((await row(inReview.id)).status).toBe("in_review");

    const ready = await approved();
    await losePhoto(ready.id);
    const publishAt = new Date(Date.now() + 3_600_000).toISOString();
    expect(await workflow.scheduleStory(db(), p.chief!, { id: ready.id, version: ready.version, publishAt })).toMatchObject({ ok: false, code: "incomplete" });
    expect(await workflow.publishStory(db(), p.chief!, { id: ready.id, version: ready.version })).toMatchObject({ ok: false, code: "incomplete" });
    expect((await row(ready.id)).status).toBe("approved");

    const out = await approved();
    const published = ok(await workflow.publishStory(db(), p.chief!, { id: out.id, version: out.version }));
    const correction = await workflow.correctStory(db(), p.chief!, { id: out.id, baseVersion: published.version, fields: fields({ body: withCaption() }) });
    expect(correction).toMatchObject({ ok: false, code: "incomplete" });
    const down = ok(await workflow.unpublishStory(db(), p.chief!, { id: out.id, reason: "Ảnh sai." }));
    await losePhoto(out.id);
    expect(await workflow.republishStory(db(), p.chief!, { id: out.id, version: down.version })).toMatchObject({ ok: false, code: "incomplete" });
    expect((await row(out.id)).status).toBe("unpublished");
  });
});

describe("the editor's view of a story", () => {
  it("a returned draft is marked returned with the reason and who sent it back, until it is sent again; a withdrawn one is not", async () => {
    const story = await claimedBy(p.duc!);
    ok(await workflow.returnStory(db(), p.duc!, { id: story.id, version: story.version, note: "Thiếu số liệu năm 2026." }));
    const returned = (await getStoryForEditing(db(), p.ha!, story.id))!;
    expect(returned.status).toBe("draft");
    expect(returned.returned).toMatchObject({ note: "Thiếu số liệu năm 2026.", by: "Trần Minh Đức" });
    ok(await workflow.submitStory(db(), p.ha!, { id: story.id, version: returned.version }));
    expect((await getStoryForEditing(db(), p.ha!, story.id))!.returned).toBeNull();

    const withdrawn = await submitted();
    ok(await workflow.withdrawStory(db(), p.ha!, { id: withdrawn.id, version: withdrawn.version }));
    const draft = (await getStoryForEditing(db(), p.ha!, withdrawn.id))!;
    expect(draft).toMatchObject({ status: "draft", returned: null });
  });

  it("gives the live address only while readers can open the story", async () => {
    const story = await approved();
    expect((await getStoryForEditing(db(), p.chief!, story.id))!.publicPath).toBeNull();
    const published = ok(await workflow.publishStory(db(), p.chief!, { id: story.id, version: story.version }));
    const view = (await getStoryForEditing(db(), p.chief!, story.id))!;
    expect(view.publicPath).toBe(`/chinh-tri/${view.slug}-${story.id}`);
    ok(await workflow.unpublishStory(db(), p.chief!, { id: story.id, version: published.version, reason: "Sai số liệu." }));
    expect((await getStoryForEditing(db(), p.chief!, story.id))!.publicPath).toBeNull();
  });
});
