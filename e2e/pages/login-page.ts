import { expect, type Page } from "@playwright/test";

export const demoPassword = "toasoan-demo";
export const demoUsers = {
  reporter: { email: "phongvien@toasoan.test", name: "Lê Phương Dung", role: "Phóng viên", heading: "Bài của tôi" },
  editor: { email: "bientap@toasoan.test", name: "Trần Minh Đức", role: "Biên tập viên", heading: "Hàng đợi biên tập" },
  chief: { email: "thuky@toasoan.test", name: "Hoàng Thu Hà", role: "Thư ký tòa soạn", heading: "Bàn thư ký tòa soạn" },
  admin: { email: "quantri@toasoan.test", name: "Vi Văn Quân", role: "Quản trị", heading: "Quản trị" },
} as const;
export type DemoUser = (typeof demoUsers)[keyof typeof demoUsers];

/** The log-in page, found by its Vietnamese labels. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/dang-nhap");
    await expect(this.page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  }

  async logIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Mật khẩu").fill(password);
    await this.page.getByRole("button", { name: "Đăng nhập" }).click();
  }
}
