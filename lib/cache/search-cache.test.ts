// The search answer cache: readers asking alike share one answer, and a change of what readers
// may see is searchable as soon as the publication worker says so (forgetSearches).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import type { Section } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { bodyFromBlocks } from "@/lib/stories/body";
import { cachedSearch, forgetSearches } from "./search-cache";

let handle: DatabaseHandle;
let author: Actor;
let section: Section;

beforeAll(async () => {
  handle = await openTestDatabase();
  author = await makePerson(handle.db, "reporter");
  section = await makeSection(handle.db);
  forgetSearches();
});
afterAll(async () => handle?.close());

async function publish(title: string) {
  await makeStory(handle.db, {
    status: "published",
    title,
    sapo: "",
    body: bodyFromBlocks([]),
    byline: ["BBT"],
    section,
    author,
    publishedAt: new Date(Date.now() - 60_000),
  });
}

it("answers queries that read alike from one search, and finds a new story once told to forget", async () => {
  await publish("Hợp tác xã chè Bảo Lâm xuất khẩu lô hàng đầu tiên");
  const first = await cachedSearch(handle.db, "chè Bảo Lâm", { page: 1 });
  expect(first.total).toBe(1);
  expect(await cachedSearch(handle.db, "CHÈ  BẢO LÂM", { page: 1 })).toBe(first);

  await publish("Chè Bảo Lâm vào siêu thị");
  expect((await cachedSearch(handle.db, "chè Bảo Lâm", { page: 1 })).total).toBe(1); // the minute-long answer
  forgetSearches();
  expect((await cachedSearch(handle.db, "chè Bảo Lâm", { page: 1 })).total).toBe(2);
});

it("does not keep an answer read before a forget", async () => {
  const inFlight = cachedSearch(handle.db, "Bảo Lâm", { page: 1 });
  forgetSearches();
  await publish("Bảo Lâm mở rộng vùng chè");
  const before = await inFlight;
  expect((await cachedSearch(handle.db, "Bảo Lâm", { page: 1 })).total).toBeGreaterThanOrEqual(before.total);
  expect(await cachedSearch(handle.db, "Bảo Lâm", { page: 1 })).not.toBe(before);
});
