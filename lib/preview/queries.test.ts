// Xem trước is for the staff who may see the story, whatever its state, and for no one else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { sections, stories, storyAuthors, users, type Role, type StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { mayPreview } from "./queries";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};
let sectionId: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  for (const [key, role] of [["author", "reporter"], ["other", "reporter"], ["editor", "editor"], ["chief", "chief_editor"], ["admin", "admin"]] as [string, Role][]) {
    const [row] = await handle.db.insert(users).values({ email: `${key}@toasoan.test`, name: key, penName: key.toUpperCase(), role }).returning({ id: users.id });
    people[key] = { id: row!.id, role, name: key, penName: key.toUpperCase() };
  }
  const [section] = await handle.db.insert(sections).values({ slug: "kinh-te", name: "Kinh tế" }).returning({ id: sections.id });
  sectionId = section!.id;
});
afterAll(async () => handle?.close());

async function storyIn(status: StoryStatus) {
  const [row] = await handle.db.insert(stories).values({ title: "Giá lúa tăng", sectionId, status, createdById: people.author!.id }).returning({ id: stories.id });
  await handle.db.insert(storyAuthors).values({ storyId: row!.id, userId: people.author!.id });
  return row!.id;
}

describe("who may preview", () => {
  it.each([
    ["draft", ["author"]],
    ["submitted", ["author", "editor", "chief"]],
    ["scheduled", ["author", "editor", "chief"]],
    ["unpublished", ["author", "editor", "chief"]],
  ] as [StoryStatus, string[]][])("a story in state %s: %j", async (status, allowed) => {
    const id = await storyIn(status);
    for (const key of Object.keys(people)) expect([key, await mayPreview(handle.db, people[key]!, id)]).toEqual([key, allowed.includes(key)]);
    expect(await mayPreview(handle.db, null, id)).toBe(false);
  });

  it("answers no for a story that does not exist", async () => {
    expect(await mayPreview(handle.db, people.chief!, 999_999)).toBe(false);
  });
});
