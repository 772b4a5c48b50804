import type { Page } from "@playwright/test";
import { demoPassword } from "./login-page";
import { LoginPage } from "./login-page";

/**
 * Signs in through the form, as a person does. Specs of a role use the setup project's saved
 * session instead; this is for the log-in itself and for people made for one spec.
 */
export async function logInAs(page: Page, user: { email: string; password?: string }) {
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn(user.email, user.password ?? demoPassword);
  await page.waitForURL((url) => url.pathname === "/toa-soan");
}
