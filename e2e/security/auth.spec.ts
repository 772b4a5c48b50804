// Log-in through the form, the start page of each role, log-out, refusals and the rate limit.
// Every person who signs in or out here is made for the test: the shared role sessions are never
// ended, and no demo account collects failed log-ins.
import { LoginPage } from "../pages/login-page";
import { roleScreens, type Role } from "../support/roles";
import { expect, test } from "../support/test";

test.describe("log-in and each role's start page", () => {
  for (const role of ["reporter", "editor", "chief_editor", "admin"] as const satisfies readonly Role[]) {
    test(`${roleScreens[role].label} logs in, sees their start page and logs out`, async ({ page, factory }) => {
      const user = await factory.makePerson(role);
      const login = new LoginPage(page);
      await login.goto();

      await login.logIn(user.email, user.password);

      await page.waitForURL((url) => url.pathname === "/toa-soan");
      await expect(page.getByRole("heading", { level: 1, name: user.heading })).toBeVisible();
      await expect(page.getByTestId("role")).toHaveText(user.roleLabel);
      await expect(page.getByRole("banner").getByText(user.name)).toBeVisible();

      await page.getByRole("button", { name: "Đăng xuất" }).click();
      await page.waitForURL((url) => url.pathname === "/dang-nhap");
      await page.goto("/toa-soan");
      await page.waitForURL((url) => url.pathname === "/dang-nhap");
    });
  }

  test("a wrong password gets the Vietnamese error and no session", async ({ page, factory }) => {
    const editor = await factory.makePerson("editor");
    const login = new LoginPage(page);
    await login.goto();

    await login.logIn(editor.email, "sai-mat-khau");

    await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(editor.email);
    await page.goto("/toa-soan");
    await page.waitForURL((url) => url.pathname === "/dang-nhap");
  });

  test("repeated failures for one account are slowed down with a clear message", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    const email = "khong-ton-tai@toasoan.test";
    for (let i = 0; i < 5; i++) {
      await login.goto(); // a fresh form each time: no earlier answer on screen to mistake for this one
      await login.logIn(email, `sai-${i}`);
      await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
    }

    await login.goto();
    await login.logIn(email, "sai-lan-nua");

    await expect(page.getByText("Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.")).toBeVisible();
  });

  test("a signed-out visitor of the newsroom is sent to log in, then back", async ({ page, factory }) => {
    const reporter = await factory.makePerson("reporter");
    await page.goto("/toa-soan");
    await page.waitForURL((url) => url.pathname === "/dang-nhap");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/toa-soan");
    await new LoginPage(page).logIn(reporter.email, reporter.password);
    await page.waitForURL((url) => url.pathname === "/toa-soan");
  });
});
