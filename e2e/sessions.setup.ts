// The setup project: each demo account signs in once through the form and its session is saved
// as e2e/.auth/<role>.json, which the specs of that role load with test.use(sessionOf(role)).
import { expect, test } from "@playwright/test";
import { demoPassword, demoUsers, LoginPage } from "./pages/login-page";
import { sessionRoles, storageStateOf } from "./support/roles";

for (const role of sessionRoles) {
  const user = demoUsers[role];
  test(`${user.role} signs in and the session is kept`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();

    await login.logIn(user.email, demoPassword);

    await page.waitForURL((url) => url.pathname === "/toa-soan");
    await expect(page.getByRole("heading", { level: 1, name: user.heading })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
