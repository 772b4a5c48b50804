import { expect, test } from "@playwright/test";
import { demoPassword, demoUsers, LoginPage } from "./pages/login-page";

const shot = (name: string) => `e2e/screenshots/${name}.png`;

test.describe("log-in and each role's start page", () => {
  for (const [key, user] of Object.entries(demoUsers)) {
    test(`${user.role} logs in, sees their start page and logs out`, async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();

      await login.logIn(user.email, demoPassword);

      await page.waitForURL((url) => url.pathname === "/toa-soan");
      await expect(page.getByRole("heading", { level: 1, name: user.heading })).toBeVisible();
      await expect(page.getByTestId("role")).toHaveText(user.role);
      await expect(page.getByRole("banner").getByText(user.name)).toBeVisible();
      await page.screenshot({ path: shot(`start-${key}`), fullPage: true });

      await page.getByRole("button", { name: "Đăng xuất" }).click();
      await page.waitForURL((url) => url.pathname === "/dang-nhap");
      await page.goto("/toa-soan");
      await page.waitForURL((url) => url.pathname === "/dang-nhap");
    });
  }

  test("a wrong password gets the Vietnamese error and no session", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();

    await login.logIn(demoUsers.editor.email, "sai-mat-khau");

    await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(demoUsers.editor.email);
    await page.screenshot({ path: shot("login-error") });
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
    await page.screenshot({ path: shot("login-rate-limited") });
  });

  test("a signed-out visitor of the newsroom is sent to log in, then back", async ({ page }) => {
    await page.goto("/toa-soan");
    await page.waitForURL((url) => url.pathname === "/dang-nhap");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/toa-soan");
    await new LoginPage(page).logIn(demoUsers.reporter.email, demoPassword);
    await page.waitForURL((url) => url.pathname === "/toa-soan");
  });

  test("the reporter sees only their own stories, with the desk's notes", async ({ page }) => {
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(demoUsers.reporter.email, demoPassword);
    await page.waitForURL((url) => url.pathname === "/toa-soan");
    const table = page.getByRole("table", { name: "Bài viết" });
    await expect(table.getByRole("row", { name: /Phấn đấu xây dựng ngành tổ chức/ })).toContainText("Đã xuất bản");
    await expect(table.getByText("Nháp").first()).toBeVisible();
  });
});

test.describe("public paper", () => {
  test("health answers ok on the embedded database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "pglite", server: { restarts: 0, lastExit: null } });
  });
});
