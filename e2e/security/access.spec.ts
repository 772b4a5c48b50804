// Screens and routes closed to the wrong role, asked with the roles' saved sessions: the audit
// trail (admin only), the plan's measures and the media library (not the admin's).
import { expect, sessionOf, test } from "../support/test";

test.describe("Nhật ký, the audit trail, as the chief editor", () => {
  test.use(sessionOf("chief"));

  test("is closed to everyone but the admin, page and export alike", async ({ page }) => {
    await page.goto("/toa-soan");
    await expect(page.getByRole("navigation", { name: "Tòa soạn" }).getByRole("link", { name: "Nhật ký" })).toHaveCount(0);

    await page.goto("/toa-soan/quan-tri/nhat-ky");

    await page.waitForURL((url) => url.pathname === "/toa-soan");
    await expect(page.getByText("Bạn không có quyền mở trang đó.")).toBeVisible();
    const response = await page.request.get("/api/audit/export");
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "Bạn không có quyền xem nhật ký." });
  });
});

test.describe("Kế hoạch, as the admin", () => {
  test.use(sessionOf("admin"));

  test("the plan is the newsroom's, not the admin's: no link, no board, no measures", async ({ page }) => {
    await page.goto("/toa-soan");
    await expect(page.getByRole("navigation", { name: "Tòa soạn" }).getByRole("link", { name: "Kế hoạch" })).toHaveCount(0);
    const response = await page.request.get("/api/plan/measures?ban=tat-ca");
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "Bạn không có quyền." });
  });
});

test.describe("the media library, as a visitor and as the admin", () => {
  test.use(sessionOf("admin"));

  test("the library refuses a signed-out visitor and an admin, and serves no file it did not store", async ({ page, playwright, baseURL }) => {
    // An explicit empty state: a new context would otherwise take the admin session of test.use().
    const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const signedOut = await anonymous.post("/api/media", { multipart: { file: { name: "x.jpg", mimeType: "image/jpeg", buffer: Buffer.from("x") } } });
    expect(signedOut.status()).toBe(401);
    expect(await signedOut.json()).toEqual({ error: "Bạn cần đăng nhập lại." });
    expect((await anonymous.get("/api/media")).status()).toBe(401);
    for (const url of ["/media/2026/11/0123456789abcdef01234567-960.webp", "/media/..%2F..%2Fpackage.json", "/media/2026/11/x.svg"]) {
      expect((await anonymous.get(url)).status(), url).toBe(404);
    }
    await anonymous.dispose();

    const asAdmin = await page.request.post("/api/media", { multipart: { file: { name: "x.jpg", mimeType: "image/jpeg", buffer: Buffer.from("x") } } });
    expect(asAdmin.status()).toBe(403);
    expect((await asAdmin.json()) as unknown).toEqual({ error: "Bạn không có quyền dùng thư viện ảnh." });
    await page.goto("/toa-soan/thu-vien-anh");
    await expect(page.getByText("Bạn không có quyền mở trang đó.")).toBeVisible();
  });
});
