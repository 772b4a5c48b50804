// Sessions end when they should, in a real browser: a session cookie copied before Đăng xuất is
// worthless after it; Hồ sơ lists one's sessions and Đăng xuất khỏi thiết bị khác ends the others;
// a new password signs everyone out, this browser included.
import { LoginPage } from "../pages/login-page";
import { expect, test } from "../support/test";

const sessionCookie = <C extends { name: string }>(cookies: C[]) => cookies.find((c) => c.name.endsWith("authjs.session-token"));

test("a session cookie copied before Đăng xuất no longer opens the newsroom", async ({ factory, signedIn, anonymous }) => {
  const person = await factory.makePerson("reporter");
  const page = await signedIn(person);
  const copied = sessionCookie(await page.context().cookies());
  expect(copied).toBeDefined();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL((url) => url.pathname === "/dang-nhap");

  const thief = await anonymous();
  await thief.context().addCookies([copied!]);
  await thief.goto("/toa-soan");
  await thief.waitForURL((url) => url.pathname === "/dang-nhap");
});

test("Hồ sơ lists one's sessions, and Đăng xuất khỏi thiết bị khác ends the other browser's", async ({ factory, signedIn }) => {
  const person = await factory.makePerson("editor");
  const phone = await signedIn(person);
  const office = await signedIn(person);
  await office.goto("/toa-soan/ho-so");
  const sessions = office.locator("section", { has: office.getByRole("heading", { name: "Phiên đăng nhập" }) });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByText("Phiên này")).toHaveCount(1);

  await office.getByRole("button", { name: "Đăng xuất khỏi thiết bị khác (1 phiên)" }).click();
  await expect(office.getByText("Đã đăng xuất khỏi các thiết bị khác.")).toBeVisible();
  await phone.goto("/toa-soan");
  await phone.waitForURL((url) => url.pathname === "/dang-nhap");
  await office.goto("/toa-soan");
  await expect(office.getByRole("heading", { level: 1 })).toBeVisible();
  expect(new URL(office.url()).pathname).toBe("/toa-soan");
});

test("Đổi mật khẩu signs out every session, this one too, and says so; the new password works", async ({ factory, signedIn }) => {
  const person = await factory.makePerson("reporter");
  const other = await signedIn(person);
  const page = await signedIn(person);
  await page.goto("/toa-soan/ho-so");
  const newPassword = "mật-khẩu-mới-rất-dài-2026";
  await page.getByLabel("Mật khẩu hiện tại").fill(person.password);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();

  await page.waitForURL((url) => url.pathname === "/dang-nhap");
  await expect(page.getByRole("status").filter({ hasText: "Đã đổi mật khẩu và đăng xuất khỏi mọi thiết bị." })).toBeVisible();
  await other.goto("/toa-soan");
  await other.waitForURL((url) => url.pathname === "/dang-nhap");
  await new LoginPage(page).logIn(person.email, newPassword);
  await page.waitForURL((url) => url.pathname === "/toa-soan");
});
