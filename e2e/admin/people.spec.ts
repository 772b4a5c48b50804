// Người dùng, on the demo admin's saved session. The people whose accounts are locked, whose role
// changes or who sign in here are the test's own (created through the screen or by the factory):
// the demo accounts' shared sessions are never touched.
import { demoUsers, LoginPage } from "../pages/login-page";
import { PeoplePage } from "../pages/people-page";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("admin"));

test("an admin creates a reporter, who sets a password through the one-time link and logs in", async ({ page, anonymous }, testInfo) => {
  const person = { name: "Nguyễn Thị Hồng Nhung", penName: "HỒNG NHUNG", email: `hongnhung.${Date.now()}@toasoan.test`, role: "Phóng viên" };
  const password = "mật-khẩu-của-Nhung-2026";
  const people = new PeoplePage(page);
  await people.goto();

  await people.create(person);

  await expect(
    people
      .createRegion()
      .getByRole("status")
      .filter({ hasText: `Đã tạo tài khoản cho ${person.name}.` }),
  ).toBeVisible();
  const link = await people.createdLink();
  expect(link).toMatch(new RegExp(`^${testInfo.project.use.baseURL}/dat-mat-khau/[A-Za-z0-9_-]{43}$`));
  await expect(people.row(person.name)).toContainText(person.email);
  await expect(people.row(person.name)).toContainText("Phóng viên");
  await expect(people.row(person.name)).toContainText("Chưa đặt mật khẩu");

  // A second browser, as on another person's desk: same site, no shared cookies.
  const newcomer = await anonymous();
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { level: 1, name: "Đặt mật khẩu" })).toBeVisible();
  await expect(newcomer.getByText(person.email)).toBeVisible();
  await newcomer.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await newcomer.getByLabel("Nhập lại mật khẩu", { exact: true }).fill(password);
  await newcomer.getByRole("button", { name: "Đặt mật khẩu" }).click();

  await expect(newcomer.getByRole("status")).toContainText("Đã đặt mật khẩu.");
  await newcomer.getByRole("link", { name: "Đăng nhập" }).click();
  await newcomer.waitForURL((url) => url.pathname === "/dang-nhap");
  await new LoginPage(newcomer).logIn(person.email, password);
  await newcomer.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(newcomer.getByRole("heading", { level: 1, name: "Bài của tôi" })).toBeVisible();
  await expect(newcomer.getByTestId("role")).toHaveText("Phóng viên");

  // The link worked once.
  const reuse = await newcomer.context().newPage();
  await reuse.goto(link);
  await expect(reuse.getByRole("heading", { level: 1, name: "Liên kết không dùng được" })).toBeVisible();
  await expect(reuse.getByRole("alert").filter({ hasText: "đã hết hạn, đã được dùng hoặc không đúng" })).toBeVisible();

  // A role change ends the person's sessions: they sign in again, under the new role.
  await people.goto();
  await expect(people.row(person.name)).not.toContainText("Chưa đặt mật khẩu");
  await people.changeRole(person.name, "Biên tập viên");
  // The select shows the new role at once; the server's answer says it is stored.
  await expect(page.getByRole("status").filter({ hasText: "Đã đổi vai trò." })).toBeVisible();
  await expect(people.row(person.name).getByRole("combobox")).toHaveValue("editor");
  await newcomer.goto("/toa-soan");
  await newcomer.waitForURL((url) => url.pathname === "/dang-nhap");
  await new LoginPage(newcomer).logIn(person.email, password);
  await newcomer.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(newcomer.getByTestId("role")).toHaveText("Biên tập viên");
});

test("a reporter signed in elsewhere is refused once the admin locks the account, and is let back in when unlocked", async ({ page, factory, signedIn }) => {
  const reporterUser = await factory.makePerson("reporter");
  const reporter = await signedIn(reporterUser);
  await expect(reporter.getByRole("heading", { level: 1, name: reporterUser.heading })).toBeVisible();
  const people = new PeoplePage(page);
  await people.goto();

  await people.lockButton(reporterUser.name).click();

  await expect(page.getByRole("status").filter({ hasText: `Đã khóa tài khoản ${reporterUser.name}.` })).toBeVisible();
  await expect(people.row(reporterUser.name)).toContainText("Đã khóa");
  await expect(people.unlockButton(reporterUser.name)).toBeVisible();

  await reporter.goto("/toa-soan");
  await reporter.waitForURL((url) => url.pathname === "/dang-nhap");
  await new LoginPage(reporter).logIn(reporterUser.email, reporterUser.password);
  await expect(reporter.getByText("Tài khoản của bạn đã bị khóa. Vui lòng liên hệ quản trị tòa soạn.")).toBeVisible();

  await people.unlockButton(reporterUser.name).click();

  await expect(page.getByRole("status").filter({ hasText: `Đã mở khóa tài khoản ${reporterUser.name}.` })).toBeVisible();
  await expect(people.lockButton(reporterUser.name)).toBeVisible();
  await new LoginPage(reporter).logIn(reporterUser.email, reporterUser.password);
  await reporter.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(reporter.getByRole("heading", { level: 1, name: reporterUser.heading })).toBeVisible();
});

test("an admin finds people without diacritics and filters them by role and state", async ({ page, factory }) => {
  const tag = uniqueTag();
  const reporter = await factory.makePerson("reporter", { name: `Lê Phương Dung ${tag}` });
  const editor = await factory.makePerson("editor", { name: `Trần Minh Đức ${tag}` });
  const lockedEditor = await factory.makePerson("editor", { name: `Đỗ Đức Thịnh ${tag}`, active: false });
  const people = new PeoplePage(page);
  await people.goto();

  await people.filter({ q: `phuong dung ${tag}` });

  await expect(page).toHaveURL(new RegExp(`q=phuong\\+dung\\+${tag}`));
  await expect(people.row(reporter.name)).toBeVisible();
  await expect(people.row(editor.name)).toHaveCount(0);

  await people.filter({ role: "Biên tập viên", state: "Đang hoạt động" });

  await expect(people.row(editor.name)).toBeVisible();
  await expect(people.row(lockedEditor.name)).toHaveCount(0);
  await expect(people.row(reporter.name)).toHaveCount(0);
  await expect(people.row(demoUsers.admin.name)).toHaveCount(0);
  await people.filter({ role: "Quản trị" });
  await expect(people.row(demoUsers.admin.name)).toContainText("(bạn)");
  await expect(people.lockButton(demoUsers.admin.name)).toHaveCount(0);

  await people.filter({ q: "khong co ai ten nay" });
  await expect(page.getByText("Không tìm thấy người dùng nào phù hợp.")).toBeVisible();
});
