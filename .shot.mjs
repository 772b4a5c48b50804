import { chromium } from "@playwright/test";
const [url, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "vi-VN" });
  const response = await page.goto(url);
  console.log(width, response.status(), page.url());
  await page.locator(".story-byline").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}-${width}.png` });
  await page.close();
}
await browser.close();
