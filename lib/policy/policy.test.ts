import { describe, expect, it } from "vitest";
import { roles, storyStatuses, type Role, type StoryStatus } from "@/db/schema";
import { can, siteActions, storyActions, type Actor, type StoryScope } from "./policy";

const actor = (role: Role, id = 10): Actor => ({ id, role, name: role, penName: role.toUpperCase() });
const reporter = actor("reporter", 1);
const otherReporter = actor("reporter", 2);
const editor = actor("editor", 3);
const otherEditor = actor("editor", 4);
const chief = actor("chief_editor", 5);
const admin = actor("admin", 6);

const story = (status: StoryStatus, extra: Partial<StoryScope> = {}): StoryScope => ({
  status,
  createdById: reporter.id,
  authorIds: [reporter.id],
  sectionId: null,
  heldById: status === "in_review" ? editor.id : null,
  ...extra,
});

describe("site permissions by role", () => {
  const expected: Record<Role, string[]> = {
    reporter: ["newsroom.enter", "story.create", "story.import", "media.upload", "profile.edit"],
    editor: ["newsroom.enter", "story.create", "story.import", "media.upload", "queue.view", "profile.edit"],
    chief_editor: ["newsroom.enter", "story.create", "story.import", "media.upload", "queue.view", "homepage.curate", "profile.edit"],
    admin: ["newsroom.enter", "users.manage", "sections.manage", "desks.manage", "settings.manage", "audit.view", "profile.edit"],
  };
  for (const role of roles) {
    it(`${role} may do exactly its own list`, () => {
      const allowed = siteActions.filter((a) => can(actor(role), a));
      expect(allowed.sort()).toEqual([...expected[role]].sort());
    });
  }
  it("a signed-out visitor may do nothing", () => {
    for (const a of siteActions) expect(can(null, a)).toBe(false);
    for (const a of storyActions) expect(can(null, a, story("published"))).toBe(false);
  });
});

describe("reporter", () => {
  it("edits and submits own draft, not another reporter's", () => {
    expect(can(reporter, "story.edit", story("draft"))).toBe(true);
    expect(can(reporter, "story.submit", story("draft"))).toBe(true);
    expect(can(otherReporter, "story.view", story("draft"))).toBe(false);
    expect(can(otherReporter, "story.edit", story("draft"))).toBe(false);
    expect(can(otherReporter, "story.submit", story("draft"))).toBe(false);
  });
  it("a co-author counts as an author", () => {
    const shared = story("draft", { authorIds: [reporter.id, otherReporter.id] });
    expect(can(otherReporter, "story.edit", shared)).toBe(true);
  });
  it("cannot edit after submitting, but may withdraw until claimed", () => {
    expect(can(reporter, "story.edit", story("submitted"))).toBe(false);
    expect(can(reporter, "story.withdraw", story("submitted"))).toBe(true);
    expect(can(reporter, "story.withdraw", story("in_review"))).toBe(false);
    expect(can(otherReporter, "story.withdraw", story("submitted"))).toBe(false);
  });
  it("sees own stories in every state but takes no desk action", () => {
    for (const status of storyStatuses) {
      expect(can(reporter, "story.view", story(status))).toBe(true);
      for (const a of ["story.claim", "story.approve", "story.return", "story.schedule", "story.publish", "story.unpublish", "story.correct"] as const) {
        expect(can(reporter, a, story(status))).toBe(false);
      }
    }
  });
});

describe("editor", () => {
  it("never sees other people's drafts", () => {
    expect(can(editor, "story.view", story("draft"))).toBe(false);
    expect(can(editor, "story.edit", story("draft"))).toBe(false);
  });
  it("claims a submitted story, then edits, approves or returns it only while holding it", () => {
    expect(can(editor, "story.claim", story("submitted"))).toBe(true);
    expect(can(editor, "story.edit", story("submitted"))).toBe(false);
    const held = story("in_review", { heldById: editor.id });
    expect(can(editor, "story.edit", held)).toBe(true);
    expect(can(editor, "story.approve", held)).toBe(true);
    expect(can(editor, "story.return", held)).toBe(true);
    expect(can(otherEditor, "story.edit", held)).toBe(false);
    expect(can(otherEditor, "story.approve", held)).toBe(false);
    expect(can(otherEditor, "story.return", held)).toBe(false);
    expect(can(otherEditor, "story.takeover", held)).toBe(true);
    expect(can(editor, "story.takeover", held)).toBe(false);
    // A story whose holder was locked out or lapsed can be taken by anyone on the desk.
    expect(can(editor, "story.takeover", story("in_review", { heldById: null }))).toBe(true);
    expect(can(reporter, "story.takeover", story("in_review", { heldById: null }))).toBe(false);
  });
  it("cannot schedule, publish, unpublish or correct", () => {
    expect(can(editor, "story.schedule", story("approved"))).toBe(false);
    expect(can(editor, "story.publish", story("approved"))).toBe(false);
    expect(can(editor, "story.unpublish", story("published"))).toBe(false);
    expect(can(editor, "story.correct", story("published"))).toBe(false);
  });
});

describe("chief editor", () => {
  it("schedules, publishes, unpublishes, republishes and corrects", () => {
    expect(can(chief, "story.schedule", story("approved"))).toBe(true);
    expect(can(chief, "story.publish", story("approved"))).toBe(true);
    expect(can(chief, "story.publish", story("scheduled"))).toBe(true);
    expect(can(chief, "story.unschedule", story("scheduled"))).toBe(true);
    expect(can(chief, "story.unpublish", story("published"))).toBe(true);
    expect(can(chief, "story.republish", story("unpublished"))).toBe(true);
    expect(can(chief, "story.correct", story("published"))).toBe(true);
  });
  it("cannot publish what was never approved", () => {
    for (const status of ["draft", "submitted", "in_review"] as const) {
      expect(can(chief, "story.publish", story(status, { createdById: chief.id }))).toBe(false);
      expect(can(chief, "story.schedule", story(status, { createdById: chief.id }))).toBe(false);
    }
  });
  it("edits a published story only through a correction", () => {
    expect(can(chief, "story.edit", story("published"))).toBe(false);
  });
});

describe("admin", () => {
  it("has no editorial power", () => {
    for (const status of storyStatuses) {
      for (const a of storyActions) {
        expect(can(admin, a, story(status, { createdById: admin.id, authorIds: [admin.id], heldById: admin.id }))).toBe(false);
      }
    }
  });
});

describe("whole matrix", () => {
  it("no role edits a published or unpublished story in place, and nobody edits a submitted one", () => {
    for (const role of roles) {
      for (const status of ["submitted", "published", "unpublished"] as const) {
        const a = actor(role, reporter.id);
        expect(can(a, "story.edit", story(status, { heldById: a.id }))).toBe(false);
      }
    }
  });
});
