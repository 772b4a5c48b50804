// The pair dictionary (search_pairs): which writes fill it, what they count, and that its words are
// the words a query is cut into. On a real database (in-memory PGlite, or PostgreSQL with DATABASE_URL).
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { rowsOf, type DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { searchPairs, stories, type Section } from "@/db/schema";
import { bodyFromBlocks } from "@/lib/stories/body";
import { derivedColumns } from "@/lib/stories/derived";
import type { Actor } from "@/lib/policy/policy";
import { foldedWords, searchColumns } from "./tokens";

let handle: DatabaseHandle;
let author: Actor;
let section: Section;
beforeAll(async () => {
  handle = await openTestDatabase();
  author = await makePerson(handle.db, "reporter");
  section = await makeSection(handle.db, { name: "Thời sự" });
});
afterAll(async () => handle?.close());

/** The dictionary's uses of the adjacent pairs of `text`, "first second" → uses (a pair it lacks is left out). */
async function usesOf(text: string): Promise<Record<string, number>> {
  const words = foldedWords(text);
  const pairs = words.slice(1).map((w, i) => sql`(${words[i]!}::text, ${w}::text)`);
  const rows = await handle.db
    .select()
    .from(searchPairs)
    .where(sql`(${searchPairs.first}, ${searchPairs.second}) in (${sql.join(pairs, sql`, `)})`);
  return Object.fromEntries(rows.map((r) => [`${r.first} ${r.second}`, r.uses]));
}

const text = (title: string, paragraphs: string[] = []) => ({
  title,
  sapo: "",
  body: bodyFromBlocks(paragraphs.map((t) => ({ type: "paragraph" as const, text: t }))),
  byline: ["BBT"],
});

it("takes the pairs of a story when it goes public, none of a draft, none with a number or across two fields", async () => {
  const story = await makeStory(handle.db, { ...text("Chợ Đông Kinh mở cửa", ["Ngày 28/6 chợ đông khách."]), section, author });
  expect(await usesOf("chợ đông kinh mở cửa, chợ đông khách")).toEqual({});
  await handle.db.update(stories).set({ status: "published", publishedAt: new Date() }).where(eq(stories.id, story.id));
  // Not "cua ngay" (title, body) nor "ngay 28", "6 cho".
  expect(await usesOf("chợ đông kinh mở cửa ngày 28 6 chợ đông khách")).toEqual({ "cho dong": 1, "dong kinh": 1, "kinh mo": 1, "mo cua": 1, "dong khach": 1 });
});

it("counts stories, not writes: a save with the same words, a scheduled story coming due, a take-down and a republication add nothing", async () => {
  const fields = text("Đồng Đăng đón khách", ["Đồng Đăng đón khách du lịch."]);
  const story = await makeStory(handle.db, { ...fields, section, author, status: "scheduled" });
  await makeStory(handle.db, { ...text("Đồng Đăng đón khách"), section, author, status: "published" });
  const counted = { "dong dang": 2, "dang don": 2, "don khach": 2, "khach du": 1, "du lich": 1 };
  expect(await usesOf("đồng đăng đón khách du lịch")).toEqual(counted);
  await handle.db
    .update(stories)
    .set({ ...derivedColumns(fields), version: 5 })
    .where(eq(stories.id, story.id));
  await handle.db.update(stories).set({ status: "published" }).where(eq(stories.id, story.id));
  await handle.db.update(stories).set({ status: "unpublished" }).where(eq(stories.id, story.id));
  await handle.db.update(stories).set({ status: "published" }).where(eq(stories.id, story.id));
  expect(await usesOf("đồng đăng đón khách du lịch")).toEqual(counted);
  // A correction counts the pairs it brings, not the ones the story had.
  await handle.db
    .update(stories)
    .set(derivedColumns(text("Đồng Đăng đón khách", ["Đồng Đăng đón khách du lịch quốc tế."])))
    .where(eq(stories.id, story.id));
  expect(await usesOf("đồng đăng đón khách du lịch quốc tế")).toEqual({ ...counted, "lich quoc": 1, "quoc te": 1 });
});

it("stops counting a pair at 50 stories", async () => {
  for (let i = 0; i < 52; i++) await makeStory(handle.db, { ...text("Mẫu Sơn"), section, author, status: "published", history: false });
  expect(await usesOf("mẫu sơn")).toEqual({ "mau son": 50 });
});

it("cuts a story into the same words as a query (search_pairs_of on the stored text)", async () => {
  const story = {
    title: "Uỷ ban nhân dân tỉnh: Kế hoạch 2026",
    sapo: "Đ\u00d0ường “Hoàng Văn Thụ” – phố\u00a0đi bộ",
    byline: ["THU HÀ", "MINH ĐỨC"],
    bodyText: "Xe 16 chỗ, giá 1.200.000 đồng/người.",
  };
  const { searchFolded } = searchColumns(story);
  const rows = rowsOf<{ w1: string; w2: string }>(await handle.db.execute(sql`select w1, w2 from search_pairs_of(${searchFolded}::text) order by w1, w2`));
  // Adjacent words within each field, none with a digit.
  const expected = [story.title, story.sapo, ...story.byline, story.bodyText].flatMap((field) => {
    const words = foldedWords(field);
    return words.slice(1).flatMap((w, i) => (/[0-9]/.test(w) || /[0-9]/.test(words[i]!) ? [] : [`${words[i]} ${w}`]));
  });
  expect(rows.map((r) => `${r.w1} ${r.w2}`)).toEqual([...new Set(expected)].sort());
});
