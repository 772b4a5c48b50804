// What search engines and link previews read: the fixture story's canonical address, Open Graph,
// Twitter card and NewsArticle JSON-LD (in the server's HTML, no script needed), the listings'
// sharing tags, the search page kept out of indexes and accessible, and the Vietnamese 404 for an
// address no route knows.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const fixtureTitle = "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện";
const paperName = "Báo Biên Cương"; // the demo's "Tên báo" setting

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
const content = async (page: Page, key: string) => (await meta(page, key).first().getAttribute("content")) ?? "";

/** The canonical link's path, wherever it resolves (the demo has no public domain, so it may be relative). */
async function canonicalPath(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(href, "canonical link").toBeTruthy();
  return new URL(href!, page.url()).pathname;
}

async function openFixtureStory(page: Page): Promise<string> {
  await page.goto("/chinh-tri");
  await page.getByRole("main").getByRole("link", { name: fixtureTitle, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: fixtureTitle })).toBeVisible();
  return new URL(page.url()).pathname;
}

test.describe("search engines and link previews", () => {
  test("the fixture story names its canonical address, its article preview and a NewsArticle", async ({ page, request }) => {
    const path = await openFixtureStory(page);

    expect(await canonicalPath(page)).toBe(path);
    expect(await page.title()).toBe(`${fixtureTitle} — ${paperName}`);
    expect(await content(page, "og:title")).toBe(fixtureTitle);
    expect(await content(page, "og:type")).toBe("article");
    expect(await content(page, "og:site_name")).toBe(paperName);
    expect(await content(page, "og:locale")).toBe("vi_VN");
    expect(new URL(await content(page, "og:url"), page.url()).pathname).toBe(path);
    expect(await content(page, "article:published_time")).toBe("2022-07-04T01:30:00.000Z");
    expect(await content(page, "article:section")).toBe("Chính trị");
    await expect(page.locator('meta[property="article:tag"][content="Xây dựng Đảng"]')).toHaveCount(1);
    // The demo's fixture story has no cover (its pictures are in the body): the small card, no image.
    expect(await content(page, "twitter:card")).toBe("summary");
    await expect(meta(page, "og:image")).toHaveCount(0);

    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const ld = JSON.parse((await scripts.textContent()) ?? "null") as Record<string, unknown>;
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: fixtureTitle,
      datePublished: "2022-07-04T01:30:00.000Z",
      dateModified: "2022-07-04T01:30:00.000Z",
      author: [{ "@type": "Person", name: "PHƯƠNG DUNG" }],
      publisher: { "@type": "NewsMediaOrganization", name: paperName },
      articleSection: "Chính trị",
      inLanguage: "vi",
    });
    expect(new URL((ld.author as { url: string }[])[0]!.url, page.url()).pathname).toBe("/tac-gia/phuong-dung");
    expect(ld.keywords).toContain("Xây dựng Đảng");
    expect(ld).not.toHaveProperty("image");

    // Server-rendered (no script builds it), and the page is still served from a cache: Next's
    // (ISR) or, once kept, the server's own in front of it.
    const first = await request.get(path);
    expect(await first.text()).toContain('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"');
    const again = (await request.get(path)).headers();
    expect([again["x-nextjs-cache"], again["x-toasoan-cache"]]).toContain("HIT");
  });

  test("listings state their canonical address and a website preview", async ({ page }) => {
    const listings: [string, string][] = [
      ["/", "/"],
      ["/chinh-tri", "/chinh-tri"],
      ["/the/xay-dung-dang", "/the/xay-dung-dang"],
      ["/tac-gia/phuong-dung", "/tac-gia/phuong-dung"],
      ["/dinh-chinh", "/dinh-chinh"],
    ];
    for (const [address, canonical] of listings) {
      await page.goto(address);
      expect(await canonicalPath(page), address).toBe(canonical);
      expect(await content(page, "og:type"), address).toBe("website");
      expect(await content(page, "og:site_name"), address).toBe(paperName);
      expect(await content(page, "og:title"), address).toBe(await page.title());
      expect(await content(page, "og:description"), address).not.toBe("");
      expect(await content(page, "twitter:card"), address).toBe("summary");
      await expect(page.locator('meta[name="robots"]'), address).toHaveCount(0);
    }
  });

  test("search results stay out of indexes and have no axe violations (WCAG 2 A and AA)", async ({ page }) => {
    await page.goto("/tim-kiem?q=xay%20dung%20dang");
    await expect(page.getByRole("list", { name: "Kết quả tìm kiếm" }).getByRole("link", { name: fixtureTitle })).toBeVisible();
    expect(await content(page, "robots")).toContain("noindex");

    await expectNoAxeViolations(page, "search results");
  });

  test("an address no route knows answers 404 in Vietnamese, with the way home", async ({ page }) => {
    const response = await page.goto("/a/b/c");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
    expect(await page.title()).toBe("Không tìm thấy trang");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await page.getByRole("link", { name: "Về trang chủ" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
