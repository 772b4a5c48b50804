import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { demoUsers } from "./pages/login-page";
import { logInAs } from "./pages/session";

const shot = (name: string) => `e2e/screenshots/${name}.png`;

// Page objects for the two screens, found by their Vietnamese labels. They live here because the
// shared e2e/pages/ folder belongs to another part of the work; move them there when convenient.
class AuditLogPage {
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
      (url) => url.pathname === "/toa-soan/quan-tri/nhat-ky" && (url.searchParams.get("nguoi") ?? "") === person && (url.searchParams.get("thao-tac") ?? "") === action,
    );
    await expect(this.page.getByRole("heading", { level: 2, name: /^Kết quả lọc|^Mới nhất/ })).toBeVisible();
  }
}

class ProfilePage {
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

test.describe("Nhật ký, the audit trail", () => {
  test("the admin filters it by action and by person, and downloads it as CSV", async ({ page }) => {
    await logInAs(page, demoUsers.admin);
    const audit = new AuditLogPage(page);
    await audit.open();
    await expect(audit.rows().first()).toBeVisible();

    // By action: the seeding of the demo newsroom.
    await audit.action().selectOption({ label: "Tạo dữ liệu trình diễn" });
    await audit.filter();
    await expect(audit.rows()).toHaveCount(1);
    await expect(audit.rows().first()).toContainText("Tạo dữ liệu trình diễn");
    await expect(audit.rows().first()).toContainText("Hệ thống");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Xuất CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await fs.readFile(await download.path(), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff); // so that Excel reads Vietnamese as UTF-8
    expect(csv).toContain('"Thời gian","Người thực hiện","Thao tác"');
    expect(csv).toContain("Tạo dữ liệu trình diễn");

    // By person: the desk editor's workflow moves, each naming its story.
    await audit.action().selectOption({ label: "Tất cả thao tác" });
    await audit.person().selectOption({ label: demoUsers.editor.name });
    await audit.filter();
    await expect(audit.rows().first()).toBeVisible();
    for (const row of await audit.rows().all()) await expect(row).toContainText(demoUsers.editor.name);
    await expect(audit.table().getByText("Nhận bài").first()).toBeVisible();
    await expect(audit.rows().first()).toContainText("Bài viết");
    await page.screenshot({ path: shot("audit-log"), fullPage: true });
  });

  test("is closed to everyone but the admin, page and export alike", async ({ page }) => {
    await logInAs(page, demoUsers.chief);
    await expect(page.getByRole("navigation", { name: "Tòa soạn" }).getByRole("link", { name: "Nhật ký" })).toHaveCount(0);

    await page.goto("/toa-soan/quan-tri/nhat-ky");

    await page.waitForURL((url) => url.pathname === "/toa-soan");
    await expect(page.getByText("Bạn không có quyền mở trang đó.")).toBeVisible();
    const response = await page.request.get("/api/audit/export");
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "Bạn không có quyền xem nhật ký." });
  });
});

test.describe("Hồ sơ, one's own profile", () => {
  test("a reporter's new pen name becomes the default byline of a new story", async ({ page }) => {
    await logInAs(page, demoUsers.reporter);
    const profile = new ProfilePage(page);
    await profile.open();
    await expect(profile.name()).toHaveValue(demoUsers.reporter.name);
    await expect(profile.penName()).toHaveValue("PHƯƠNG DUNG");
    try {
      await profile.savePenName("DUNG LÊ");
      await page.screenshot({ path: shot("profile"), fullPage: true });

      await page.getByRole("link", { name: "Viết bài mới" }).click();

      await expect(page.getByRole("button", { name: "Bỏ DUNG LÊ" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Bỏ PHƯƠNG DUNG" })).toHaveCount(0);
    } finally {
      // Other specs rely on the demo reporter's pen name.
      await page.goto("/toa-soan/ho-so");
      await profile.savePenName("PHƯƠNG DUNG");
    }
  });

  test("a wrong current password is refused and the password stays as it was", async ({ page }) => {
    await logInAs(page, demoUsers.reporter);
    const profile = new ProfilePage(page);
    await profile.open();
    await profile.currentPassword().fill("khong-phai-mat-khau");
    await profile.newPassword().fill("mat-khau-moi-that-dai");
    await profile.confirmPassword().fill("mat-khau-moi-that-dai");

    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Mật khẩu hiện tại không đúng." })).toBeVisible();
    await page.screenshot({ path: shot("profile-wrong-password") });
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL((url) => url.pathname === "/dang-nhap");
    await logInAs(page, demoUsers.reporter); // still the demo password
  });
});
