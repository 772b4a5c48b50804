import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, slugify } from "./slug";

const TITLE = "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện";

describe("slugify", () => {
  it("slugs the seed article's title", () => {
    expect(slugify(TITLE)).toBe("phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-trong-sach-vung-manh-toan-dien");
  });

  it("gives the same slug for NFD input", () => {
    expect(slugify(TITLE.normalize("NFD"))).toBe(slugify(TITLE));
  });

  it("turns đ and Đ into d, which Unicode decomposition does not do", () => {
    expect(slugify("Đường lên Đồng Đăng đẹp")).toBe("duong-len-dong-dang-dep");
  });

  it("folds the lookalike Ð (U+00D0) like Đ", () => {
    expect(slugify("\u00d0ẢNG BỘ \u00f0ịa phương")).toBe("dang-bo-dia-phuong");
  });

  it("strips stacked tone marks (ệ, ợ, ữ, ỷ) in both spellings of the tone", () => {
    expect(slugify("Bệnh viện lợi ích giữ gìn Uỷ ban Ủy ban Thuỷ Thủy")).toBe("benh-vien-loi-ich-giu-gin-uy-ban-uy-ban-thuy-thuy");
  });

  it("turns punctuation, quotes and special spaces into single hyphens, trimmed", () => {
    expect(slugify(" – “Lạng Sơn”: 28/6,\u00a0hội nghị… (LSO)! ")).toBe("lang-son-28-6-hoi-nghi-lso");
  });

  it("cuts a long title at a word boundary within the limit", () => {
    const long = "Ủy ban nhân dân tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2022";
    const full = slugify(long, 1000);
    const slug = slugify(long);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(full.startsWith(slug)).toBe(true);
    expect(full[slug.length]).toBe("-");
    expect(slug.endsWith("-")).toBe(false);
  });

  it("keeps a slug that ends exactly at the limit whole", () => {
    expect(slugify("aaaa bbbb", 9)).toBe("aaaa-bbbb");
    expect(slugify("aaaa bbbb cc", 9)).toBe("aaaa-bbbb");
  });

  it("hard-cuts one very long word", () => {
    expect(slugify("x".repeat(200))).toBe("x".repeat(SLUG_MAX_LENGTH));
  });

  it("returns an empty slug when there is nothing to keep", () => {
    expect(slugify("")).toBe("");
    expect(slugify(" – … ")).toBe("");
  });
});
