import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collapseSpaces, normalizeText } from "./normalize";

const FIXTURE = fileURLToPath(new URL("../../db/seed/seed-article.txt", import.meta.url));

describe("normalizeText", () => {
  it("turns NFD-decomposed Vietnamese into NFC", () => {
    const nfc = "Phấn đấu xây dựng Đảng trong sạch, vững mạnh, toàn diện";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(normalizeText(nfd)).toBe(nfc);
  });

  it("composes stacked marks into single letters (ệ, ợ, ữ, ỷ)", () => {
    const out = normalizeText("e\u0323\u0302 o\u031b\u0323 u\u031b\u0303 y\u0309");
    expect(out).toBe("ệ ợ ữ ỷ");
    expect([...out.replace(/ /g, "")]).toHaveLength(4);
  });

  it("strips a leading BOM but keeps a U+FEFF further in", () => {
    expect(normalizeText("\ufeffThứ hai")).toBe("Thứ hai");
    expect(normalizeText("a\ufeffb")).toBe("a\ufeffb");
  });

  it("turns CRLF and lone CR line ends into LF", () => {
    expect(normalizeText("một\r\nhai\rba\n\r\nbốn")).toBe("một\nhai\nba\n\nbốn");
  });

  it("keeps what the reporter typed: lookalike Ð, NBSP, quotes, dashes, ellipsis, tabs", () => {
    const typed = 'ÐẢNG \u201cxây dựng\u201d "Đảng" \u2013 trung ương\u2026\u00a0Đồng\tthời';
    expect(normalizeText(typed)).toBe(typed);
    expect(normalizeText("Ð").codePointAt(0)).toBe(0xd0);
  });

  it("leaves the seed article unchanged (it is already NFC with LF line ends)", () => {
    const text = readFileSync(FIXTURE, "utf8");
    expect(normalizeText(text)).toBe(text);
  });

  it("is idempotent", () => {
    const s = "\ufeffHoà\r\nKhoe\u0309";
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe("collapseSpaces", () => {
  it("collapses runs of ordinary spaces and tabs", () => {
    expect(collapseSpaces("Tại  điểm \t cầu\t\ttỉnh")).toBe("Tại điểm cầu tỉnh");
  });

  it("keeps non-breaking and other special spaces", () => {
    expect(collapseSpaces("trung ương…\u00a0Đồng thời")).toBe("trung ương…\u00a0Đồng thời");
    expect(collapseSpaces("hai,\u00a0  04")).toBe("hai,\u00a0 04");
    expect(collapseSpaces("10\u202f000")).toBe("10\u202f000");
  });
});
