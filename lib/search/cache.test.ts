// The search answer cache: readers asking alike share one answer, and a change of what readers
// may see is searchable as soon as the publication worker says so (forgetSearches).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { sections, stories, users } from "@/db/schema";
import { bodyFromBlocks } from "@/lib/stories/body";
import { derivedColumns } from "@/lib/stories/derived";
import { cachedSearch, forgetSearches } from "./cache";

let handle: DatabaseHandle;
let authorId: number;
let sectionId: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  const [author] = await handle.db.insert(users).values({ email: "pv@toasoan.test", name: "Phóng viên", penName: "PV", role: "reporter" }).returning({ id: users.id });
  const [section] = await handle.db.insert(sections).values({ slug: "kinh-te", name: "Kinh tế" }).returning({ id: sections.id });
  authorId = author!.id;
  sectionId = section!.id;
  forgetSearches();
});
afterAll(async () => handle?.close());

async function publish(title: string) {
  const fields = { title, sapo: "", body: bodyFromBlocks([]), byline: ["BBT"] };
  await handle.db.insert(stories).values({
    ...fields,
    ...derivedColumns(fields),
    sectionId,
    slug: "bai",
    status: "published",
    publishedAt: new Date(Date.now() - 60_000),
    createdById: authorId,
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
