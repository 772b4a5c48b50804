// Issue 17, point 1: the newsroom on a phone (390 × 844, touch), as the demo reporter files from the
// district. Every page a reporter reaches fits the screen (nothing scrolls sideways, the header is
// one row) and its main actions are in reach: write a story, Lưu nháp, Gửi duyệt, the menu's Đăng xuất.
import path from "node:path";
import { StoryEditorPage } from "../pages/story-editor-page";
import { collectConsoleErrors, expectMenuWithLogOut, expectNoSideScroll, phone, visitOnPhone } from "../support/phone";
import { expect, sessionOf, test } from "../support/test";

test.use({ ...sessionOf("reporter"), ...phone });

test("every page a reporter reaches fits a phone, with no console error", async ({ page, factory }) => {
  const errors = collectConsoleErrors(page);
  const submitted = await factory.makeStory({
    status: "submitted",
    author: "phongvien@toasoan.test",
    title: `Bài dài để thử màn hình điện thoại ${"rất ".repeat(12)}dài`,
  });

  await visitOnPhone(page, "/toa-soan", "Bài của tôi");
  // Its story is a card whose title, status and way in are all on the screen (below Việc được
  // giao, when the reporter has work assigned).
  const card = page.getByRole("row").filter({ hasText: "Bài dài để thử màn hình điện thoại" });
  await card.getByRole("link").first().scrollIntoViewIfNeeded();
  await expect(card.getByRole("link").first()).toBeInViewport({ ratio: 0.5 });
  await expect(card.getByText("Chờ duyệt")).toBeVisible();
  await visitOnPhone(page, "/toa-soan/tim-kiem?q=m%C3%A0n+h%C3%ACnh", "Tìm kiếm");
  await expect(page.getByRole("link", { name: /Bài dài để thử màn hình/ })).toBeVisible();
  await visitOnPhone(page, "/toa-soan/bai-viet/moi", "Viết bài mới");
  await expectMenuWithLogOut(page);
  await visitOnPhone(page, "/toa-soan/bai-viet/nhap", "Nhập từ văn bản");
  await visitOnPhone(page, "/toa-soan/thu-vien-anh", "Thư viện ảnh");
  // A photo may come straight from the camera, and still from a file.
  await expect(page.getByText("📷 Chụp ảnh")).toBeVisible();
  await expect(page.locator('input[type="file"][capture="environment"]')).toHaveAttribute("accept", "image/*");
  await expect(page.locator('input[type="file"]:not([capture])')).toHaveCount(1);
  await visitOnPhone(page, "/toa-soan/ho-so", "Hồ sơ");
  await visitOnPhone(page, `/toa-soan/bai-viet/${submitted.id}`, "Xem bài viết");
  await expect(page.getByRole("button", { name: "Rút lại" })).toBeVisible();
  await visitOnPhone(page, `/toa-soan/bai-viet/${submitted.id}/lich-su`, "Lịch sử sửa đổi");

  expect(errors).toEqual([]);
});

test("the log-in page fits a phone", async ({ anonymous }) => {
  const page = await anonymous();
  await page.setViewportSize(phone.viewport);
  await page.goto("/dang-nhap");
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  await expectNoSideScroll(page);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeInViewport();
});

test("a reporter writes a story on a phone, with a photo, and submits it", async ({ page }) => {
  const title = "Huyện Tràng Định ra quân làm đường giao thông nông thôn";
  // Arrange: the phone's header offers Viết bài mới without opening the menu. (From the start page:
  // the link opens a fresh story each time, so typing must wait for it to have arrived.)
  await page.goto("/toa-soan");
  await page.getByRole("banner").getByRole("link", { name: "Viết bài mới" }).click();
  await page.waitForURL((url) => url.pathname === "/toa-soan/bai-viet/moi");
  const editor = new StoryEditorPage(page);
  await expect(page).toHaveTitle("Viết bài mới — Tòa soạn");

  // Act: the fields, the toolbar and Lưu nháp, all in reach on the small screen.
  await editor.title().fill(title);
  await expect(page).toHaveTitle(`${title} — Tòa soạn`);
  await editor.sapo().fill("– Sáng nay, huyện Tràng Định ra quân làm 12 km đường bê tông nông thôn.");
  await editor.body().tap();
  await page.keyboard.type("Hơn 500 người dân và đoàn viên thanh niên tham gia ngày ra quân.");
  await expect(page.getByRole("toolbar", { name: "Định dạng" }).getByRole("button", { name: "Đậm" })).toBeVisible();
  await editor.section().selectOption({ label: "Văn hóa - Xã hội" });
  // Lưu nháp stays at the bottom of the screen while the text is long.
  const save = page.getByRole("button", { name: "Lưu nháp" });
  await expect(save).toBeInViewport();
  await save.tap();
  await editor.waitSaved();
  // The first save creates the story; the newsroom's refresh after it may or may not have re-rendered
  // the screen as the stored story's by now, so open that one for sure before a dialog is opened.
  await editor.storyId();
  await page.reload();
  await expect(page.getByTestId("story-status")).toHaveText("Nháp");
  await expectNoSideScroll(page);

  // A cover photo from the library's uploader on the phone.
  await page.getByRole("button", { name: "Chọn ảnh đại diện" }).tap();
  const library = page.getByRole("dialog", { name: "Thư viện ảnh" });
  await library.locator('input[type="file"]:not([capture])').setInputFiles(path.join(process.cwd(), "e2e", "fixtures", "hoi-nghi.jpg"));
  await library.getByRole("button", { name: "Chọn ảnh" }).first().tap();
  await expect(library).toBeHidden();
  await editor.waitSaved();
  const id = await editor.storyId();

  // The tab keeps the story's title after a reload, from the server.
  await page.reload();
  await expect(page).toHaveTitle(`${title} — Tòa soạn`);
  await expect(page.getByRole("link", { name: "← Bài của tôi" })).toHaveAttribute("href", "/toa-soan");

  await page.getByRole("button", { name: "Gửi duyệt" }).tap();
  await page.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(page.getByText("Đã gửi bài cho ban biên tập.")).toBeVisible();

  // Assert: it is in the desk's hands now; the reporter reads it, the heading says so.
  await page.goto(`/toa-soan/bai-viet/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Xem bài viết" })).toBeVisible();
  await expect(page.getByTestId("story-status")).toHaveText("Chờ duyệt");
});

test("losing the network on a phone shows an unmissable banner at the top, gone once the text is sent", async ({ page, context }) => {
  await page.goto("/toa-soan/bai-viet/moi");
  const editor = new StoryEditorPage(page);
  await editor.title().fill("Tin viết trên đường từ xã Bắc Xa về");
  await editor.waitSaved();
  await editor.storyId();
  await page.reload();
  await expect(page.getByTestId("story-status")).toHaveText("Nháp");

  await context.setOffline(true);
  await editor.sapo().fill("Câu này được gõ khi điện thoại mất sóng.");
  const banner = page.getByRole("alert").filter({ hasText: "Mất kết nối mạng" });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toBeInViewport();

  await context.setOffline(false);
  await editor.waitSaved();
  await expect(banner).toBeHidden();
});

test("leaving with unsent text asks in the editor's dialog, not the browser's confirm()", async ({ page }) => {
  let bareConfirm = false;
  page.on("dialog", (dialog) => {
    bareConfirm = true;
    void dialog.dismiss();
  });
  await page.goto("/toa-soan/bai-viet/moi");
  const editor = new StoryEditorPage(page);
  await editor.title().fill("Tin chưa kịp gửi");
  await editor.waitSaved();
  await editor.storyId();
  await page.reload();
  // The server stops taking the editor's saves, so what is typed next stays unsent.
  const saves = (url: URL) => url.pathname.startsWith("/toa-soan/bai-viet/");
  await page.route(saves, (route) => (route.request().method() === "POST" ? route.abort("connectionrefused") : route.continue()));
  await editor.sapo().fill("Câu này chưa lên máy chủ.");

  await page.getByRole("link", { name: "← Bài của tôi" }).tap();
  const ask = page.getByRole("dialog", { name: "Rời trang?" });
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Hủy" }).tap();
  await expect(ask).toBeHidden();
  await expect(editor.sapo()).toHaveValue("Câu này chưa lên máy chủ.");

  await page.getByRole("link", { name: "← Bài của tôi" }).tap();
  await ask.getByRole("button", { name: "Vẫn rời trang" }).tap();
  await page.waitForURL((url) => url.pathname === "/toa-soan");
  expect(bareConfirm).toBe(false);
});
