import { expect, type Page } from "@playwright/test";

/** The library page, found by its Vietnamese names. */
export class MediaLibraryPage {
  constructor(private readonly page: Page) {}

  async goto(q = "") {
    await this.page.goto(`/toa-soan/thu-vien-anh${q ? `?q=${encodeURIComponent(q)}` : ""}`);
    await expect(this.page.getByRole("heading", { name: "Thư viện ảnh", level: 1 })).toBeVisible();
  }
  uploader() {
    return this.page.getByRole("region", { name: "Tải ảnh lên" });
  }
  async upload(file: string, caption = "", credit = "") {
    const uploader = this.uploader();
    await uploader.getByLabel("Chú thích ảnh").fill(caption);
    await uploader.getByLabel("Nguồn ảnh").fill(credit);
    await uploader.locator('input[type="file"]').setInputFiles(file);
  }
  progress() {
    return this.page.getByRole("progressbar", { name: "Tiến độ tải lên" });
  }
  items() {
    return this.page.getByRole("list", { name: "Ảnh trong thư viện" }).getByRole("listitem");
  }
  /** "(12 ảnh)": how many images the library (or the search shown) holds. */
  countHeading() {
    return this.page.getByRole("heading", { level: 2, name: /ảnh\)$/ });
  }
}
