// Relevance of the public search over a small corpus with the traps of Vietnamese text, on a real
// database (in-memory PGlite, or PostgreSQL with DATABASE_URL).
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { stories, type Section, type StoryStatus } from "@/db/schema";
import { bodyFromBlocks } from "@/lib/stories/body";
import { refreshDerivedColumns } from "@/lib/stories/derived";
import type { Actor } from "@/lib/policy/policy";
import { slugify } from "@/lib/text/slug";
import type { Segment } from "./highlight";
import { searchResultsJson, searchStories } from "./search";

let handle: DatabaseHandle;
let author: Actor;
let section: Section;
const keyOf = new Map<number, string>();

type CorpusStory = { title: string; sapo?: string; body?: string[]; byline?: string[]; status?: StoryStatus; daysAgo?: number; raw?: boolean };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Keys name the trap each story sets. Unless said otherwise a story is published, dated daysAgo.
const corpus: Record<string, CorpusStory> = {
  "dang-title": {
    title: "Đại hội Đảng bộ tỉnh lần thứ XVII thành công tốt đẹp",
    sapo: "Đại hội đã bầu Ban Chấp hành nhiệm kỳ mới.",
    daysAgo: 20,
  },
  "dang-body": {
    title: "Bầu cử đại biểu HĐND các cấp nhiệm kỳ mới",
    body: ["Cuộc bầu cử đặt dưới sự lãnh đạo của Đảng, bảo đảm dân chủ, đúng luật."],
    daysAgo: 30,
  },
  "dang-collision-dang": { title: "Thành phố đang triển khai dự án cấp nước sạch", body: ["Dự án đang được đẩy nhanh tiến độ."], daysAgo: 1 },
  "dang-collision-dáng": { title: "Giữ dáng khỏe mùa hè với bài tập đơn giản", daysAgo: 2 },
  "dang-collision-đáng": { title: "Những con số đáng chú ý về du lịch Lạng Sơn", daysAgo: 3 },
  "uy-ban-old-placement": { title: "Uỷ ban nhân dân tỉnh họp phiên thường kỳ tháng Mười", daysAgo: 5 },
  "uy-ban-new-placement": { title: "Ủy ban Mặt trận Tổ quốc tỉnh phát động quỹ Vì người nghèo", daysAgo: 6 },
  lookalike: { title: "\u00d0oàn thanh niên ra quân tình nguyện hè", sapo: "Hơn 300 \u00d0OÀN VIÊN tham gia.", daysAgo: 7 },
  nbsp: { title: "Hội chợ nông sản\u00a0Lạng\u00a0Sơn mở cửa", sapo: "Sáng nay, tại thành phố, hội\u00a0chợ thu hút đông khách.", daysAgo: 8 },
  nfd: { title: "Nguyễn Thị Bích Ngọc nhận giải thưởng báo chí".normalize("NFD"), raw: true, daysAgo: 9 },
  "xay-dung-nong-thon": { title: "Xây dựng nông thôn mới ở Bắc Sơn về đích sớm", daysAgo: 10 },
  "phrase-together": { title: "Doanh nghiệp tăng tốc", body: ["Nhiều đơn vị đẩy mạnh chuyển đổi số trong sản xuất."], daysAgo: 40 },
  "phrase-apart": { title: "Doanh nghiệp nhỏ xoay xở", body: ["Họ chuyển hướng kinh doanh, đổi mới mẫu mã, tăng số lượng đơn hàng."], daysAgo: 1 },
  "equal-older": { title: "Mùa hồng không hạt ở Bảo Lâm", body: ["Hồng chín đỏ đồi."], daysAgo: 365 },
  "equal-newer": { title: "Mùa hồng không hạt ở Bảo Lâm", body: ["Hồng chín đỏ đồi."], daysAgo: 4 },
  byline: { title: "Cửa khẩu tấp nập xe hàng cuối năm", byline: ["THU HÀ", "MINH ĐỨC"], daysAgo: 12 },
  fixture: {
    title: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện",
    sapo: "Chiều nay (28/6), Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến giao ban công tác xây dựng Đảng 6 tháng đầu năm.",
    body: [
      "Tại điểm cầu tỉnh Lạng Sơn, dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy.",
      "Công tác tổ chức xây dựng Đảng tỉnh Lạng Sơn đã đạt được nhiều kết quả quan trọng.",
    ],
    byline: ["PHƯƠNG DUNG"],
    daysAgo: 1200,
  },
  // Newer, with "xây dựng" and "Đảng" in the title and the phrase mentioned less.
  "fixture-rival": { title: "Đảng ủy xã nâng cao chất lượng sinh hoạt chi bộ, xây dựng Đảng vững mạnh", daysAgo: 8 },
  // Never shown: not yet due, taken down, a draft, awaiting review.
  "scheduled-future": { title: "Lễ hội hoa đào Mẫu Sơn khai mạc", status: "scheduled", daysAgo: -1 },
  unpublished: { title: "Lễ hội hoa đào Mẫu Sơn hoãn tổ chức", status: "unpublished", daysAgo: 2 },
  draft: { title: "Lễ hội hoa đào bản nháp", status: "draft" },
  submitted: { title: "Lễ hội hoa đào chờ duyệt", status: "submitted" },
  // Scheduled and due: readers see it without any job having run.
  "scheduled-due": { title: "Sen hồng nở rộ ở Tân Thanh", status: "scheduled", daysAgo: 0.01 },
  // Places of Lạng Sơn, each with a newer story that has the words of a typo of its name, apart:
  // without correction the distractor comes first.
  "place-tan-thanh": {
    title: "Cửa khẩu Tân Thanh nhộn nhịp ngày cuối năm",
    sapo: "Hàng hóa qua cửa khẩu Tân Thanh tăng mạnh.",
    body: ["Xã Tân Thanh đón nhiều xe hàng."],
    daysAgo: 15,
  },
  "distractor-tan-thang": {
    title: "Tháng Giêng, tân binh lên đường nhập ngũ",
    sapo: "Trong tháng này, hơn 500 tân binh của tỉnh lên đường.",
    body: ["Các tân binh tham gia huấn luyện."],
    daysAgo: 1,
  },
  // A real place one letter from Tân Thanh: never "corrected".
  "place-tam-thanh": { title: "Du khách đổ về động Tam Thanh dịp đầu xuân", daysAgo: 25 },
  "place-quang-lac": { title: "Xã Quảng Lạc phát triển cây hồi", daysAgo: 18 },
  // "lạc quanh": the words adjacent, in the other order.
  "distractor-quanh-lac": { title: "Người trồng lạc quanh năm vất vả", daysAgo: 2 },
  "place-hoang-dong": { title: "Xã Hoàng Đồng mở rộng đường liên thôn", daysAgo: 22 },
  "distractor-hong-dong": { title: "Mùa hồng chín trên cánh đồng", daysAgo: 2 },
  "place-van-quan": { title: "Huyện Văn Quan khánh thành cầu treo", daysAgo: 30 },
  "distractor-van-quang": { title: "Quảng bá văn hóa ẩm thực xứ Lạng", daysAgo: 3 },
  "place-cao-loc": { title: "Huyện Cao Lộc ra quân trồng rừng", daysAgo: 35 },
  "distractor-cao-lo": { title: "Lò gạch thủ công đỏ lửa, nhiệt độ lên cao", daysAgo: 2 },
  "place-chi-lang": { title: "Huyện Chi Lăng phát triển vùng na", daysAgo: 28 },
  "distractor-chi-long": { title: "Chi hội nông dân huyện tham quan vịnh Hạ Long", daysAgo: 2 },
};

async function insertStory(key: string, s: CorpusStory) {
  const body = bodyFromBlocks((s.body ?? []).map((text) => ({ type: "paragraph" as const, text })));
  const row = await makeStory(handle.db, {
    title: s.title,
    sapo: s.sapo ?? "",
    body,
    byline: s.byline ?? ["BBT"],
    section,
    author,
    status: s.status ?? "published",
    publishedAt: s.daysAgo === undefined ? null : new Date(Date.now() - s.daysAgo * DAY),
  });
  keyOf.set(row.id, key);
}

beforeAll(async () => {
  handle = await openTestDatabase();
  author = await makePerson(handle.db, "reporter");
  section = await makeSection(handle.db, { name: "Thời sự" });
  for (const [key, story] of Object.entries(corpus)) await insertStory(key, story);
});
afterAll(async () => handle?.close());

async function keys(q: string, page = 1, perPage = 50) {
  const result = await searchStories(handle.db, q, { page, perPage });
  return { ...result, keys: result.hits.map((h) => keyOf.get(h.id)!) };
}
const marked = (segments: Segment[] | null) => (segments ?? []).filter((s) => s.mark).map((s) => s.text);

// query → the stories expected first, in order (a prefix of the results).
const relevance: [query: string, expectedFirst: string[]][] = [
  // Exact spelling in the title, the most mentions first; then in the body; then the collisions.
  ["Đảng", ["fixture", "fixture-rival", "dang-title", "dang-body"]],
  ["ĐẢNG", ["fixture", "fixture-rival", "dang-title", "dang-body"]],
  ["\u00d0ảng", ["fixture", "fixture-rival", "dang-title", "dang-body"]],
  ["đang", ["dang-collision-dang"]],
  ["dáng", ["dang-collision-dáng"]],
  ["đáng chú ý", ["dang-collision-đáng"]],
  ["uỷ ban nhân dân", ["uy-ban-old-placement"]],
  ["ủy ban nhân dân", ["uy-ban-old-placement"]],
  ["uy ban mat tran", ["uy-ban-new-placement"]],
  ["Uỷ ban Mặt trận", ["uy-ban-new-placement"]],
  ["Đoàn thanh niên", ["lookalike"]],
  ["doan vien", ["lookalike"]],
  ["nông sản Lạng Sơn", ["nbsp"]],
  ['"hội chợ"', ["nbsp"]],
  ["Bích Ngọc", ["nfd"]],
  ["bich ngoc".normalize("NFD"), ["nfd"]],
  ["xay dumg nong thon", ["xay-dung-nong-thon"]],
  ["xây dựg nông thôn", ["xay-dung-nong-thon"]],
  ["chuyển đổi số", ["phrase-together", "phrase-apart"]],
  ['"chuyển đổi số"', ["phrase-together"]],
  ["hồng không hạt", ["equal-newer", "equal-older"]],
  ["Minh Đức", ["byline"]],
  ["THU HA", ["byline"]],
  ["xay dung dang", ["fixture", "fixture-rival"]],
  ["“xây dựng Đảng” Lạng Sơn", ["fixture"]],
  ["sen hồng", ["scheduled-due"]],
  // A known word the archive never puts beside its neighbour, one slip from one it does: the
  // commune first (most mentions first), not the story with "tân" and "tháng" apart.
  ["tân thang", ["place-tan-thanh", "scheduled-due"]],
  ["tan thang", ["place-tan-thanh", "scheduled-due"]],
  ['"tân thang"', ["place-tan-thanh", "scheduled-due"]],
  // An unknown word: of the dictionary's words one slip away, the one the archive puts beside "tân".
  ["tân thamh", ["place-tan-thanh", "scheduled-due"]],
  // Typo in the first syllable (a letter changed, a letter left out).
  ["quanh lac", ["place-quang-lac"]],
  ["hong dong", ["place-hoang-dong"]],
  // Typo in the second syllable (a letter left out, a letter added, a letter changed), after a word typed right.
  ["cao lo", ["place-cao-loc"]],
  ["văn quang", ["place-van-quan"]],
  ["huyen chi long", ["place-chi-lang"]],
  ["xa hong dong", ["place-hoang-dong"]],
  // Real pairs, however close to another place: as typed.
  ["tam thanh", ["place-tam-thanh"]],
  ["tân thanh", ["place-tan-thanh", "scheduled-due"]],
  // "tháng" typed with its mark is the month.
  ["tân tháng", ["distractor-tan-thang"]],
];

describe("relevance", () => {
  it.each(relevance)("%s → %j first", async (q, expected) => {
    const result = await keys(q);
    expect(result.keys.slice(0, expected.length)).toEqual(expected);
  });

  it("finds the same stories for the two tone placements and for a query typed without diacritics", async () => {
    const [old, modern, bare] = await Promise.all([keys("uỷ ban"), keys("ủy ban"), keys("uy ban")]);
    expect(modern.keys).toEqual(old.keys);
    expect(bare.keys).toEqual(old.keys);
    // Unquoted words may stand apart (the fixture has "Tỉnh ủy" and "giao ban"): adjacent ones first.
    expect(old.keys.slice(0, 2).sort()).toEqual(["uy-ban-new-placement", "uy-ban-old-placement"]);
    expect(old.keys).toContain("fixture");
    expect((await keys('"uỷ ban"')).keys.sort()).toEqual(["uy-ban-new-placement", "uy-ban-old-placement"]);
  });

  it("finds every unaccented collision, exact spelling first and the rest newest first", async () => {
    expect((await keys("Đảng")).keys).toEqual([
      "fixture",
      "fixture-rival",
      "dang-title",
      "dang-body",
      "dang-collision-dang",
      "dang-collision-dáng",
      "dang-collision-đáng",
    ]);
  });

  it("says which words it searched when it corrected a typo", async () => {
    expect((await keys("xay dumg nong thon")).correctedQuery).toBe("xay dung nong thon");
    expect((await keys("xây dựng nông thôn")).correctedQuery).toBeNull();
    // A word no story has, with nothing near it: no guess, no results.
    expect(await keys("qwxzv")).toMatchObject({ total: 0, correctedQuery: null });
  });

  it("corrects a known word beside words the archive never puts it with, and says so", async () => {
    const corrected = async (q: string) => (await keys(q)).correctedQuery;
    expect(await corrected("tân thang")).toBe("tan thanh");
    expect(await corrected('"tân thang"')).toBe('"tan thanh"');
    expect(await corrected("tân thamh")).toBe("tan thanh");
    expect(await corrected("quanh lac")).toBe("quang lac");
    expect(await corrected("hong dong")).toBe("hoang dong");
    expect(await corrected("cao lo")).toBe("cao loc");
    expect(await corrected("văn quang")).toBe("van quan");
    expect(await corrected("huyen chi long")).toBe("huyen chi lang");
    expect(await corrected("xa hong dong")).toBe("xa hoang dong");
    // Pairs some story uses, a single word, a word typed with its diacritics, a number: as typed.
    for (const q of ["tam thanh", "tan thanh", "Tân Thanh", "thang", "tân tháng", "xay dung dang", '"xây dựng Đảng" Lạng Sơn', "tan 2025"]) {
      expect(await corrected(q), q).toBeNull();
    }
  });

  it("marks the corrected place name in the original text", async () => {
    const hit = (await keys("tân thang")).hits[0]!;
    expect(marked(hit.marked.title)).toEqual(["Tân Thanh"]);
    expect(marked(hit.marked.sapo)).toEqual(["Tân Thanh"]);
  });

  it("keeps correcting a typo that a draft happens to contain, and never corrects a number", async () => {
    const draft = await makeStory(handle.db, { title: "Bản nháp gõ vội: xay dumg", sapo: "", body: bodyFromBlocks([]), byline: ["BBT"], section, author });
    expect((await keys("xay dumg nong thon")).keys[0]).toBe("xay-dung-nong-thon");
    await handle.db.delete(stories).where(eq(stories.id, draft.id));
    // "28/6" is in the fixture; 29/6 is in no story and must not become it.
    expect(await keys("29/6")).toMatchObject({ total: 0, correctedQuery: null });
  });

  it("requires quoted words to be adjacent", async () => {
    expect((await keys('"chuyển đổi số"')).total).toBe(1);
    expect((await keys("chuyển đổi số")).total).toBe(2);
  });
});

describe("what readers may see", () => {
  const hidden = ["scheduled-future", "unpublished", "draft", "submitted"];

  it("never returns drafts, stories awaiting review, scheduled stories before their time or taken-down stories", async () => {
    for (const q of ["hoa đào", "Lễ hội", "le hoi hoa dao mau son", '"hoa dao"']) {
      expect(await keys(q), q).toMatchObject({ total: 0, keys: [] });
    }
    // Words found only in hidden stories count as typos; whatever public story looks like them, never the hidden ones.
    for (const q of ['"bản nháp"', "chờ duyệt", "hoãn tổ chức", "Mẫu Sơn khai mạc"]) {
      const result = await keys(q);
      expect(
        result.keys.filter((k) => hidden.includes(k)),
        q,
      ).toEqual([]);
    }
  });

  it("never corrects to a pair only a hidden story uses", async () => {
    // "sơn khai" is only in the story scheduled for tomorrow: a correction would reveal it.
    expect(await keys("sen khai")).toMatchObject({ total: 0, correctedQuery: null });
  });

  it("does not treat a word known only from unpublished stories as a typo of something public", async () => {
    // "hoãn" exists only in the taken-down story; the typo path must not surface it either.
    expect((await keys("hoa dao hoan")).total).toBe(0);
  });
});

describe("pages", () => {
  it("counts all matches and pages through them in rank order", async () => {
    const all = await keys("Đảng");
    const first = await keys("Đảng", 1, 3);
    const third = await keys("Đảng", 3, 3);
    expect(first).toMatchObject({ total: 7, pageCount: 3, page: 1 });
    expect(first.keys).toEqual(all.keys.slice(0, 3));
    expect(third.keys).toEqual(all.keys.slice(6));
    expect((await keys("Đảng", 4, 3)).keys).toEqual([]);
  });

  it("answers an empty result for a query with no words in it", async () => {
    expect(await keys("!!! – …")).toMatchObject({ total: 0, keys: [] });
  });
});

describe("highlighting on the original text", () => {
  it("marks the reader's exact spelling, not the collisions, and keeps the original letters", async () => {
    const { hits } = await keys("Đảng");
    const title = hits.find((h) => keyOf.get(h.id) === "dang-title")!;
    expect(marked(title.marked.title)).toEqual(["Đảng"]);
    const collision = hits.find((h) => keyOf.get(h.id) === "dang-collision-dang")!;
    // Found only through folding: the folded match is what there is to show.
    expect(marked(collision.marked.title)).toEqual(["đang"]);
  });

  it("marks phrases as one stretch, typo'd words one letter off, lookalikes and NFD text as typed", async () => {
    const fixture = (await keys("xay dung dang")).hits[0]!;
    // Every matched word is marked; adjacent ones as one stretch.
    expect(marked(fixture.marked.title)).toEqual(["xây dựng", "xây dựng Đảng"]);
    expect(marked(fixture.marked.excerpt)).toContain("xây dựng Đảng");

    const typo = (await keys("xay dumg nong thon")).hits[0]!;
    expect(marked(typo.marked.title)).toEqual(["Xây dựng nông thôn"]);

    const lookalike = (await keys("Đoàn")).hits[0]!;
    expect(marked(lookalike.marked.title)).toEqual(["\u00d0oàn"]);

    const nfd = (await keys("Bích Ngọc")).hits[0]!;
    expect(marked(nfd.marked.title)).toEqual(["Bích Ngọc".normalize("NFD")]);
    expect(nfd.marked.title.map((s) => s.text).join("")).toBe(corpus.nfd!.title);
  });

  it("marks the byline when the pen name was searched", async () => {
    const hit = (await keys("minh duc")).hits[0]!;
    expect(marked(hit.marked.byline)).toEqual(["MINH ĐỨC"]);
    expect(hit.url).toBe(`/thoi-su/${slugify(corpus.byline!.title)}-${hit.id}`);
  });
});

describe("derived search columns", () => {
  it("are recomputed at start for rows written before search existed", async () => {
    // Written straight into the table, without the derived columns the factory would compute.
    const fields = { title: "Cầu Kỳ Lừa sau cải tạo", sapo: "", body: bodyFromBlocks([]), byline: ["BBT"] };
    const [row] = await handle.db
      .insert(stories)
      .values({
        ...fields,
        sectionId: section.id,
        slug: "cau-ky-lua",
        status: "published",
        publishedAt: new Date(Date.now() - HOUR),
        createdById: author.id,
        derivedVersion: 1,
      })
      .returning({ id: stories.id });
    expect((await searchStories(handle.db, "cầu Kỳ Lừa")).total).toBe(0);
    expect(await refreshDerivedColumns(handle.db)).toBe(1);
    const found = await searchStories(handle.db, "cau ky lua");
    expect(found.hits.map((h) => h.id)).toEqual([row!.id]);
    await handle.db.delete(stories).where(eq(stories.id, row!.id));
  });

  it("index words the same whichever database's text parser reads them", async () => {
    const result = await handle.db.execute(sql`select to_tsvector('simple', ${"xay dung dang 28 6 2021 2026 ab12"}::text)::text as v`);
    const [row] = rowsOf<{ v: string }>(result);
    expect(row!.v).toBe("'2021':6 '2026':7 '28':4 '6':5 'ab12':8 'dang':3 'dung':2 'xay':1");
  });
});

describe("the JSON answer", () => {
  it("gives id, title, url, sapo, ISO time and a highlight with the words in <mark>", async () => {
    const json = searchResultsJson(await searchStories(handle.db, "xay dung dang"));
    expect(json.total).toBe(2);
    expect(json.results[0]).toEqual({
      id: expect.any(Number) as number,
      title: corpus.fixture!.title,
      url: expect.stringMatching(/^\/thoi-su\/phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-trong-sach-vung-manh-toan-dien-\d+$/) as string,
      sapo: corpus.fixture!.sapo,
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
      highlight: expect.stringContaining("<mark>xây dựng Đảng</mark>") as string,
    });
  });
});
