import { expect, type Page } from "@playwright/test";

/** The story editor, found by the Vietnamese names of its controls. */
export class StoryEditorPage {
  constructor(readonly page: Page) {}

  /** "Loại bài": a radio per kind, "Tin / Bài" to "Thông báo". */
  kind = (name: "Tin / Bài" | "Phóng sự ảnh" | "Video" | "Âm thanh / Podcast" | "E-magazine" | "Ảnh đồ họa" | "Thông báo") =>
    this.page.getByRole("group", { name: "Loại bài" }).getByRole("radio", { name, exact: true });
  title = () => this.page.getByLabel("Tiêu đề", { exact: true });
  sapo = () => this.page.getByLabel("Sapo", { exact: true });
  body = () => this.page.getByRole("textbox", { name: "Nội dung" });
  section = () => this.page.getByLabel("Chuyên mục");
  saveStatus = () => this.page.getByTestId("save-status");

  async waitSaved() {
    await expect(this.saveStatus()).toHaveText(/^Đã lưu lúc \d{2}:\d{2}$/, { timeout: 15_000 });
  }

  async storyId(): Promise<number> {
    await expect(this.page).toHaveURL(/\/toa-soan\/bai-viet\/\d+/);
    return Number(/\/bai-viet\/(\d+)/.exec(this.page.url())![1]);
  }
}
