// The factories make what the workflow would have made: a story of each state is in that state to
// the policy and to the readers' queries, and the next move the workflow allows goes through.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { storyStatuses, storyTransitions, users, type Section, type StoryStatus } from "@/db/schema";
import type { CommandResult } from "@/lib/actions/command";
import type { Actor } from "@/lib/policy/policy";
import { readStory } from "@/lib/stories/loader";
import { getStoryView } from "@/lib/stories/public-queries";
import * as workflow from "@/lib/workflow/commands";
import { makePerson, makeSection, makeStory } from "./factories";

let handle: DatabaseHandle;
let reporter: Actor;
let editor: Actor;
let chief: Actor;
let section: Section;
const db = () => handle.db;

beforeAll(async () => {
  handle = await openTestDatabase();
  reporter = await makePerson(db(), "reporter");
  editor = await makePerson(db(), "editor");
  chief = await makePerson(db(), "chief_editor");
  section = await makeSection(db());
});
afterAll(async () => handle?.close());

// The move each state waits for, by the person who makes it.
const nextMove: Record<StoryStatus, (story: { id: number; version: number }) => Promise<CommandResult<unknown>>> = {
  draft: ({ id, version }) => workflow.submitStory(db(), reporter, { id, version }),
  submitted: ({ id, version }) => workflow.claimStory(db(), editor, { id, version }),
  in_review: ({ id, version }) => workflow.approveStory(db(), editor, { id, version }),
  approved: ({ id, version }) => workflow.publishStory(db(), chief, { id, version }),
  scheduled: ({ id, version }) => workflow.unscheduleStory(db(), chief, { id, version }),
  published: ({ id, version }) => workflow.unpublishStory(db(), chief, { id, version, reason: "Sai số liệu." }),
  unpublished: ({ id, version }) => workflow.republishStory(db(), chief, { id, version }),
};

describe("makeStory", () => {
  it.each(storyStatuses)("leaves a story %s: so to the policy and the readers, with its trail, and ready for the next move", async (status) => {
    const story = await makeStory(db(), { status, author: reporter, desk: editor, chief, section });

    const loaded = await readStory(db(), reporter, story.id);
    expect(loaded?.scope).toMatchObject({ status, authorIds: [reporter.id], heldById: status === "in_review" ? editor.id : null });
    expect((await getStoryView(db(), story.id)) !== null).toBe(status === "published");
    const trail = await db().select().from(storyTransitions).where(eq(storyTransitions.storyId, story.id)).orderBy(asc(storyTransitions.id));
    expect(trail.at(-1)?.toStatus ?? "draft").toBe(status);
    expect(trail.at(-1)?.version ?? 1).toBe(story.version);

    expect(await nextMove[status](story)).toMatchObject({ ok: true });
  });

  it("counts a scheduled story whose time has passed as published, as readers and the policy do", async () => {
    const story = await makeStory(db(), { status: "scheduled", publishedAt: new Date(Date.now() - 60_000), section });
    expect(await getStoryView(db(), story.id)).not.toBeNull();
    expect((await readStory(db(), chief, story.id))?.scope.status).toBe("published");
  });
});

describe("makePerson and makeSection", () => {
  it("give each call its own e-mail and slug, and a pen name in capitals by default", async () => {
    const [a, b] = [await makePerson(db(), "reporter"), await makePerson(db(), "reporter", { name: "Đỗ Thị Ngọc" })];
    const emails = await db().select({ id: users.id, email: users.email }).from(users);
    expect(new Set(emails.map((u) => u.email)).size).toBe(emails.length);
    expect(b).toEqual({ id: b.id, role: "reporter", name: "Đỗ Thị Ngọc", penName: "ĐỖ THỊ NGỌC" });
    expect(a.id).not.toBe(b.id);
    const [x, y] = [await makeSection(db()), await makeSection(db())];
    expect(x.slug).not.toBe(y.slug);
    expect(x).toMatchObject({ parentId: null, hidden: false });
  });
});
