// The suite's `test`: Playwright's, with the data factory and a way to open a second desk (a new
// browser context, signed in) for specs where several people work at once.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { demoUsers } from "../pages/login-page";
import { logInAs } from "../pages/session";
import { Factory, type MadePerson } from "./factory";
import { storageStateOf, type SessionRole } from "./roles";

export { expect };

const signedOut = { cookies: [], origins: [] };

type Fixtures = {
  /** Makes people, sections and stories through the server (app/api/test/factory). */
  factory: Factory;
  /**
   * A page in a browser of its own at /toa-soan: a role's saved session, or a made person signed
   * in through the form (their session may then be ended freely). Closed after the test.
   */
  signedIn: (who: SessionRole | MadePerson) => Promise<Page>;
  /** A page in a browser of its own with no session at all (a reader, a newcomer). Closed after the test. */
  anonymous: () => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  factory: async ({ playwright, baseURL }, provide) => {
    const api = await playwright.request.newContext({ baseURL, storageState: signedOut });
    await provide(new Factory(api));
    await api.dispose();
  },
  signedIn: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (who) => {
      // Always an explicit state: a new context would otherwise take the spec's own session.
      const context = await browser.newContext({ storageState: typeof who === "string" ? storageStateOf(who) : signedOut });
      contexts.push(context);
      const page = await context.newPage();
      if (typeof who === "string") {
        await page.goto("/toa-soan");
        await expect(page.getByRole("heading", { level: 1, name: demoUsers[who].heading })).toBeVisible();
      } else {
        await logInAs(page, who);
      }
      return page;
    });
    for (const context of contexts) await context.close();
  },
  anonymous: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async () => {
      const context = await browser.newContext({ storageState: signedOut });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

/** test.use() for a spec of one role: its saved session. */
export const sessionOf = (role: SessionRole) => ({ storageState: storageStateOf(role) });
