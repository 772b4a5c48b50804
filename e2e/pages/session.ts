import type { Page } from "@playwright/test";
import { demoPassword, type DemoUser } from "./login-page";
import { LoginPage } from "./login-page";

export async function logInAs(page: Page, user: DemoUser) {
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn(user.email, demoPassword);
  await page.waitForURL((url) => url.pathname === "/toa-soan");
}
