import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/text/slug";
import { isReservedSlug, reservedSlugs } from "./reserved-slugs";

const appDir = path.join(process.cwd(), "app");

// Static first URL segments of the app: folders under app/ (seen through route groups), and the
// files Next.js serves at the root by convention.
function firstSegments(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (entry.isDirectory()) {
      if (/^\(.+\)$/.test(name)) found.push(...firstSegments(path.join(dir, name)));
      else if (!name.startsWith("[") && !name.startsWith("_") && !name.startsWith("@")) found.push(name);
    } else if (/^(sitemap|robots)\.(ts|tsx|js)$/.test(name)) {
      found.push(name.startsWith("sitemap") ? "sitemap.xml" : "robots.txt");
    } else if (name === "favicon.ico") {
      found.push(name);
    }
  }
  return found;
}

describe("reserved slugs", () => {
  it("cover every static first segment the app serves today", () => {
    const segments = firstSegments(appDir);
    expect(segments.length).toBeGreaterThan(2);
    for (const segment of segments) expect(reservedSlugs, segment).toContain(segment);
  });

  it("are recognised whatever the case", () => {
    expect(isReservedSlug("toa-soan")).toBe(true);
    expect(isReservedSlug("Tim-Kiem")).toBe(true);
    expect(isReservedSlug("the-thao")).toBe(false);
  });

  it("include what a section name would slugify to for the newsroom's own words", () => {
    expect(isReservedSlug(slugify("Tòa soạn"))).toBe(true);
    expect(isReservedSlug(slugify("Tìm kiếm"))).toBe(true);
    expect(isReservedSlug(slugify("Thẻ"))).toBe(true);
    expect(isReservedSlug(slugify("Đính chính"))).toBe(true);
  });
});
