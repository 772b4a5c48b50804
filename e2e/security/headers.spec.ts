// Security headers on the real server: a reading page (fresh and from the page cache) allows only
// the view beacon, whose view still counts; a newsroom page runs under a nonce and is never framed.
import { expect, sessionOf, test } from "../support/test";

test.describe("reading pages", () => {
  test("carry the policy from the cache as from Next, and the beacon still counts", async ({ anonymous, factory }) => {
    const story = await factory.makeStory({ status: "published", publishedAt: new Date(Date.now() - 3_600_000) });
    const reader = await anonymous();
    const first = await reader.request.get(story.path!);
    const again = await reader.request.get(story.path!);
    expect(again.headers()["x-toasoan-cache"]).toBe("HIT");
    for (const answer of [first, again]) {
      const csp = answer.headers()["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
      expect(answer.headers()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" });
    }
    const beacon = reader.waitForRequest((r) => r.url().endsWith("/api/views") && r.method() === "POST");
    const violations: string[] = [];
    reader.on("console", (m) => m.type() === "error" && /Content Security Policy/.test(m.text()) && violations.push(m.text()));
    await reader.goto(story.path!);
    expect(JSON.parse((await beacon).postData() ?? "{}")).toEqual({ storyId: story.id });
    expect(violations).toEqual([]);
  });
});

test.describe("newsroom pages", () => {
  test.use(sessionOf("editor"));

  test("run Next's scripts under a fresh nonce and refuse to be framed", async ({ page }) => {
    const [first, second] = [await page.request.get("/toa-soan"), await page.request.get("/toa-soan")];
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    const csp = first.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(nonceOf(csp)).toBeTruthy();
    expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonceOf(csp));
    expect(first.headers()["x-frame-options"]).toBe("DENY");
    expect(await first.text()).toContain(`nonce="${nonceOf(csp)}"`);
    // The page works: its client components hydrate under the policy (the bell opens; its name counts the unread when there are some).
    await page.goto("/toa-soan");
    await page
      .getByRole("banner")
      .getByRole("button", { name: /^Thông báo/ })
      .click();
    await expect(page.getByRole("region", { name: "Danh sách thông báo" })).toBeVisible();
  });
});
