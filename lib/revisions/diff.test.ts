import { describe, expect, it } from "vitest";
import { bodyFromBlocks } from "@/lib/stories/body";
import { bodyParagraphs, diffRevisions, diffText, type RevisionSnapshot, type Segment } from "./diff";

const base: RevisionSnapshot = {
  title: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh",
  sapo: "– Chiều nay (28/6), Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến.",
  body: bodyFromBlocks([
    { type: "paragraph", text: "Tại điểm cầu tỉnh Lạng Sơn,\u00a0dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy." },
    { type: "caption", text: "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn", credit: "Ảnh: PHƯƠNG DUNG" },
    { type: "paragraph", text: "Hội nghị đánh giá kết quả công tác tổ chức xây dựng Đảng." },
  ]),
  byline: ["PHƯƠNG DUNG"],
  sectionName: "Chính trị",
  tags: ["Xây dựng Đảng", "Hội nghị"],
  coverLabel: null,
  coverCaption: "",
  coverCredit: "",
  seoTitle: "",
  seoDescription: "",
};

const field = (before: RevisionSnapshot, after: RevisionSnapshot, name: string) => diffRevisions(before, after).find((d) => d.field === name)!;
const marked = (paragraphs: Segment[][], kind: Segment["kind"]) =>
  paragraphs
    .flat()
    .filter((s) => s.kind === kind)
    .map((s) => s.text);
const rebuild = (paragraphs: Segment[][], keep: Segment["kind"]) =>
  paragraphs.map((p) =>
    p
      .filter((s) => s.kind !== keep)
      .map((s) => s.text)
      .join(""),
  );

describe("diffText", () => {
  it("marks only the words that changed, diacritics included", () => {
    const [paragraph] = diffText("Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn và Cao Bằng");
    expect(marked([paragraph!], "added").join("")).toBe(" và Cao Bằng");
    expect(marked([paragraph!], "removed")).toEqual([]);
  });

  it("treats a change of case as a change: Đảng → đảng", () => {
    const paragraphs = diffText("xây dựng Đảng trong sạch", "xây dựng đảng trong sạch");
    expect(marked(paragraphs, "removed")).toEqual(["Đảng"]);
    expect(marked(paragraphs, "added")).toEqual(["đảng"]);
  });

  it("treats a change of tone mark as a change of the whole word, not of a letter", () => {
    const paragraphs = diffText("đang họp", "đáng họp");
    expect(marked(paragraphs, "removed")).toEqual(["đang"]);
    expect(marked(paragraphs, "added")).toEqual(["đáng"]);
  });

  it("sees no change between NFD and NFC spellings of the same words", () => {
    const paragraphs = diffText("Tiếng Việt".normalize("NFD"), "Tiếng Việt");
    expect(marked(paragraphs, "added")).toEqual([]);
    expect(marked(paragraphs, "removed")).toEqual([]);
  });

  it("keeps paragraph breaks and rebuilds both texts exactly", () => {
    const before = "Đoạn một.\nĐoạn hai cũ.\nĐoạn ba.";
    const after = "Đoạn một.\nĐoạn hai mới.\nĐoạn chen.\nĐoạn ba.";
    const paragraphs = diffText(before, after);
    expect(rebuild(paragraphs, "added").filter(Boolean).join("\n")).toBe(before);
    expect(rebuild(paragraphs, "removed").filter(Boolean).join("\n")).toBe(after);
    expect(paragraphs).toHaveLength(4);
    // An inserted paragraph is one insertion, not words borrowed from its neighbours.
    expect(paragraphs[2]).toEqual([{ kind: "added", text: "Đoạn chen." }]);
  });
});

describe("bodyParagraphs", () => {
  it("gives one paragraph per block, captions marked as photos, lists as items", () => {
    const body = bodyFromBlocks([
      { type: "heading", text: "Những con số" },
      { type: "list", items: ["Một", "Hai"], ordered: true },
      { type: "quote", text: "Lời trích dẫn" },
      { type: "caption", text: "Quang cảnh hội nghị", credit: "Ảnh: VĂN ĐẠT" },
    ]);
    expect(bodyParagraphs(body)).toEqual(["Những con số", "1. Một", "2. Hai", "│ Lời trích dẫn", "[Ảnh] Quang cảnh hội nghị (Ảnh: VĂN ĐẠT)"]);
  });
});

describe("diffRevisions", () => {
  it("reports every field in order, and only the changed ones as changed", () => {
    const after = { ...base, title: base.title.replace("Đảng", "đảng"), tags: ["Xây dựng Đảng", "Tổ chức"], sectionName: "Thời sự" };
    const diffs = diffRevisions(base, after);
    expect(diffs.map((d) => d.label)).toEqual([
      "Tiêu đề",
      "Sapo",
      "Nội dung",
      "Bút danh",
      "Chuyên mục",
      "Thẻ",
      "Ảnh đại diện",
      "Chú thích ảnh",
      "Nguồn ảnh",
      "Tiêu đề SEO",
      "Mô tả SEO",
    ]);
    expect(diffs.filter((d) => d.changed).map((d) => d.field)).toEqual(["title", "section", "tags"]);
    expect(marked(field(base, after, "tags").paragraphs, "removed")).toEqual(["Hội nghị"]);
    expect(marked(field(base, after, "tags").paragraphs, "added")).toEqual(["Tổ chức"]);
  });

  it("diffs the body paragraph by paragraph, non-breaking spaces kept", () => {
    const after = {
      ...base,
      body: bodyFromBlocks([
        { type: "paragraph", text: "Tại điểm cầu tỉnh Lạng Sơn,\u00a0dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy." },
        { type: "caption", text: "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn", credit: "Ảnh: PHƯƠNG DUNG" },
        { type: "paragraph", text: "Hội nghị đánh giá cao kết quả công tác tổ chức xây dựng Đảng." },
      ]),
    };
    const body = field(base, after, "body");
    expect(body.changed).toBe(true);
    expect(body.paragraphs).toHaveLength(3);
    expect(body.paragraphs[0]).toEqual([{ kind: "same", text: "Tại điểm cầu tỉnh Lạng Sơn,\u00a0dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy." }]);
    expect(marked(body.paragraphs, "added").join("").trim()).toBe("cao");
  });

  it("shows a cover picture added and its caption", () => {
    const after = { ...base, coverLabel: "hoi-nghi.jpg", coverCaption: "Quang cảnh hội nghị" };
    expect(marked(field(base, after, "cover").paragraphs, "added")).toEqual(["hoi-nghi.jpg"]);
    expect(field(base, after, "coverCaption").changed).toBe(true);
  });
});
