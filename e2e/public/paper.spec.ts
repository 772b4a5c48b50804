// The demo paper as it looks on a good day: photos on the lead and the teasers (sized so nothing
// jumps, loaded lazily below the fold), a filled side column with Đọc nhiều, no sideways scroll on
// a phone, and a story that can be shared (plain links to Facebook's and Zalo's share pages) and
// printed with its full address.
import { expect, test, type Page } from "@playwright/test";

const mauSon = "Mẫu Sơn tìm hướng phát triển du lịch bốn mùa, giữ chân du khách lâu hơn";

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** Every picture of the main content declares its size and its text alternative (empty when decorative). */
async function expectSizedPictures(page: Page, atLeast: number) {
  const pictures = await page
    .getByRole("main")
    .locator("img")
    .evaluateAll((images) =>
      images.map((img) => ({
        src: img.getAttribute("src"),
        width: Number(img.getAttribute("width")),
        height: Number(img.getAttribute("height")),
        alt: img.getAttribute("alt"),
        loading: img.getAttribute("loading"),
        sizes: img.getAttribute("sizes"),
      })),
    );
  expect(pictures.length).toBeGreaterThanOrEqual(atLeast);
  for (const picture of pictures) {
    expect(picture.src, JSON.stringify(picture)).toMatch(/^\/media\//);
    expect(picture.width, JSON.stringify(picture)).toBeGreaterThan(0);
    expect(picture.height, JSON.stringify(picture)).toBeGreaterThan(0);
    expect(picture.alt, JSON.stringify(picture)).not.toBeNull();
    expect(picture.sizes, JSON.stringify(picture)).toBeTruthy();
  }
  return pictures;
}

for (const width of [390, 1280]) {
  test(`the home page at ${width} px: a lead photo, thumbnails, Đọc nhiều, no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    const lead = page.locator(".lead-story img");
    await expect(lead).toBeVisible();
    await expect(lead).toHaveAttribute("loading", "eager");
    // The photo really arrives (the media route serves the seeded library's variants).
    await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    const pictures = await expectSizedPictures(page, 12);
    expect(pictures.filter((p) => p.loading === "lazy").length).toBeGreaterThanOrEqual(pictures.length - 1);

    const mostRead = page.getByRole("heading", { name: /^Đọc nhiều/ });
    await expect(mostRead).toBeVisible();
    await expect(page.locator(".most-read li")).toHaveCount(5);
    await expect(page.getByRole("heading", { name: "Tin mới", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Biên giới", exact: true })).toBeVisible();

    // The footer prints the paper's details and the address it is really served at (with its port).
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("Tổng biên tập: Nông Văn Thắng");
    await expect(footer).not.toContainText("chưa cài đặt");
    await expect(footer.getByRole("link", { name: new URL(page.url()).host })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test(`a section page at ${width} px: its newest story with a photo, and the side column`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/kinh-te");
    await expect(page.getByRole("heading", { level: 1, name: "Kinh tế" })).toBeVisible();
    await expect(page.locator(".lead-story img")).toBeVisible();
    await expectSizedPictures(page, 3);
    await expect(page.getByRole("complementary", { name: "Tin khác" }).getByRole("heading", { name: /^Đọc nhiều/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
}

test("a story can be shared on Facebook and Zalo with its full address, and printed", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/van-hoa-xa-hoi");
  await page.getByRole("main").getByRole("link", { name: mauSon, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: mauSon })).toBeVisible();
  const address = page.url();
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/van-hoa-xa-hoi\/mau-son-/);

  const share = page.getByRole("list", { name: "Chia sẻ bài viết" });
  await expect(share.getByRole("link", { name: /Chia sẻ lên Facebook/ })).toHaveAttribute(
    "href",
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(address)}`,
  );
  await expect(share.getByRole("link", { name: /Chia sẻ qua Zalo/ })).toHaveAttribute("href", `https://sp.zalo.me/share?url=${encodeURIComponent(address)}`);
  for (const link of await share.getByRole("link").all()) await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  // No script of Facebook's or Zalo's on the page.
  expect(await page.locator("script[src*=facebook], script[src*=zalo]").count()).toBe(0);

  // The print button is shown by the page's one script and opens the browser's print.
  const print = share.getByRole("button", { name: "In bài" });
  await expect(print).toBeVisible();
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await print.click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");

  // The cover is also the body's first figure: it is printed once, with the body's caption.
  const article = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1, name: mauSon }) });
  const sources = await article.locator("img").evaluateAll((images) => images.map((img) => img.getAttribute("src")));
  expect(sources.length).toBeGreaterThanOrEqual(1);
  expect(new Set(sources).size).toBe(sources.length);
  await expect(article.locator("figcaption").first()).toContainText("Ảnh minh họa");

  await page.emulateMedia({ media: "print" });
  await expect(share).toBeHidden();
  await expect(page.getByText(`Địa chỉ bài viết: ${address}`)).toBeVisible();
  await expectNoSidewaysScroll(page);
});
