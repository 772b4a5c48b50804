import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseStory, StoryParseError, type ParsedStory } from "./parse-story";

const FIXTURE = fileURLToPath(new URL("../../db/seed/seed-article.txt", import.meta.url));
const SAPO_START = "Chiều nay (28/6), Ban Tổ chức Trung ương";
const CAPTION = "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn";

const story = (...lines: string[]): string => lines.join("\n");
const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: "paragraph" as const, text }));

function parseError(text: string): StoryParseError {
  try {
    parseStory(text);
  } catch (err) {
    if (err instanceof StoryParseError) return err;
    throw err;
  }
  throw new Error("expected a StoryParseError");
}

describe("parseStory on the seed article", () => {
  const text = readFileSync(FIXTURE, "utf8");
  // The file's own lines, blank lines dropped: date, title, sapo, 11 body lines, byline.
  const lines = text.split("\n").filter((l) => l !== "");
  const parsed = parseStory(text);

  it("holds what we expect to test against", () => {
    expect(existsSync(FIXTURE)).toBe(true);
    expect(text.endsWith("PHƯƠNG DUNG")).toBe(true);
    expect(lines[0]).toBe("Thứ hai,\u00a0 04/07/2022");
    expect(lines).toHaveLength(15);
  });

  it("reads the date line, title and byline", () => {
    expect(parsed.date).toBe("2022-07-04");
    expect(parsed.title).toBe("Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện");
    expect(parsed.byline).toEqual(["PHƯƠNG DUNG"]);
  });

  it("takes the en-dash paragraph as the sapo, without its marker", () => {
    expect(parsed.sapo.startsWith(SAPO_START)).toBe(true);
    expect(`– ${parsed.sapo}`).toBe(lines[2]);
    expect(parsed.sapo.endsWith("chủ trì hội nghị.")).toBe(true);
  });

  it("keeps all 11 body entries with the caption as the 5th", () => {
    expect(parsed.body).toHaveLength(11);
    expect(parsed.body[4]).toEqual({ type: "caption", text: CAPTION });
    expect(parsed.body.filter((b) => b.type === "caption")).toHaveLength(1);
  });

  it("round-trips every body paragraph character for character", () => {
    expect(parsed.body.map((b) => b.text)).toEqual(lines.slice(3, 14));
    expect(parsed.body[3]?.text.endsWith("vướng mắc …")).toBe(true);
    expect(parsed.body[6]?.text).toContain("trung ương…\u00a0Đồng thời");
    expect(parsed.body[7]?.text.endsWith("vững mạnh…")).toBe(true);
  });

  it("reads the same story from a CRLF, BOM, NFD copy", () => {
    const mangled = `\ufeff${text.normalize("NFD").replace(/\n/g, "\r\n")}`;
    expect(mangled).not.toBe(text);
    expect(parseStory(mangled)).toEqual(parsed);
  });

  it("reads the same story from old Mac CR line ends and a trailing newline", () => {
    expect(parseStory(`${text.replace(/\n/g, "\r")}\r`)).toEqual(parsed);
  });

  it("reads the same story with tab indents, doubled blank lines and trailing spaces", () => {
    const messy = text
      .split("\n")
      .map((l) => (l === "" ? "\n" : `\t${l}  `))
      .join("\n");
    expect(parseStory(messy)).toEqual(parsed);
  });
});

describe("parseStory layout variants", () => {
  it("reads tab-indented paragraphs separated by single line breaks", () => {
    const parsed = parseStory(
      story(
        "Lạng Sơn đón 1 triệu lượt khách",
        "\t– Sáu tháng đầu năm, toàn tỉnh đón hơn 1 triệu lượt khách.",
        "\tDoanh thu du lịch tăng 20% so với cùng kỳ.",
        "\tNhiều điểm đến mới được đưa vào khai thác.",
        "THU HÀ",
      ),
    );
    expect(parsed.sapo).toBe("Sáu tháng đầu năm, toàn tỉnh đón hơn 1 triệu lượt khách.");
    expect(parsed.body).toEqual(paragraphs("Doanh thu du lịch tăng 20% so với cùng kỳ.", "Nhiều điểm đến mới được đưa vào khai thác."));
    expect(parsed.byline).toEqual(["THU HÀ"]);
  });

  it("ignores doubled and tripled blank lines", () => {
    const parsed = parseStory(story("Tiêu đề bài", "", "", "", "- Sapo của bài.", "", "", "Đoạn một.", "", "", "", "Đoạn hai.", "", "", "BBT"));
    expect(parsed).toEqual({
      date: null,
      kind: "article",
      title: "Tiêu đề bài",
      sapo: "Sapo của bài.",
      body: paragraphs("Đoạn một.", "Đoạn hai."),
      byline: ["BBT"],
      bylineNote: "",
    } satisfies ParsedStory);
  });

  it("works without a date line", () => {
    const parsed = parseStory(story("Tiêu đề", "", "– Sapo.", "", "Thân bài."));
    expect(parsed.date).toBeNull();
    expect(parsed.title).toBe("Tiêu đề");
    expect(parsed.byline).toEqual([]);
  });

  it("accepts date line variants", () => {
    expect(parseStory(story("CN, 3/7/2022", "Tiêu đề", "– Sapo.")).date).toBe("2022-07-03");
    expect(parseStory(story("04/07/2022", "Tiêu đề", "– Sapo.")).date).toBe("2022-07-04");
  });

  it("collapses runs of ordinary spaces but keeps NBSP and the lookalike Ð as typed", () => {
    const parsed = parseStory(story("Xây dựng \u00d0ảng", "", "–  Sapo   có\u00a0NBSP.", "", "Đoạn  một\u00a0 hai."));
    expect(parsed.title).toBe("Xây dựng \u00d0ảng");
    expect(parsed.sapo).toBe("Sapo có\u00a0NBSP.");
    expect(parsed.body).toEqual(paragraphs("Đoạn một\u00a0 hai."));
  });

  it("treats Word's manual line break and the paragraph separator as breaks", () => {
    const parsed = parseStory("Tiêu đề\u2029– Sapo.\vĐoạn một.\u2028Đoạn hai.");
    expect(parsed.sapo).toBe("Sapo.");
    expect(parsed.body).toEqual(paragraphs("Đoạn một.", "Đoạn hai."));
  });
});

describe("parseStory sapo", () => {
  const BODY = "Thân bài có một câu đầy đủ.";

  it("strips the '(LSO) – ' marker", () => {
    expect(parseStory(story("Tiêu đề", "(LSO) – Sáng nay, hội nghị khai mạc.", BODY)).sapo).toBe("Sáng nay, hội nghị khai mạc.");
    expect(parseStory(story("Tiêu đề", "(LSO) - Sáng nay.", BODY)).sapo).toBe("Sáng nay.");
    expect(parseStory(story("Tiêu đề", "(TTXVN)–Sáng nay.", BODY)).sapo).toBe("Sáng nay.");
  });

  it("strips the '- ' and '– ' markers", () => {
    expect(parseStory(story("Tiêu đề", "- Sáng nay, hội nghị khai mạc.", BODY)).sapo).toBe("Sáng nay, hội nghị khai mạc.");
    expect(parseStory(story("Tiêu đề", "–Sáng nay.", BODY)).sapo).toBe("Sáng nay.");
  });

  it("does not take a bracketed date for an agency tag", () => {
    const parsed = parseStory(story("Tiêu đề", "(28/6) – Ban Tổ chức họp.", BODY));
    expect(parsed.sapo).toBe("");
    expect(parsed.body[0]).toEqual({ type: "paragraph", text: "(28/6) – Ban Tổ chức họp." });
  });

  // Issue 18: an unmarked first paragraph spaced like the rest is the body's first paragraph
  // (notices and letters open that way); only a layout that sets it apart makes it the sapo.
  it("takes an unmarked first paragraph only when a wider gap sets it apart", () => {
    const lead = "Sáng 28/6, Ủy ban nhân dân tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022.";
    const setApart = parseStory(story("Tiêu đề", "", lead, "", "", BODY, "", BODY, "", "NGỌC ANH"));
    expect(setApart.sapo).toBe(lead);
    expect(setApart.body).toEqual(paragraphs(BODY, BODY));
    const spacedAlike = parseStory(story("Tiêu đề", "", lead, "", BODY, "", "NGỌC ANH"));
    expect(spacedAlike.sapo).toBe("");
    expect(spacedAlike.body).toEqual(paragraphs(lead, BODY));
  });

  it("leaves a short, unfinished or lonely first paragraph in the body", () => {
    expect(parseStory(story("Tiêu đề", "Sáng nay hội nghị khai mạc.", BODY)).sapo).toBe("");
    const longNoStop = "Sáng 28/6 Ủy ban nhân dân tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm";
    expect(parseStory(story("Tiêu đề", longNoStop, BODY)).sapo).toBe("");
    const onlyOne = "Sáng 28/6, Ủy ban nhân dân tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2022.";
    const parsed = parseStory(story("Tiêu đề", onlyOne));
    expect(parsed.sapo).toBe("");
    expect(parsed.body).toEqual(paragraphs(onlyOne));
  });

  it("reads a caption that comes before the sapo", () => {
    const parsed = parseStory(story("Tiêu đề", "", "Quang cảnh hội nghị tại điểm cầu Lạng Sơn", "", "– Sapo của bài.", "", BODY));
    expect(parsed.sapo).toBe("Sapo của bài.");
    expect(parsed.body).toEqual([
      { type: "caption", text: "Quang cảnh hội nghị tại điểm cầu Lạng Sơn" },
      { type: "paragraph", text: BODY },
    ]);
  });
});

describe("parseStory captions", () => {
  const around = (line: string, sep = "\n\n") => parseStory(["Tiêu đề", "– Sapo.", "Đoạn trước.", line, "Đoạn sau."].join(sep)).body[1];

  it("reads a short line standing alone without a final full stop as a caption", () => {
    expect(around(CAPTION)).toEqual({ type: "caption", text: CAPTION });
  });

  it("reads lines with a photo credit as captions, even with a full stop or single breaks", () => {
    const credited = "Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: VĂN ĐẠT";
    expect(around(credited)).toEqual({ type: "caption", text: credited });
    expect(around(credited, "\n")).toEqual({ type: "caption", text: credited });
    expect(around("Quang cảnh buổi lễ (Ảnh: TTXVN)", "\n")?.type).toBe("caption");
    expect(around("(Ảnh minh hoạ)")?.type).toBe("caption");
  });

  it("keeps sentences, notes, all-caps subheadings and list items as paragraphs", () => {
    expect(around("Đây là một câu ngắn.")?.type).toBe("paragraph");
    expect(around("Các nhiệm vụ chính:")?.type).toBe("paragraph");
    expect(around("NÂNG CAO CHẤT LƯỢNG ĐẢNG VIÊN")?.type).toBe("paragraph");
    expect(around("- Một là, đổi mới phương thức lãnh đạo")?.type).toBe("paragraph");
    expect(around("(Kỳ 2)")?.type).toBe("paragraph");
    expect(around("Một số hình ảnh: hội nghị diễn ra sôi nổi")?.type).toBe("caption");
  });

  it("keeps a long unpunctuated line as a paragraph", () => {
    const long = Array.from({ length: 30 }, () => "chữ").join(" ");
    expect(around(long)?.type).toBe("paragraph");
  });
});

describe("parseStory subheadings and lists", () => {
  it("keeps subheadings and list items joined by single line breaks as paragraphs", () => {
    const parsed = parseStory(
      story(
        "Tiêu đề",
        "– Sapo của bài.",
        "Đoạn mở đầu.",
        "Nâng cao chất lượng đội ngũ cán bộ",
        "Đoạn sau tiêu đề phụ.",
        "Các nhiệm vụ chính:",
        "- Một là, kiện toàn bộ máy;",
        "- Hai là, đổi mới phương thức lãnh đạo",
        "1. Thứ nhất",
        "• Gạch đầu dòng",
        "II. KẾT QUẢ ĐẠT ĐƯỢC",
        "Đoạn cuối.",
        "MINH ĐỨC",
      ),
    );
    expect(parsed.body).toEqual(
      paragraphs(
        "Đoạn mở đầu.",
        "Nâng cao chất lượng đội ngũ cán bộ",
        "Đoạn sau tiêu đề phụ.",
        "Các nhiệm vụ chính:",
        "- Một là, kiện toàn bộ máy;",
        "- Hai là, đổi mới phương thức lãnh đạo",
        "1. Thứ nhất",
        "• Gạch đầu dòng",
        "II. KẾT QUẢ ĐẠT ĐƯỢC",
        "Đoạn cuối.",
      ),
    );
    expect(parsed.byline).toEqual(["MINH ĐỨC"]);
  });
});

describe("parseStory byline", () => {
  const byline = (...last: string[]) => parseStory(story("Tiêu đề", "– Sapo.", "Thân bài.", ...last));

  it("splits joined bylines", () => {
    expect(byline("THU HÀ - MINH ĐỨC").byline).toEqual(["THU HÀ", "MINH ĐỨC"]);
    expect(byline("THU HÀ – MINH ĐỨC, NGỌC ANH").byline).toEqual(["THU HÀ", "MINH ĐỨC", "NGỌC ANH"]);
  });

  it("credits the photographer as a byline name", () => {
    expect(byline("NGỌC ANH - Ảnh: VĂN ĐẠT").byline).toEqual(["NGỌC ANH", "VĂN ĐẠT"]);
    expect(byline("NGỌC ANH-Ảnh: VĂN ĐẠT").byline).toEqual(["NGỌC ANH", "VĂN ĐẠT"]);
  });

  it("drops the 'Bài, ảnh:' prefix", () => {
    expect(byline("Bài, ảnh: HỒNG NHUNG").byline).toEqual(["HỒNG NHUNG"]);
    expect(byline("Bài và ảnh: HỒNG NHUNG").byline).toEqual(["HỒNG NHUNG"]);
  });

  it("reads short pen names, the lookalike Ð and a bracketed status", () => {
    expect(byline("BBT").byline).toEqual(["BBT"]);
    expect(byline("\u00d0ỨC ANH").byline).toEqual(["\u00d0ỨC ANH"]);
    // Issue 18: a bracketed status is the byline's note, not part of the pen name.
    expect(byline("HÀ LINH (CTV)").byline).toEqual(["HÀ LINH"]);
    expect(byline("HÀ LINH (CTV)").bylineNote).toBe("(CTV)");
  });

  it("reads a byline spread over the final lines, keeping the body intact", () => {
    const parsed = byline("THU HÀ", "MINH ĐỨC");
    expect(parsed.byline).toEqual(["THU HÀ", "MINH ĐỨC"]);
    expect(parsed.body).toEqual(paragraphs("Thân bài."));
  });

  it("keeps '(Còn nữa)' before the byline in the body", () => {
    const parsed = byline("(Còn nữa)", "PHƯƠNG DUNG");
    expect(parsed.body).toEqual(paragraphs("Thân bài.", "(Còn nữa)"));
    expect(parsed.byline).toEqual(["PHƯƠNG DUNG"]);
  });

  it("finds the byline above a '(Còn nữa)' written after it", () => {
    const parsed = byline("PHƯƠNG DUNG", "(Còn nữa)");
    expect(parsed.body).toEqual(paragraphs("Thân bài.", "(Còn nữa)"));
    expect(parsed.byline).toEqual(["PHƯƠNG DUNG"]);
  });

  it("does not take mixed-case or sentence lines for a byline", () => {
    expect(byline("Phương Dung").byline).toEqual([]);
    expect(byline("Theo báo Nhân Dân.").byline).toEqual([]);
    expect(byline("Ảnh: minh họa").byline).toEqual([]);
  });
});

describe("parseStory refuses what is not a story", () => {
  it.each([
    ["empty", "", "empty"],
    ["whitespace only", "  \n\t\n\u00a0\r\n", "empty"],
    ["a BOM only", "\ufeff", "empty"],
    ["a date line only", "Thứ hai, 04/07/2022", "no-title"],
    ["a title only", "Chỉ có một dòng", "no-content"],
    ["a title and a byline", "Tiêu đề\n\nPHƯƠNG DUNG", "no-content"],
    ["an impossible date line", "Thứ hai, 31/02/2022\nTiêu đề\n– Sapo.", "invalid-date"],
    ["binary data", "PK\u0003\u0004\u0000\u0000garbage", "binary"],
    ["a paragraph instead of a title", `${"chữ ".repeat(100)}\n– Sapo.`, "title-too-long"],
  ])("%s", (_name, text, code) => {
    const err = parseError(text);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("StoryParseError");
    expect(err.code).toBe(code);
    // Vietnamese for the newsroom, English beside it for logs.
    expect(err.message).toMatch(/[àáảãạăâđêôơưÀ-ỹ]/u);
    expect(err.english).not.toBe("");
  });

  it("explains an empty text in Vietnamese", () => {
    expect(() => parseStory("")).toThrow(/Văn bản trống/);
  });
});
