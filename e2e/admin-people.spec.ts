import { expect, test, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";
import { demoPassword, demoUsers, LoginPage } from "./pages/login-page";
import { logInAs } from "./pages/session";

const shot = (name: string) => `e2e/screenshots/admin-people-${name}.png`;

/** "Người dùng" at /toa-soan/quan-tri/nguoi-dung, found by its Vietnamese names. */
class PeoplePage {
  constructor(readonly page: Page) {}

  async goto(search = "") {
    await this.page.goto(`/toa-soan/quan-tri/nguoi-dung${search}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
  }

  createRegion(): Locator {
    return this.page.getByRole("region", { name: "Thêm người dùng" });
  }

  async create(person: { name: string; penName: string; email: string; role: string }) {
    const form = this.createRegion();
    await form.getByLabel("Họ tên", { exact: true }).fill(person.name);
    await form.getByLabel("Bút danh", { exact: true }).fill(person.penName);
    await form.getByLabel("Email", { exact: true }).fill(person.email);
    await form.getByLabel("Vai trò", { exact: true }).selectOption({ label: person.role });
    await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  }

  /** The one-time link shown after creating an account. */
  async createdLink(): Promise<string> {
    const field = this.createRegion().getByRole("textbox", { name: /^Liên kết đặt mật khẩu cho / });
    await expect(field).toHaveValue(/\/dat-mat-khau\//);
    return field.inputValue();
  }

  table(): Locator {
    return this.page.getByRole("table", { name: "Người dùng" });
  }

  /** A person's row; the admin's own row says "(bạn)" after the name. */
  row(name: string): Locator {
    const exactName = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(bạn\\))?$`);
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: exactName }) });
  }

  lockButton = (name: string) => this.page.getByRole("button", { name: `Khóa tài khoản ${name}`, exact: true });
  unlockButton = (name: string) => this.page.getByRole("button", { name: `Mở khóa tài khoản ${name}`, exact: true });

  async changeRole(name: string, role: string) {
    await this.page.getByRole("combobox", { name: `Vai trò của ${name}`, exact: true }).selectOption({ label: role });
    await this.page.getByRole("button", { name: `Lưu vai trò của ${name}`, exact: true }).click();
  }

  async filter({ q = "", role = "Tất cả vai trò", state = "Tất cả trạng thái" }: { q?: string; role?: string; state?: string }) {
    const form = this.page.locator("search");
    await form.getByLabel("Tìm kiếm", { exact: true }).fill(q);
    await form.getByLabel("Vai trò", { exact: true }).selectOption({ label: role });
    await form.getByLabel("Trạng thái", { exact: true }).selectOption({ label: state });
    await form.getByRole("button", { name: "Lọc" }).click();
  }
}

/** A second browser, as on another person's desk: same site, no shared cookies. */
async function otherBrowser(browser: Browser, testInfo: TestInfo) {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  return browser.newContext({ baseURL, locale, timezoneId });
}

test("an admin creates a reporter, who sets a password through the one-time link and logs in", async ({ page, browser }, testInfo) => {
  const person = { name: "Nguyễn Thị Hồng Nhung", penName: "HỒNG NHUNG", email: `hongnhung.${Date.now()}@toasoan.test`, role: "Phóng viên" };
  const password = "mật-khẩu-của-Nhung-2026";
  await logInAs(page, demoUsers.admin);
  const people = new PeoplePage(page);
  await people.goto();

  await people.create(person);

  await expect(people.createRegion().getByRole("status").filter({ hasText: `Đã tạo tài khoản cho ${person.name}.` })).toBeVisible();
  const link = await people.createdLink();
  expect(link).toMatch(new RegExp(`^${testInfo.project.use.baseURL}/dat-mat-khau/[A-Za-z0-9_-]{43}$`));
  await expect(people.row(person.name)).toContainText(person.email);
  await expect(people.row(person.name)).toContainText("Phóng viên");
  await expect(people.row(person.name)).toContainText("Chưa đặt mật khẩu");
  await page.screenshot({ path: shot("created"), fullPage: true });

  const context = await otherBrowser(browser, testInfo);
  try {
    const newcomer = await context.newPage();
    await newcomer.goto(link);
    await expect(newcomer.getByRole("heading", { level: 1, name: "Đặt mật khẩu" })).toBeVisible();
    await expect(newcomer.getByText(person.email)).toBeVisible();
    await newcomer.getByLabel("Mật khẩu", { exact: true }).fill(password);
    await newcomer.getByLabel("Nhập lại mật khẩu", { exact: true }).fill(password);
    await newcomer.screenshot({ path: shot("set-password") });
    await newcomer.getByRole("button", { name: "Đặt mật khẩu" }).click();

    await expect(newcomer.getByRole("status")).toContainText("Đã đặt mật khẩu.");
    await newcomer.getByRole("link", { name: "Đăng nhập" }).click();
    await newcomer.waitForURL((url) => url.pathname === "/dang-nhap");
    await new LoginPage(newcomer).logIn(person.email, password);
    await newcomer.waitForURL((url) => url.pathname === "/toa-soan");
    await expect(newcomer.getByRole("heading", { level: 1, name: "Bài của tôi" })).toBeVisible();
    await expect(newcomer.getByTestId("role")).toHaveText("Phóng viên");

    // The link worked once.
    const reuse = await context.newPage();
    await reuse.goto(link);
    await expect(reuse.getByRole("heading", { level: 1, name: "Liên kết không dùng được" })).toBeVisible();
    await expect(reuse.getByRole("alert").filter({ hasText: "đã hết hạn, đã được dùng hoặc không đúng" })).toBeVisible();

    // A role change reaches the person on their next request.
    await people.goto();
    await expect(people.row(person.name)).not.toContainText("Chưa đặt mật khẩu");
    await people.changeRole(person.name, "Biên tập viên");
    // The select shows the new role at once; the server's answer says it is stored.
    await expect(page.getByRole("status").filter({ hasText: "Đã đổi vai trò." })).toBeVisible();
    await expect(people.row(person.name).getByRole("combobox")).toHaveValue("editor");
    await newcomer.goto("/toa-soan");
    await expect(newcomer.getByTestId("role")).toHaveText("Biên tập viên");
  } finally {
    await context.close();
  }
});

test("a reporter signed in elsewhere is refused once the admin locks the account, and is let back in when unlocked", async ({ page, browser }, testInfo) => {
  const reporterUser = demoUsers.reporter;
  const context = await otherBrowser(browser, testInfo);
  const reporter = await context.newPage();
  await logInAs(reporter, reporterUser);
  await expect(reporter.getByRole("heading", { level: 1, name: reporterUser.heading })).toBeVisible();
  await logInAs(page, demoUsers.admin);
  const people = new PeoplePage(page);
  await people.goto();

  try {
    await people.lockButton(reporterUser.name).click();

    await expect(page.getByRole("status").filter({ hasText: `Đã khóa tài khoản ${reporterUser.name}.` })).toBeVisible();
    await expect(people.row(reporterUser.name)).toContainText("Đã khóa");
    await expect(people.unlockButton(reporterUser.name)).toBeVisible();
    await page.screenshot({ path: shot("locked"), fullPage: true });

    await reporter.goto("/toa-soan");
    await reporter.waitForURL((url) => url.pathname === "/dang-nhap");
    await new LoginPage(reporter).logIn(reporterUser.email, demoPassword);
    await expect(reporter.getByText("Tài khoản của bạn đã bị khóa. Vui lòng liên hệ quản trị tòa soạn.")).toBeVisible();

    await people.unlockButton(reporterUser.name).click();

    await expect(page.getByRole("status").filter({ hasText: `Đã mở khóa tài khoản ${reporterUser.name}.` })).toBeVisible();
    await expect(people.lockButton(reporterUser.name)).toBeVisible();
    await new LoginPage(reporter).logIn(reporterUser.email, demoPassword);
    await reporter.waitForURL((url) => url.pathname === "/toa-soan");
    await expect(reporter.getByRole("heading", { level: 1, name: reporterUser.heading })).toBeVisible();
  } finally {
    // Other spec files log in as the demo reporter: leave the account open whatever happened above.
    await people.goto();
    if (await people.unlockButton(reporterUser.name).isVisible()) {
      await people.unlockButton(reporterUser.name).click();
      await expect(people.lockButton(reporterUser.name)).toBeVisible();
    }
    await context.close();
  }
});

test("an admin finds people without diacritics and filters them by role and state", async ({ page }) => {
  await logInAs(page, demoUsers.admin);
  const people = new PeoplePage(page);
  await people.goto();

  await people.filter({ q: "phuong dung" });

  await expect(page).toHaveURL(/q=phuong\+dung/);
  await expect(people.row(demoUsers.reporter.name)).toBeVisible();
  await expect(people.row(demoUsers.editor.name)).toHaveCount(0);

  await people.filter({ role: "Biên tập viên", state: "Đang hoạt động" });

  await expect(people.row(demoUsers.editor.name)).toBeVisible();
  await expect(people.row(demoUsers.reporter.name)).toHaveCount(0);
  await expect(people.row(demoUsers.admin.name)).toHaveCount(0);
  await people.filter({ role: "Quản trị" });
  await expect(people.row(demoUsers.admin.name)).toContainText("(bạn)");
  await expect(people.lockButton(demoUsers.admin.name)).toHaveCount(0);
  await people.filter({ role: "Biên tập viên", state: "Đang hoạt động" });
  await page.screenshot({ path: shot("filtered"), fullPage: true });

  await people.filter({ q: "khong co ai ten nay" });
  await expect(page.getByText("Không tìm thấy người dùng nào phù hợp.")).toBeVisible();
});
