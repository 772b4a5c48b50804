import { describe, expect, it } from "vitest";
import { buildOldAddressTable, idInSegment, normalizeOldAddress, oldAddressTarget, type OldAddressRow } from "./old-address-map";

describe("normalizeOldAddress", () => {
  it("keeps the path of a full URL, lowercased, without its page extension and trailing slashes", () => {
    expect(normalizeOldAddress("https://baolangson.vn/thoi-su/abc-123456.html")).toEqual({ address: "/thoi-su/abc-123456", oldId: "123456" });
    for (const variant of [
      "http://baolangson.vn/thoi-su/abc-123456.html",
      "https://www.baolangson.vn:8080/Thoi-Su/ABC-123456.HTML",
      "baolangson.vn/thoi-su/abc-123456.htm",
      "/thoi-su/abc-123456.shtml",
      "/thoi-su/abc-123456.php",
      "/thoi-su/abc-123456.aspx",
      "/thoi-su/abc-123456/",
      "//baolangson.vn/thoi-su//abc-123456.html#binh-luan",
      "thoi-su/abc-123456.html?utm_source=facebook&fbclid=x",
      "  /thoi-su/abc-123456  ",
    ]) {
      expect(normalizeOldAddress(variant), variant).toEqual({ address: "/thoi-su/abc-123456", oldId: "123456" });
    }
  });

  it("decodes percent-encoding and composes Vietnamese letters (NFC), so every spelling of a slug is one address", () => {
    const plain = normalizeOldAddress("https://baolangson.vn/văn-hóa/Đêm-hội-trăng-rằm.html");
    expect(plain).toEqual({ address: "/văn-hóa/đêm-hội-trăng-rằm", oldId: null });
    expect(normalizeOldAddress(`/${encodeURIComponent("văn-hóa")}/${encodeURIComponent("đêm-hội-trăng-rằm")}/`)).toEqual(plain);
    expect(normalizeOldAddress("/VĂN-HÓA/ĐÊM-HỘI-TRĂNG-RẰM".normalize("NFD"))).toEqual(plain);
    // Not UTF-8: kept as it came rather than refused.
    expect(normalizeOldAddress("/tin-tuc/%E0%A4%A.html")?.address).toBe("/tin-tuc/%e0%a4%a");
  });

  it("keeps an id parameter (only that one) and takes the old id from it", () => {
    expect(normalizeOldAddress("https://baolangson.vn/index.php?id=123456&lang=vi")).toEqual({ address: "/index?id=123456", oldId: "123456" });
    expect(normalizeOldAddress("/tin-tuc/chi-tiet.aspx?ArticleID=00789&cat=3")).toEqual({ address: "/tin-tuc/chi-tiet?articleid=789", oldId: "789" });
    expect(normalizeOldAddress("/News/Detail.asp?NewsId=55")).toEqual({ address: "/news/detail?newsid=55", oldId: "55" });
    expect(normalizeOldAddress("https://baolangson.vn/?p=4321")).toEqual({ address: "/?p=4321", oldId: "4321" });
    expect(normalizeOldAddress("/index.php?id=abc")).toEqual({ address: "/index", oldId: null });
  });

  it("refuses what cannot be an address", () => {
    for (const bad of [
      "",
      "   ",
      "mailto:toasoan@baolangson.vn",
      "javascript:alert(1)",
      "ftp://x/y",
      `/${"a".repeat(2001)}`,
      "/tin\u0000tuc",
      "/tin%00tuc",
      "/a\nb",
    ]) {
      expect(normalizeOldAddress(bad), JSON.stringify(bad).slice(0, 40)).toBeNull();
    }
  });
});

describe("the old site's id in a last segment", () => {
  it("is the last run of four digits or more that is not a year", () => {
    expect(idInSegment("le-hoi-xuan-2019-123456")).toBe("123456");
    expect(idInSegment("123456-le-hoi-xuan-2019")).toBe("123456");
    expect(idInSegment("le-hoi-xuan-2019")).toBeNull();
    expect(idInSegment("ngay-20-11-2019-tin-0042")).toBe("42");
    expect(idInSegment("bai-123")).toBeNull();
    expect(idInSegment("20231120101112345")).toBe("20231120101112345"); // a 17-digit id of the dantri kind
  });
});

describe("oldAddressTarget", () => {
  const rows: OldAddressRow[] = [
    { address: "/thoi-su/le-hoi-xuan-2019-123456", oldId: "123456", storyId: 7, path: "/van-hoa/le-hoi-xuan-7" },
    { address: "/văn-hóa/đêm-hội-trăng-rằm", oldId: null, storyId: 8, path: "/van-hoa/dem-hoi-trang-ram-8" },
    { address: "/index?id=555", oldId: "555", storyId: 9, path: "/xa-hoi/tin-9" },
    // One id in the addresses of two stories: the id alone finds neither.
    { address: "/a/bai-mot-777777", oldId: "777777", storyId: 10, path: "/xa-hoi/bai-mot-10" },
    { address: "/b/bai-hai-777777", oldId: "777777", storyId: 11, path: "/xa-hoi/bai-hai-11" },
    // Two addresses of one story with one id: the id still finds it.
    { address: "/c/bai-ba-888888", oldId: "888888", storyId: 12, path: "/xa-hoi/bai-ba-12" },
    { address: "/d/bai-ba-888888", oldId: "888888", storyId: 12, path: "/xa-hoi/bai-ba-12" },
    // A draft's address leads nowhere, and its id makes the id ambiguous.
    { address: "/e/nhap-999999", oldId: "999999", storyId: 13, path: null },
    { address: "/f/cong-bo-999999", oldId: "999999", storyId: 14, path: "/xa-hoi/cong-bo-14" },
    // Became a section's address after the import.
    { address: "/chuyen-de", oldId: null, storyId: 15, path: "/xa-hoi/chuyen-de-15" },
  ];
  const table = buildOldAddressTable(rows, ["van-hoa", "chuyen-de", "thoi-su-cu"]);
  const target = (url: string) => {
    const parsed = new URL(url, "http://localhost");
    return oldAddressTarget(parsed.pathname, parsed.search, table);
  };

  it("finds a recorded address in any of its spellings", () => {
    for (const url of [
      "/thoi-su/le-hoi-xuan-2019-123456.html",
      "/Thoi-Su/Le-Hoi-Xuan-2019-123456.HTM",
      "/thoi-su/le-hoi-xuan-2019-123456.html?utm_source=zalo",
      "/thoi-su/le-hoi-xuan-2019-123456.aspx/",
    ]) {
      expect(target(url), url).toBe("/van-hoa/le-hoi-xuan-7");
    }
    expect(target(`/${encodeURIComponent("văn-hóa")}/${encodeURIComponent("Đêm-hội-trăng-rằm")}.html`)).toBe("/van-hoa/dem-hoi-trang-ram-8");
    expect(target("/văn-hóa/đêm-hội-trăng-rằm")).toBe("/van-hoa/dem-hoi-trang-ram-8");
    expect(target("/index.php?lang=vi&ID=555")).toBe("/xa-hoi/tin-9");
  });

  it("finds a story by the old site's id alone when one story has it", () => {
    expect(target("/123456.html")).toBe("/van-hoa/le-hoi-xuan-7");
    expect(target("/123456")).toBe("/van-hoa/le-hoi-xuan-7");
    expect(target("/tin-tuc/123456.html")).toBe("/van-hoa/le-hoi-xuan-7");
    expect(target("/index.php?id=123456")).toBe("/van-hoa/le-hoi-xuan-7");
    expect(target("/?p=123456")).toBe("/van-hoa/le-hoi-xuan-7");
    expect(target("/tin-tuc/chi-tiet.aspx?newsid=555")).toBe("/xa-hoi/tin-9");
    expect(target("/888888.html")).toBe("/xa-hoi/bai-ba-12");
    expect(target("/777777.html")).toBeNull();
    expect(target("/999999.html")).toBeNull();
    expect(target("/e/nhap-999999.html")).toBeNull();
    expect(target("/f/cong-bo-999999.html")).toBe("/xa-hoi/cong-bo-14");
  });

  it("never answers for an address of the new site", () => {
    // The shape of a story address here: the story page finds story 123456, or says 404.
    expect(target("/thoi-su/le-hoi-xuan-2019-123456")).toBeNull();
    expect(target("/tin-tuc/123456")).toBeNull();
    // Reserved paths, sections (current and former), the home page without an id.
    expect(target("/tim-kiem?id=123456")).toBeNull();
    expect(target("/the/123456.html")).toBeNull();
    expect(target("/chuyen-de")).toBeNull();
    expect(target("/chuyen-de.html")).toBeNull();
    expect(target("/van-hoa?id=123456")).toBeNull();
    expect(target("/thoi-su-cu/trang/2")).toBeNull();
    expect(target("/")).toBeNull();
  });

  it("says nothing for an unknown old-looking address, and costs nothing with no archive", () => {
    expect(target("/thoi-su/khong-co-bai-nay-4242424.html")).toBeNull();
    expect(target("/tin-tuc/khong-co.html")).toBeNull();
    expect(oldAddressTarget("/thoi-su/le-hoi-xuan-2019-123456.html", "", buildOldAddressTable([], []))).toBeNull();
  });
});
