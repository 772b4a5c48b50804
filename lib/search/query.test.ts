import { describe, expect, it } from "vitest";
import { parseQuery, searchPageNumber, searchQueryText } from "./query";

describe("parseQuery", () => {
  it("splits words and keeps quoted phrases whole, straight or curly quotes", () => {
    expect(parseQuery('Lạng Sơn "xây dựng Đảng"')).toEqual([
      { phrase: false, folded: ["lang"], accented: ["lạng"] },
      { phrase: false, folded: ["son"], accented: ["sơn"] },
      { phrase: true, folded: ["xay", "dung", "dang"], accented: ["xây", "dựng", "đảng"] },
    ]);
    expect(parseQuery("“uỷ ban” nhân dân")[0]).toEqual({ phrase: true, folded: ["uy", "ban"], accented: ["ủy", "ban"] });
  });

  it("runs an unclosed quote to the end", () => {
    expect(parseQuery('hội "nông sản Lạng')).toEqual([
      { phrase: false, folded: ["hoi"], accented: ["hội"] },
      { phrase: true, folded: ["nong", "san", "lang"], accented: ["nông", "sản", "lạng"] },
    ]);
  });

  it("folds NFD, the lookalike Ð and non-breaking spaces like the index does", () => {
    expect(parseQuery("\u00d0ảng\u00a0viên".normalize("NFD"))).toEqual([
      { phrase: false, folded: ["dang"], accented: ["đảng"] },
      { phrase: false, folded: ["vien"], accented: ["viên"] },
    ]);
  });

  it("keeps a token such as 28/6 as a phrase of its parts, drops punctuation and duplicates", () => {
    expect(parseQuery("(28/6) – Đảng đảng ĐẢNG …")).toEqual([
      { phrase: true, folded: ["28", "6"], accented: ["28", "6"] },
      { phrase: false, folded: ["dang"], accented: ["đảng"] },
    ]);
    expect(parseQuery(' !!! "" – ')).toEqual([]);
  });

  it("keeps accented spellings apart as separate terms", () => {
    expect(parseQuery("đang Đảng").map((t) => t.accented)).toEqual([["đang"], ["đảng"]]);
  });
});

describe("input validation", () => {
  it("takes 1 to 200 characters after trimming, in Vietnamese otherwise", () => {
    expect(searchQueryText.parse("  xây dựng  ")).toBe("xây dựng");
    expect(searchQueryText.safeParse("   ").error?.issues[0]?.message).toBe("Hãy nhập từ cần tìm.");
    expect(searchQueryText.safeParse("a".repeat(201)).error?.issues[0]?.message).toBe("Từ cần tìm dài quá 200 ký tự.");
    expect(searchQueryText.safeParse(` ${"a".repeat(200)} `).success).toBe(true);
  });

  it("takes pages 1 to 500", () => {
    expect(searchPageNumber.parse("3")).toBe(3);
    expect(searchPageNumber.safeParse("0").error?.issues[0]?.message).toBe("Số trang nhỏ nhất là 1.");
    expect(searchPageNumber.safeParse("501").error?.issues[0]?.message).toBe("Số trang lớn nhất là 500.");
    expect(searchPageNumber.safeParse("1.5").error?.issues[0]?.message).toBe("Số trang phải là số nguyên.");
    expect(searchPageNumber.safeParse("hai").error?.issues[0]?.message).toBe("Số trang không hợp lệ.");
  });
});
