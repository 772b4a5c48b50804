// The desk queue with desks, on a real database: an editor on desks starts at their desks' sections
// ("Ban của tôi", subsections following their parent), "Tất cả" shows the whole paper (reading is
// paper-wide) with Nhận bài only where their desks reach, one desk can be picked, and the counts
// follow the filter. Before any desk exists the queue is as it always was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeDesk, makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { deskReachOf } from "@/lib/desks/reach";
import type { Actor } from "@/lib/policy/policy";
import { queueFilterSchema, searchQueue } from "./newsroom-queries";

let handle: DatabaseHandle;
const db = () => handle.db;
const filter = (raw: Record<string, unknown> = {}) => queueFilterSchema.parse(raw);
const titles = (page: { rows: { title: string }[] }) => page.rows.map((r) => r.title).sort();

let news: { id: number };
let newsChild: { id: number };
let business: { id: number };
let loose: { id: number };
let chief: Actor;
let paperWide: Actor;

beforeAll(async () => {
  handle = await openTestDatabase();
  chief = await makePerson(db(), "chief_editor");
  paperWide = await makePerson(db(), "editor");
  news = await makeSection(db(), { name: "Thời sự" });
  newsChild = await makeSection(db(), { name: "Biên giới", parentId: news.id });
  business = await makeSection(db(), { name: "Kinh tế" });
  loose = await makeSection(db(), { name: "Thể thao" });
  await makeStory(db(), { status: "submitted", section: news, title: "Tin thời sự" });
  await makeStory(db(), { status: "submitted", section: newsChild, title: "Tin biên giới" });
  await makeStory(db(), { status: "submitted", section: business, title: "Tin kinh tế" });
  await makeStory(db(), { status: "submitted", section: loose, title: "Tin thể thao" });
  await makeStory(db(), { status: "approved", section: business, title: "Bài kinh tế đã duyệt" });
});
afterAll(async () => handle?.close());

const withReach = async (person: Actor): Promise<Actor> => ({ ...person, desks: await deskReachOf(db(), person.id) });

describe("a paper without desks", () => {
  it("shows every section to every editor, names no desk, and offers Nhận bài on every waiting story", async () => {
    for (const who of [paperWide, chief, await withReach(paperWide)]) {
      const page = await searchQueue(db(), who, filter());
      expect(titles(page)).toEqual(["Tin biên giới", "Tin kinh tế", "Tin thể thao", "Tin thời sự"]);
      expect(page.counts).toEqual({ submitted: 4, approved: 1 });
      expect(page.rows.every((r) => r.deskName === null && r.claimable)).toBe(true);
      // A desk asked for by a paper without desks: nothing is in it.
      expect((await searchQueue(db(), who, filter({ desk: "all" }))).total).toBe(4);
    }
  });
});

describe("a paper with desks", () => {
  let newsDesk: { id: number };
  let businessDesk: { id: number };
  let member: Actor;

  beforeAll(async () => {
    const person = await makePerson(db(), "editor");
    newsDesk = await makeDesk(db(), { name: "Ban Thời sự", sectionIds: [news.id], members: [{ userId: person.id }] });
    businessDesk = await makeDesk(db(), { name: "Ban Kinh tế", sectionIds: [business.id] });
    member = await withReach(person);
  });

  it("starts an editor on desks at their desks' sections, subsections following, counts following", async () => {
    const mine = await searchQueue(db(), member, filter());
    expect(titles(mine)).toEqual(["Tin biên giới", "Tin thời sự"]);
    expect(mine.counts).toEqual({ submitted: 2 });
    expect(mine.rows.map((r) => [r.deskName, r.claimable])).toEqual([
      ["Ban Thời sự", true],
      ["Ban Thời sự", true],
    ]);
    expect(titles(await searchQueue(db(), member, filter({ desk: "mine" })))).toEqual(titles(mine));
  });

  it("shows everything under Tất cả, with Nhận bài only within their desks", async () => {
    const all = await searchQueue(db(), member, filter({ desk: "all" }));
    expect(all.counts).toEqual({ submitted: 4, approved: 1 });
    const byTitle = new Map(all.rows.map((r) => [r.title, r]));
    expect(byTitle.get("Tin kinh tế")).toMatchObject({ deskName: "Ban Kinh tế", claimable: false });
    expect(byTitle.get("Tin thể thao")).toMatchObject({ deskName: null, claimable: false });
    expect(byTitle.get("Tin biên giới")).toMatchObject({ deskName: "Ban Thời sự", claimable: true });
  });

  it("picks one desk", async () => {
    const one = await searchQueue(db(), member, filter({ desk: String(businessDesk.id) }));
    expect(titles(one)).toEqual(["Tin kinh tế"]);
    expect(one.counts).toEqual({ submitted: 1, approved: 1 });
    expect(titles(await searchQueue(db(), chief, filter({ desk: String(newsDesk.id) })))).toEqual(["Tin biên giới", "Tin thời sự"]);
  });

  it("starts the chief editor and editors on no desk at the whole paper, able to claim anywhere", async () => {
    for (const who of [chief, await withReach(paperWide)]) {
      const page = await searchQueue(db(), who, filter());
      expect(page.total).toBe(4);
      expect(page.rows.every((r) => r.claimable)).toBe(true);
      // "Ban của tôi" asked by someone on no desk is everything.
      expect((await searchQueue(db(), who, filter({ desk: "mine" }))).total).toBe(4);
    }
    // A chief editor on a desk still starts paper-wide; their desk is there when asked for.
    const chiefOnDesk = { ...chief, desks: member.desks };
    expect((await searchQueue(db(), chiefOnDesk, filter())).total).toBe(4);
    expect((await searchQueue(db(), chiefOnDesk, filter({ desk: "mine" }))).total).toBe(2);
  });

  it("ignores a malformed desk value", () => {
    expect(filter({ desk: "0" }).desk).toBeUndefined();
    expect(filter({ desk: "x" }).desk).toBeUndefined();
    expect(filter({ desk: "12" }).desk).toBe("12");
  });
});
