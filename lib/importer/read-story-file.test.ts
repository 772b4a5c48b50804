import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturePath } from "@/db/seed/seed";
import { makeDocx } from "./fixtures/make-docx";
import { parseStory } from "./parse-story";
import { decodeTcvn3, decodeVni } from "@/lib/text/legacy-encodings";
import { readStoryBuffer, readStoryBufferText, readStoryFile, readStoryFileText, StoryFileError, type StoryFileErrorCode } from "./read-story-file";

const text = fs.readFileSync(fixturePath, "utf8");
const parsed = parseStory(text);
/** The fixture as a reporter would type it in Word: one paragraph per non-blank line. */
const fixtureParagraphs = text.split("\n").filter((l) => l !== "");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-story-file-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function fileError(promise: Promise<unknown>): Promise<StoryFileError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof StoryFileError) return err;
    throw err;
  }
  throw new Error("expected a StoryFileError");
}

async function expectCode(promise: Promise<unknown>, code: StoryFileErrorCode): Promise<StoryFileError> {
  const err = await fileError(promise);
  expect(err.code).toBe(code);
  // Both languages, so the web page and the CLI can show either.
  expect(err.message).not.toBe("");
  expect(err.english).not.toBe("");
  return err;
}

const utf16 = (s: string, endian: "le" | "be"): Buffer => {
  const le = Buffer.from(`\ufeff${s}`, "utf16le");
  return endian === "le" ? le : Buffer.from(le).swap16();
};

/** The inverse of a decoder, read off it: each letter's shortest spelling (mark pairs first for VNI). */
function inverse(decode: (bytes: Uint8Array) => string, pairsFirst: boolean): Map<string, number[]> {
  const singles = Array.from({ length: 0x80 }, (_, i) => [0x80 + i]);
  const bases = [..."aeouyAEOUY"].map((c) => c.charCodeAt(0)).concat([0xd4, 0xd6, 0xf4, 0xf6]);
  const pairs = bases.flatMap((b) => Array.from({ length: 0x80 }, (_, i) => [b, 0x80 + i]));
  const table = new Map<string, number[]>();
  for (const sequence of pairsFirst ? [...pairs, ...singles] : singles) {
    const letter = decode(Uint8Array.from(sequence));
    if ([...letter].length === 1 && !table.has(letter)) table.set(letter, sequence);
  }
  return table;
}
const TCVN3 = inverse(decodeTcvn3, false);
const VNI = inverse(decodeVni, true);

function encodeWith(s: string, table: Map<string, number[]>): Buffer {
  return Buffer.from(
    [...s].flatMap((c) => {
      const bytes = c < "\u0080" ? [c.charCodeAt(0)] : (table.get(c) ?? table.get(c.toLowerCase()));
      if (!bytes) throw new Error(`cannot encode ${JSON.stringify(c)}`);
      return bytes;
    }),
  );
}

describe("readStoryFile on text", () => {
  it("reads UTF-8 as is", async () => {
    expect(await readStoryFile(fixturePath)).toBe(text);
  });

  it("drops a UTF-8 byte-order mark and keeps everything else", async () => {
    const file = write("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(await readStoryFile(file)).toBe(text);
  });

  it("reads UTF-16 with a byte-order mark, both byte orders (Word's and Notepad's \"Unicode\")", async () => {
    expect(await readStoryFile(write("le.txt", utf16(text, "le")))).toBe(text);
    expect(await readStoryFile(write("be.txt", utf16(text, "be")))).toBe(text);
  });

  it("keeps CRLF, NFD letters and NBSP for the parser to handle", async () => {
    const messy = text.normalize("NFD").replace(/\n/g, "\r\n");
    const read = await readStoryFile(write("messy.txt", messy));
    expect(read).toBe(messy);
    expect(parseStory(read)).toEqual(parsed);
  });

  it("reads UTF-16 without a byte-order mark, both byte orders, by where its NULs fall", async () => {
    const le = Buffer.from(text, "utf16le");
    expect(await readStoryFileText(write("nobom-le.txt", le))).toEqual({ text, encoding: "utf-16le" });
    expect(await readStoryFileText(write("nobom-be.txt", Buffer.from(le).swap16()))).toEqual({ text, encoding: "utf-16be" });
  });

  it("refuses binary data, even with its NULs in one place", async () => {
    await expectCode(readStoryBuffer("data.bin", new Uint8Array([1, 0, 2, 0, 3, 0])), "binary");
    await expectCode(readStoryBuffer("data.bin", new Uint8Array([0x41, 0, 0, 0x42, 0x43, 0])), "binary");
    await expectCode(readStoryBuffer("odd.bin", new Uint8Array([0x41, 0, 0x42])), "binary");
  });

  it("says which encoding it read: UTF-8 stays UTF-8, ASCII is ASCII", async () => {
    expect(await readStoryFileText(fixturePath)).toEqual({ text, encoding: "utf-8" });
    expect(await readStoryFileText(write("ascii.txt", "Ha Noi, ngay 4/7/2022"))).toEqual({ text: "Ha Noi, ngay 4/7/2022", encoding: "ascii" });
    // Valid UTF-8 whose letters happen to look like TCVN3 read as Windows-1252 is still UTF-8.
    expect(await readStoryFileText(write("mojibake.txt", "Hµ Néi"))).toEqual({ text: "Hµ Néi", encoding: "utf-8" });
  });

  it("reads the archive's TCVN3 (ABC) and VNI files as Unicode NFC", async () => {
    expect(await readStoryFile(write("tcvn3.txt", Buffer.from("Hµ Néi, ngµy 4/7/2022", "latin1")))).toBe("Hà Nội, ngày 4/7/2022");
    expect(await readStoryFile(write("vni.txt", Buffer.from("Vieät Nam, Tröôøng Ñaïi hoïc", "latin1")))).toBe("Việt Nam, Trường Đại học");
  });

  it("reads the whole fixture story back from TCVN3 and VNI, CRLF kept, as the parser reads the UTF-8 one", async () => {
    const vni = encodeWith(text, VNI);
    expect(await readStoryFileText(write("story-vni.txt", vni))).toEqual({ text, encoding: "vni" });
    // TCVN3 has no byte for Ủ: "Ủy viên" comes back "ủy viên" (see restoreCapitals), nothing else changes.
    const tcvn3 = encodeWith(text.replace(/\n/g, "\r\n"), TCVN3);
    const read = await readStoryFileText(write("story-tcvn3.txt", tcvn3));
    expect(read).toEqual({ text: text.replace(/Ủy/g, "ủy").replace(/\n/g, "\r\n"), encoding: "tcvn3" });
    expect(parseStory(read.text).byline).toEqual(["PHƯƠNG DUNG"]);
  });

  it("names the encoding when too many words do not read as Vietnamese in it", async () => {
    const words = text.split(/\s+/).slice(0, 120);
    const mixed = words.map((w, i) => (i % 4 === 3 ? "été" : w)).join(" ");
    const err = await expectCode(readStoryFile(write("mixed.txt", encodeWith(mixed, TCVN3))), "not-utf8");
    expect(err.message).toContain("TCVN3");
    expect(err.english).toContain("TCVN3");
  });

  it("refuses Western European text in Windows-1252 by name instead of garbling it", async () => {
    const french = Buffer.from("Le château était très beau ; à côté, l'église où l'on célèbre Noël.", "latin1");
    const german = Buffer.from("Über die Brücke gehen fünf Mädchen; die Straße ist schön.", "latin1");
    for (const bytes of [french, german]) {
      const err = await expectCode(readStoryFile(write("western.txt", bytes)), "not-utf8");
      expect(err.message).toContain("Windows-1252");
      expect(err.message).toContain("UTF-8");
      expect(err.english).toContain("Windows-1252");
    }
  });

  it("refuses random bytes", async () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    const noise = Buffer.from(Array.from({ length: 4096 }, next));
    await expectCode(readStoryFile(write("noise.bin", noise)), "binary");
    const highNoise = Buffer.from(Array.from({ length: 4096 }, () => 0x80 + (next() % 0x80)));
    const err = await expectCode(readStoryFile(write("noise.txt", highNoise)), "not-utf8");
    expect(err.message).toContain("không nhận ra");
  });

  it("names formats people send instead of a story", async () => {
    expect((await expectCode(readStoryBuffer("bai.pdf", Buffer.from("%PDF-1.7\n...")), "unsupported-format")).message).toContain("PDF");
    expect((await expectCode(readStoryBuffer("bai.rtf", Buffer.from("{\\rtf1\\ansi Tiêu đề}")), "unsupported-format")).message).toContain("RTF");
    await expectCode(readStoryBuffer("anh.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "unsupported-format");
  });

  it("refuses a legacy Word .doc with a way out", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const err = await expectCode(readStoryFile(write("bai.doc", ole)), "legacy-doc");
    expect(err.message).toContain(".docx");
    // Renamed or not, the bytes decide.
    await expectCode(readStoryBuffer("bai.txt", ole), "legacy-doc");
  });

  it("says why a file cannot be read at all", async () => {
    await expectCode(readStoryFile(path.join(dir, "khong-co.txt")), "not-found");
    await expectCode(readStoryFile(dir), "not-a-file");
  });

  it("returns an empty text as empty (the parser says it is empty)", async () => {
    expect(await readStoryFile(write("empty.txt", ""))).toBe("");
  });
});

describe("readStoryFile on .docx", () => {
  it("gives the same parsed story as the .txt, every paragraph a block", async () => {
    const file = write("bai.docx", await makeDocx(fixtureParagraphs));
    const read = await readStoryFile(file);
    expect(parseStory(read)).toEqual(parsed);
    // Paragraphs come apart by blank lines, like the .txt.
    expect(read.split("\n\n").filter(Boolean)).toEqual(fixtureParagraphs);
  });

  it("ignores empty Word paragraphs (blank lines typed in Word)", async () => {
    const withBlanks = text.split("\n");
    expect(withBlanks).toContain("");
    expect(parseStory(await readStoryBuffer("bai.docx", await makeDocx(withBlanks)))).toEqual(parsed);
  });

  it("accepts the upload as an ArrayBuffer or a Uint8Array view", async () => {
    const bytes = await makeDocx(fixtureParagraphs);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(parseStory(await readStoryBuffer("bai.docx", arrayBuffer))).toEqual(parsed);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    expect(parseStory(await readStoryBuffer("bai.docx", padded.subarray(4, 4 + bytes.length)))).toEqual(parsed);
  });

  it("keeps manual line breaks (Shift+Enter) as line breaks instead of gluing lines", async () => {
    // Text pasted from e-mail into Word: one paragraph, lines joined by manual breaks.
    const [date, title, ...rest] = fixtureParagraphs as [string, string, ...string[]];
    const byline = rest.pop()!;
    const lines = rest.flatMap((line) => [line, { br: true as const }]);
    const read = await readStoryBuffer("bai.docx", await makeDocx([date, title, lines, byline]));
    expect(read).toContain(`${rest[0]}\n${rest[1]}`);
    const story = parseStory(read);
    expect(story.byline).toEqual(["PHƯƠNG DUNG"]);
    expect(story.sapo).toBe(parsed.sapo);
    expect(story.body.map((b) => b.text)).toEqual(parsed.body.map((b) => b.text));
  });

  it("keeps text split across runs, tabs and NBSP, and drops footnote markers", async () => {
    const read = await readStoryBuffer(
      "bai.docx",
      await makeDocx([
        ["Phấn đấu ", "xây dựng ", "Đảng"],
        [{ tab: true }, "– Sapo\u00a0có khoảng trắng cứng", { footnote: 1 }, "."],
      ]),
    );
    expect(read).toBe("Phấn đấu xây dựng Đảng\n\n\t– Sapo\u00a0có khoảng trắng cứng.\n\n");
  });

  it("refuses a damaged .docx and a zip that is not a Word document", async () => {
    const good = await makeDocx(fixtureParagraphs);
    const err = await expectCode(readStoryBuffer("bai.docx", good.subarray(0, 200)), "bad-docx");
    expect(err.message).toContain(".docx");
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("not really a zip")]);
    expect((await expectCode(readStoryBuffer("bai.odt", zip), "bad-docx")).message).toContain("zip");
  });
});

describe("a .docx's formatting, carried to the parser", () => {
  const TITLE = "Lạng Sơn tổng kết 5 năm xây dựng nông thôn mới";
  const LEAD = "Sáng 12/10, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.";
  const BODY = [
    "Giai đoạn 2021 – 2025, toàn tỉnh có thêm 45 xã đạt chuẩn nông thôn mới, 12 xã đạt chuẩn nông thôn mới nâng cao, vượt chỉ tiêu nghị quyết đề ra.",
    "Thu nhập bình quân đầu người khu vực nông thôn đạt 48 triệu đồng mỗi năm, tăng gần 1,5 lần so với đầu nhiệm kỳ, tỷ lệ hộ nghèo giảm bình quân 3% mỗi năm.",
    "Phát biểu chỉ đạo, đồng chí Chủ tịch Ủy ban nhân dân tỉnh đề nghị các địa phương tiếp tục huy động sức dân, tránh chạy theo thành tích trong xây dựng nông thôn mới.",
  ];

  it("takes a bold first paragraph as the sapo, and leaves a plain one in the body", async () => {
    const bold = await readStoryBufferText("bai.docx", await makeDocx([{ runs: TITLE, bold: true }, { runs: LEAD, bold: true }, ...BODY, "THU HÀ"]));
    expect(parseStory(bold.text, bold.layout).sapo).toBe(LEAD);
    const plain = await readStoryBufferText("bai.docx", await makeDocx([TITLE, LEAD, ...BODY, "THU HÀ"]));
    const parsed = parseStory(plain.text, plain.layout);
    expect(parsed.sapo).toBe("");
    expect(parsed.body[0]).toEqual({ type: "paragraph", text: LEAD });
  });

  it("reads heading-styled and bold lines as subheadings, the picture's empty paragraph and italics as a caption's", async () => {
    const file = write(
      "phong-su.docx",
      await makeDocx([
        TITLE,
        { runs: LEAD, italic: true },
        BODY[0]!,
        "",
        { runs: "Quang cảnh hội nghị", italic: true },
        { runs: "Những con số ấn tượng", style: "Heading2" },
        BODY[1]!,
        { runs: "Không chạy theo thành tích", bold: true },
        BODY[2]!,
        "PHƯƠNG DUNG (tổng hợp)",
      ]),
    );
    const { text: read, layout } = await readStoryFileText(file);
    const parsed = parseStory(read, layout);
    expect(parsed.sapo).toBe(LEAD);
    expect(parsed.body.map((b) => [b.type, b.text])).toEqual([
      ["paragraph", BODY[0]],
      ["caption", "Quang cảnh hội nghị"],
      ["subheading", "Những con số ấn tượng"],
      ["paragraph", BODY[1]],
      ["subheading", "Không chạy theo thành tích"],
      ["paragraph", BODY[2]],
    ]);
    expect(parsed).toMatchObject({ byline: ["PHƯƠNG DUNG"], bylineNote: "(tổng hợp)" });
  });

  it("says nothing of bold in a document typed all in bold, and gives a notice no sapo", async () => {
    const allBold = await readStoryBufferText("bai.docx", await makeDocx([TITLE, LEAD, ...BODY].map((runs) => ({ runs, bold: true }))));
    expect(allBold.layout?.setApart).toEqual([]);
    expect(parseStory(allBold.text, allBold.layout).sapo).toBe("");
    const notice = await readStoryBufferText("tb.docx", await makeDocx(["Thông báo", { runs: LEAD, bold: true }, ...BODY]));
    expect(parseStory(notice.text, notice.layout)).toMatchObject({ kind: "notice", sapo: "" });
  });

  it("gives a text file no layout", async () => {
    expect((await readStoryFileText(fixturePath)).layout).toBeUndefined();
  });
});
