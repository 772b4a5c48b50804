import { expect, type Page } from "@playwright/test";

/** The desk's queue at /toa-soan, found by the Vietnamese names of its controls. */
export class DeskQueuePage {
  constructor(private readonly page: Page) {}

  tab(status: string) {
    return this.page.getByRole("tab", { name: new RegExp(status) });
  }
  /** Narrows the queue to stories whose title or byline holds these words (the list holds 50 a page). */
  async search(words: string) {
    await this.page.getByRole("searchbox", { name: "Tìm theo tiêu đề, bút danh" }).fill(words);
  }
  row(storyId: number) {
    return this.page.locator(`tr[data-story-id="${storyId}"]`);
  }
}

/** "Bài của tôi": its filters (a plain form), its table, its count and its pager. */
export class MyStoriesPage {
  constructor(private readonly page: Page) {}

  async goto(path = "/toa-soan") {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { level: 1, name: "Bài của tôi" })).toBeVisible();
  }
  filters() {
    return this.page.getByRole("search", { name: "Lọc bài của tôi" });
  }
  async search(words: string) {
    await this.filters().getByRole("searchbox", { name: "Tìm theo tiêu đề, mã bài" }).fill(words);
    await this.filters().getByRole("button", { name: "Lọc" }).click();
  }
  table() {
    return this.page.getByRole("table", { name: "Bài viết" });
  }
  count() {
    return this.page.getByTestId("list-count");
  }
  pager() {
    return this.page.getByRole("navigation", { name: "Phân trang" });
  }
}

/** Nothing on the page is wider than the window: no sideways scrolling on a phone. */
export async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, `page is ${widths.scroll}px wide in a ${widths.inner}px window`).toBeLessThanOrEqual(widths.inner);
}

export const phone = { width: 390, height: 844 };
