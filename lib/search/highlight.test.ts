import { describe, expect, it } from "vitest";
import { editDistance, highlighter, segmentsToHtml } from "./highlight";
import { parseQuery } from "./query";
import { FIELD_SEPARATOR, searchColumns } from "./tokens";

const html = (q: string, text: string, story = text) => segmentsToHtml(highlighter(parseQuery(q), story).segments(text));

describe("highlighter", () => {
  it("marks folded matches on the original accented text", () => {
    expect(html("xay dung", "Xây dựng nông thôn mới")).toBe("<mark>Xây dựng</mark> nông thôn mới");
  });

  it("prefers the reader's exact spelling when the story has it", () => {
    const text = "Đảng bộ đang triển khai";
    expect(html("Đảng", text)).toBe("<mark>Đảng</mark> bộ đang triển khai");
    expect(html("đang", text)).toBe("Đảng bộ <mark>đang</mark> triển khai");
    expect(html("dang", text)).toBe("<mark>Đảng</mark> bộ <mark>đang</mark> triển khai");
    // Only a collision in the story: that is what matched, so it is shown.
    expect(html("Đảng", "Dự án đang triển khai")).toBe("Dự án <mark>đang</mark> triển khai");
  });

  it("reads the exact spelling from the stored accented words as from the story's text", () => {
    const story = { title: "Đảng bộ xã", sapo: "Hoà giải ở cơ sở", byline: ["Minh Đức"], bodyText: "Dự án đang\u00ad triển khai" };
    const { searchAccented } = searchColumns(story);
    const text = [story.title, story.sapo, ...story.byline, story.bodyText].join(FIELD_SEPARATOR);
    for (const [q, shown] of [
      ["Đảng", story.title],
      ["đang", story.bodyText],
      ["hòa giải", story.sapo],
      ["Đức", story.byline[0]!],
      ["Dang", story.title],
    ] as const) {
      const fromWords = segmentsToHtml(highlighter(parseQuery(q), { accentedWords: searchAccented }).segments(shown));
      expect(fromWords, q).toBe(segmentsToHtml(highlighter(parseQuery(q), text).segments(shown)));
      expect(fromWords, q).toContain("<mark>");
    }
    expect(segmentsToHtml(highlighter(parseQuery("Đảng"), { accentedWords: searchAccented }).segments("Đảng bộ xã, dự án đang triển khai"))).toBe(
      "<mark>Đảng</mark> bộ xã, dự án đang triển khai",
    );
    // Where the story lacks the typed spelling, the collision that matched is marked.
    expect(segmentsToHtml(highlighter(parseQuery("Đảng"), { accentedWords: "dự án đang triển khai" }).segments("Dự án đang triển khai"))).toBe(
      "Dự án <mark>đang</mark> triển khai",
    );
  });

  it("marks a quoted phrase only where its words are adjacent", () => {
    expect(html('"chuyển đổi số"', "Chuyển đổi số; chuyển giao, đổi mới, số lượng")).toBe("<mark>Chuyển đổi số</mark>; chuyển giao, đổi mới, số lượng");
  });

  it("keeps NFD text, lookalikes and non-breaking spaces exactly as typed", () => {
    const nfd = "Bích Ngọc".normalize("NFD");
    expect(html("bich ngoc", nfd)).toBe(`<mark>${nfd}</mark>`);
    expect(html("Đoàn", "\u00d0oàn viên")).toBe("<mark>\u00d0oàn</mark> viên");
    expect(html("lang son", "Lạng\u00a0Sơn")).toBe("<mark>Lạng\u00a0Sơn</mark>");
    expect(html("uỷ ban", "Ủy ban")).toBe("<mark>Ủy ban</mark>");
  });

  it("escapes the text around the marks", () => {
    expect(html("tom", "<b>Tom & Jerry</b>")).toBe("&lt;b&gt;<mark>Tom</mark> &amp; Jerry&lt;/b&gt;");
  });
});

describe("excerpt", () => {
  const body = `${"Mở đầu bài viết dài. ".repeat(20)}Hội nghị bàn về công tác xây dựng Đảng ở cơ sở. ${"Phần kết. ".repeat(30)}`;

  it("cuts a passage around the densest matches, with ellipses where text was left out", () => {
    const excerpt = highlighter(parseQuery("xây dựng Đảng"), body).excerpt(body, 20)!;
    const text = segmentsToHtml(excerpt);
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toContain("công tác <mark>xây dựng Đảng</mark> ở cơ sở");
  });

  it("is null when nothing matches", () => {
    expect(highlighter(parseQuery("biên giới"), body).excerpt(body)).toBeNull();
  });
});

describe("editDistance", () => {
  it("counts edits up to the limit", () => {
    expect(editDistance("dung", "dumg")).toBe(1);
    expect(editDistance("dung", "dug")).toBe(1);
    expect(editDistance("dung", "dang", 2)).toBe(1);
    expect(editDistance("xay", "dung")).toBe(2);
  });
});
