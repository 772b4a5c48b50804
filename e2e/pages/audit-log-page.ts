import { expect, type Page } from "@playwright/test";

/** Nhật ký at /toa-soan/quan-tri/nhat-ky, found by its Vietnamese labels. */
export class AuditLogPage {
  constructor(readonly page: Page) {}

  table = () => this.page.getByRole("table", { name: "Nhật ký" });
  rows = () => this.table().locator("tbody tr");
  person = () => this.page.getByLabel("Người thực hiện");
  action = () => this.page.getByLabel("Thao tác");

  async open() {
    await this.page.getByRole("navigation", { name: "Tòa soạn" }).getByRole("link", { name: "Nhật ký" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Nhật ký" })).toBeVisible();
  }

  /** Submits the form and waits for the page of exactly these filters, not the previous one. */
  async filter() {
    const person = await this.person().inputValue();
    const action = await this.action().inputValue();
    await this.page.getByRole("button", { name: "Lọc" }).click();
    await this.page.waitForURL(
      (url) =>
        url.pathname === "/toa-soan/quan-tri/nhat-ky" &&
        (url.searchParams.get("nguoi") ?? "") === person &&
        (url.searchParams.get("thao-tac") ?? "") === action,
    );
    await expect(this.page.getByRole("heading", { level: 2, name: /^Kết quả lọc|^Mới nhất/ })).toBeVisible();
  }
}
