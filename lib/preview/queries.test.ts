// Xem trước is for the staff who may see the story, whatever its state, and for no one else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import type { Role, Section, StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { mayPreview } from "./queries";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};
let section: Section;

beforeAll(async () => {
  handle = await openTestDatabase();
  for (const [key, role] of [
    ["author", "reporter"],
    ["other", "reporter"],
    ["editor", "editor"],
    ["chief", "chief_editor"],
    ["admin", "admin"],
  ] as [string, Role][]) {
    people[key] = await makePerson(handle.db, role);
  }
  section = await makeSection(handle.db);
});
afterAll(async () => handle?.close());

async function storyIn(status: StoryStatus) {
  const story = await makeStory(handle.db, { status, title: "Giá lúa tăng", section, author: people.author!, desk: people.editor!, chief: people.chief! });
  return story.id;
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
