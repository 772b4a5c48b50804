import { expect, type Page } from "@playwright/test";

/** /tim-kiem, found by the Vietnamese names of its controls. */
export class SearchPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/tim-kiem");
    await expect(this.page.getByRole("heading", { level: 1, name: "Tìm kiếm" })).toBeVisible();
  }
  box() {
    return this.page.getByRole("searchbox", { name: "Từ cần tìm" });
  }
  async search(q: string) {
    await this.box().fill(q);
    await this.page.getByRole("search").getByRole("button", { name: "Tìm kiếm" }).click();
  }
  results() {
    return this.page.getByRole("list", { name: "Kết quả tìm kiếm" }).getByRole("listitem");
  }
}
