import { describe, expect, it } from "vitest";
import { foldAccentSensitive, foldForSearch, normalizeTonePlacement } from "./fold";

describe("foldForSearch", () => {
  it("lets an unaccented query meet accented text", () => {
    expect(foldForSearch("Xây dựng Đảng")).toBe("xay dung dang");
    expect(foldForSearch("xay dung dang")).toBe(foldForSearch("XÂY DỰNG ĐẢNG"));
  });

  it("folds old and new tone placement alike", () => {
    expect(foldForSearch("uỷ ban")).toBe(foldForSearch("ủy ban"));
    expect(foldForSearch("hoà bình")).toBe(foldForSearch("hòa bình"));
    expect(foldForSearch("Thuý")).toBe(foldForSearch("Thúy"));
    expect(foldForSearch("khoẻ")).toBe("khoe");
  });

  it("folds NFD and NFC input alike", () => {
    const s = "Nguyễn Thị Bích Ngọc, Lợi ích, Giữ gìn, Uỷ ban";
    expect(foldForSearch(s.normalize("NFD"))).toBe(foldForSearch(s));
    expect(foldForSearch(s)).toBe("nguyen thi bich ngoc, loi ich, giu gin, uy ban");
  });

  it("folds đ, Đ and the lookalike Ð (U+00D0) to d", () => {
    expect(foldForSearch("đ Đ \u00d0 \u00f0")).toBe("d d d d");
    expect(foldForSearch("\u00d0ẢNG")).toBe(foldForSearch("Đảng"));
  });

  it("turns non-breaking and other Unicode spaces into one plain space, trimmed", () => {
    expect(foldForSearch("\u00a0 trung\u00a0ương\u2009\u3000 Đồng\tthời\n")).toBe("trung uong dong thoi");
  });

  it("drops invisible characters inside words", () => {
    expect(foldForSearch("xây\u200bdựng\u00ad")).toBe("xaydung");
  });

  it("keeps punctuation for the tokeniser", () => {
    expect(foldForSearch("Lạng Sơn, 28/6")).toBe("lang son, 28/6");
  });

  it("is idempotent", () => {
    const once = foldForSearch("Phấn đấu xây dựng ngành tổ chức – “Ðảng”…");
    expect(foldForSearch(once)).toBe(once);
  });
});

describe("normalizeTonePlacement", () => {
  it("moves the tone of word-final oa, oe, uy onto the first vowel", () => {
    expect(normalizeTonePlacement("hoà khoẻ thuỷ uỷ xoè hoạ")).toBe("hòa khỏe thủy ủy xòe họa");
  });

  it("handles capitals", () => {
    expect(normalizeTonePlacement("Uỷ ban HOÀ BÌNH Khánh Hoà")).toBe("Ủy ban HÒA BÌNH Khánh Hòa");
  });

  it("leaves syllables that are spelled alike in both systems", () => {
    const same = "hoàng quý quỷ Quỳnh khuỷu ngoài thuyền toán hoặc thuế";
    expect(normalizeTonePlacement(same)).toBe(same);
  });

  it("leaves text already in the target placement and keeps every diacritic", () => {
    const s = "Hòa Bình, Ủy ban, thủy lợi, sức khỏe, Đảng, Ð";
    expect(normalizeTonePlacement(s)).toBe(s);
  });

  it("accepts NFD input and returns NFC", () => {
    expect(normalizeTonePlacement("thuỷ".normalize("NFD"))).toBe("thủy");
  });

  it("stops at punctuation and spaces", () => {
    expect(normalizeTonePlacement("(hoà), thuý.")).toBe("(hòa), thúy.");
  });
});

describe("foldAccentSensitive", () => {
  it("keeps diacritics so Đảng, đang and dáng stay apart", () => {
    const folded = ["Đảng", "đang", "dáng"].map(foldAccentSensitive);
    expect(new Set(folded).size).toBe(3);
  });

  it("unifies case, tone placement, the lookalike Ð and spaces", () => {
    expect(foldAccentSensitive("Uỷ\u00a0 ban")).toBe(foldAccentSensitive("ủy ban"));
    expect(foldAccentSensitive("\u00d0ẢNG")).toBe("đảng");
  });
});
