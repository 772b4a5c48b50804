import { expect, type Page } from "@playwright/test";

/** /toa-soan/quan-tri/chuyen-muc, found by the Vietnamese names of its controls. */
export class SectionsAdminPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/toa-soan/quan-tri/chuyen-muc");
    await expect(this.page.getByRole("heading", { level: 1, name: "Chuyên mục" })).toBeVisible();
  }
  row(name: string) {
    return this.page.getByRole("listitem", { name, exact: true });
  }
  control(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }
  createForm() {
    return this.page.getByRole("form", { name: "Thêm chuyên mục" });
  }
  async create(name: string, slug = "") {
    const form = this.createForm();
    await form.getByLabel("Tên", { exact: true }).fill(name);
    await form.getByLabel("Đường dẫn", { exact: true }).fill(slug);
    await form.getByRole("button", { name: "Thêm chuyên mục" }).click();
  }
  async rename(current: string, name: string, slug: string) {
    await this.control(`Đổi tên chuyên mục ${current}`).click();
    const form = this.page.getByRole("form", { name: `Đổi tên chuyên mục ${current}` });
    await form.getByLabel("Tên", { exact: true }).fill(name);
    await form.getByLabel("Đường dẫn", { exact: true }).fill(slug);
    await form.getByRole("button", { name: "Lưu", exact: true }).click();
  }
}
