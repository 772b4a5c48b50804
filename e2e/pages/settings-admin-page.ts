import { expect, type Page } from "@playwright/test";

/** /toa-soan/quan-tri/cai-dat. */
export class SettingsAdminPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/toa-soan/quan-tri/cai-dat");
    await expect(this.page.getByRole("heading", { level: 1, name: "Cài đặt" })).toBeVisible();
  }
  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
  async save() {
    await this.page.getByRole("button", { name: "Lưu cài đặt" }).click();
  }
}
