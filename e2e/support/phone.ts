// A phone, for the specs of issue 17: 390 × 844 CSS pixels, touch, a mobile browser's viewport.
// On it no newsroom page may scroll sideways, and the header stays one row.
import { expect, type Page } from "@playwright/test";

export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** The page is no wider than the screen: nothing to scroll sideways, no column pushed off it. */
export async function expectNoSideScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

/** The newsroom's header is one row at most 64 px high: no word broken onto a second line. */
export async function expectOneRowHeader(page: Page) {
  const box = await page.getByRole("banner").boundingBox();
  expect(box, "the newsroom's header").not.toBeNull();
  expect(box!.height, `${page.url()}: the header wraps`).toBeLessThanOrEqual(64);
}

/** Opens a newsroom page on the phone and checks its width, its header and its main heading. */
export async function visitOnPhone(page: Page, address: string, heading: string | RegExp) {
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoSideScroll(page);
  await expectOneRowHeader(page);
}

/** The header's menu opens and offers Đăng xuất (without pressing it). */
export async function expectMenuWithLogOut(page: Page) {
  await page.getByRole("button", { name: "Trình đơn" }).click();
  const menu = page.getByRole("navigation", { name: "Trình đơn tòa soạn" });
  await expect(menu.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Hồ sơ" })).toBeVisible();
  await expectNoSideScroll(page);
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
}

/** Console errors while the page lived (a missing icon, a failed script), to assert there are none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  return errors;
}
