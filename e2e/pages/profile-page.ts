import { expect, type Page } from "@playwright/test";

/** Hồ sơ, one's own profile, at /toa-soan/ho-so. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  name = () => this.page.getByLabel("Họ tên", { exact: true });
  penName = () => this.page.getByLabel("Bút danh", { exact: true });
  currentPassword = () => this.page.getByLabel("Mật khẩu hiện tại", { exact: true });
  newPassword = () => this.page.getByLabel("Mật khẩu mới", { exact: true });
  confirmPassword = () => this.page.getByLabel("Nhập lại mật khẩu mới", { exact: true });

  async open() {
    await this.page.getByRole("banner").getByRole("link", { name: "Hồ sơ" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Hồ sơ" })).toBeVisible();
  }

  async savePenName(penName: string) {
    await this.penName().fill(penName);
    await this.page.getByRole("button", { name: "Lưu hồ sơ" }).click();
    await expect(this.page.getByText("Đã lưu hồ sơ.")).toBeVisible();
    await expect(this.penName()).toHaveValue(penName);
  }
}
