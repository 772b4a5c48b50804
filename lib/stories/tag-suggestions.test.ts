// Tag type-ahead shows only tags of stories the person may see, or that readers see: another
// reporter's private draft must not leak what it is about through its tags.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeStory } from "@/db/factories";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { suggestTags } from "./editor-queries";

let handle: DatabaseHandle;
let author: Actor;
let otherReporter: Actor;
let editor: Actor;

beforeAll(async () => {
  handle = await openTestDatabase();
  [author, otherReporter, editor] = await Promise.all([makePerson(handle.db, "reporter"), makePerson(handle.db, "reporter"), makePerson(handle.db, "editor")]);
  await makeStory(handle.db, { status: "draft", author, tags: ["Bí mật điều tra"] });
  await makeStory(handle.db, { status: "submitted", author, tags: ["Bí mật đã gửi"] });
  await makeStory(handle.db, { status: "published", author, tags: ["Bí mật công khai"] });
});
afterAll(async () => handle?.close());

describe("tag suggestions", () => {
  it("give the author the tags of their own drafts", async () => {
    expect((await suggestTags(handle.db, author, "bí mật")).sort()).toEqual(["Bí mật công khai", "Bí mật điều tra", "Bí mật đã gửi"].sort());
  });

  it("never give another reporter the tags of a draft or a story they may not see", async () => {
    expect(await suggestTags(handle.db, otherReporter, "bí mật")).toEqual(["Bí mật công khai"]);
  });

  it("give the desk what was sent to it, not private drafts", async () => {
    expect((await suggestTags(handle.db, editor, "bí mật")).sort()).toEqual(["Bí mật công khai", "Bí mật đã gửi"].sort());
  });
});
