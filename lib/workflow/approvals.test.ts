// Two pairs of eyes on every path that records an approval: the desk's Duyệt bài, and the chief
// editor's Xuất bản ngay and Lên lịch (the last level). With one level the rule does not apply.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { siteSettings, storyApprovals, type Section } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { getStoryForEditing } from "@/lib/stories/editor-queries";
import { approveStory, claimStory, publishStory, scheduleStory } from "./commands";

let handle: DatabaseHandle;
let reporter: Actor;
let editor: Actor;
let chief: Actor;
let otherChief: Actor;
let section: Section;
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

beforeAll(async () => {
  handle = await openTestDatabase();
  [reporter, editor, chief, otherChief] = await Promise.all([
    makePerson(handle.db, "reporter"),
    makePerson(handle.db, "editor"),
    makePerson(handle.db, "chief_editor"),
    makePerson(handle.db, "chief_editor"),
  ]);
  section = await makeSection(handle.db);
});
afterAll(async () => handle?.close());

describe("with two approval levels", () => {
  it("a chief editor who approved level 1 can neither publish nor schedule it; another chief can", async () => {
    const story = await makeStory(handle.db, { status: "approved", author: reporter, desk: chief, section });
    expect(await publishStory(handle.db, chief, { id: story.id, version: story.version })).toMatchObject({ ok: false, code: "already_approved" });
    expect(await scheduleStory(handle.db, chief, { id: story.id, version: story.version, publishAt: inAnHour() })).toMatchObject({
      ok: false,
      code: "already_approved",
    });
    const view = await getStoryForEditing(handle.db, chief, story.id);
    expect(view?.may).toMatchObject({ publish: false, schedule: false });
    expect((await getStoryForEditing(handle.db, otherChief, story.id))?.may).toMatchObject({ publish: true, schedule: true });

    expect(await publishStory(handle.db, otherChief, { id: story.id, version: story.version })).toMatchObject({ ok: true });
    const levels = await handle.db.select().from(storyApprovals).where(eq(storyApprovals.storyId, story.id));
    expect(new Set(levels.map((a) => a.userId)).size).toBe(levels.length);
  });

  it("nobody approves or publishes a story they wrote", async () => {
    const ownByEditor = await makeStory(handle.db, { status: "submitted", author: editor, section });
    const claimed = await claimStory(handle.db, editor, { id: ownByEditor.id });
    expect(claimed).toMatchObject({ ok: true });
    const version = claimed.ok ? claimed.data.version : 0;
    expect(await approveStory(handle.db, editor, { id: ownByEditor.id, version })).toMatchObject({ ok: false, code: "already_approved" });

    const ownByChief = await makeStory(handle.db, { status: "approved", author: chief, desk: editor, section });
    expect(await publishStory(handle.db, chief, { id: ownByChief.id, version: ownByChief.version })).toMatchObject({ ok: false, code: "already_approved" });
    expect(await publishStory(handle.db, otherChief, { id: ownByChief.id, version: ownByChief.version })).toMatchObject({ ok: true });
  });
});

describe("with one approval level", () => {
  beforeAll(async () => {
    await handle.db
      .insert(siteSettings)
      .values({ key: "approvalLevels", value: 1 })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: 1 } });
  });
  afterAll(async () => {
    await handle.db.delete(siteSettings).where(eq(siteSettings.key, "approvalLevels"));
  });

  it("the chief editor may approve and publish alone, as a small paper does", async () => {
    const story = await makeStory(handle.db, { status: "approved", author: reporter, desk: chief, section });
    expect(await publishStory(handle.db, chief, { id: story.id, version: story.version })).toMatchObject({ ok: true });
  });
});
