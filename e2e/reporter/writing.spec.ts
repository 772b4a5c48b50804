import fs from "node:fs";
import path from "node:path";
import { StoryEditorPage } from "../pages/story-editor-page";
import { expect, sessionOf, test } from "../support/test";

// The demo reporter's saved session: the byline PHƯƠNG DUNG and the name Lê Phương Dung below are hers.
test.use(sessionOf("reporter"));

const fixture = fs.readFileSync(path.join(process.cwd(), "db", "seed", "seed-article.txt"), "utf8");
const title = "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện";

test("a reporter imports the fixture by paste, fixes it, gives its caption a photo and submits it", async ({ page }) => {
  await page.goto("/toa-soan");
  await page.getByRole("link", { name: "Nhập từ văn bản" }).click();
  await page.getByLabel("Văn bản").fill(fixture);

  await page.getByRole("button", { name: "Nhập từ văn bản" }).click();

  // The paper has this story already (the demo's published fixture, hers): open it, or import anyway.
  const warning = page.getByRole("alert").filter({ hasText: "Tòa soạn đã có bài này" });
  await expect(warning.getByRole("link", { name: `Mở bài “${title}”` })).toBeVisible();
  await warning.getByRole("button", { name: "Vẫn nhập thành bài mới" }).click();

  const editor = new StoryEditorPage(page);
  await expect(page.getByText("Đã nhập bài từ văn bản.")).toBeVisible();
  await expect(editor.title()).toHaveValue(title);
  await expect(editor.sapo()).toHaveValue(/^Chiều nay \(28\/6\), Ban Tổ chức Trung ương/);
  await expect(page.getByRole("button", { name: "Bỏ PHƯƠNG DUNG" })).toBeVisible();
  await expect(editor.body()).toContainText("Tại điểm cầu tỉnh Lạng Sơn");
  await expect(page.getByRole("textbox", { name: "Chú thích ảnh" }).first()).toHaveValue("Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn");
  await expect(page.getByText(/phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang/)).toBeVisible();

  // Fix a field: the section the paper files it under, and a shorter title.
  await editor.section().selectOption({ label: "Chính trị" });
  await editor.title().fill("Xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện");
  await editor.waitSaved();

  // The fixture's caption line became a figure without its photo: the desk may not get it so.
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chưa gửi được" })).toHaveText("Chưa gửi được: bài còn thiếu ảnh chưa có tệp.");

  // The caption-only figure gets its photo from the media library, keeping the imported caption.
  const placeholder = editor.body().locator("figure").filter({ hasText: "Ảnh chưa có trong thư viện" });
  await placeholder.getByRole("button", { name: "Chọn ảnh" }).click();
  const library = page.getByRole("dialog", { name: "Thư viện ảnh" });
  await library
    .locator('input[type="file"]')
    .first()
    .setInputFiles(path.join(process.cwd(), "e2e", "fixtures", "hoi-nghi.jpg"));
  await library.getByRole("button", { name: "Chọn ảnh" }).first().click();
  await expect(placeholder).toHaveCount(0);
  const figure = editor
    .body()
    .locator("figure")
    .filter({ has: page.locator("img") });
  await expect(figure.getByRole("textbox", { name: "Chú thích ảnh" })).toHaveValue("Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn");
  await figure.getByRole("textbox", { name: "Chú thích ảnh" }).fill("Quang cảnh hội nghị tại điểm cầu tỉnh Lạng Sơn");
  await figure.getByRole("textbox", { name: "Nguồn ảnh" }).fill("Ảnh: PHƯƠNG DUNG");
  await editor.waitSaved();

  await page.getByRole("button", { name: "Gửi duyệt" }).click();

  await page.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(page.getByText("Đã gửi bài cho ban biên tập.")).toBeVisible();
  const row = page.getByRole("row", { name: /Xây dựng ngành tổ chức xây dựng Đảng trong sạch/ });
  await expect(row).toContainText("Chờ duyệt");

  // Submitted: the reporter sees it but can no longer edit, only withdraw.
  await row.getByRole("link").click();
  await expect(editor.title()).toBeDisabled();
  await expect(page.getByRole("button", { name: "Rút lại" })).toBeVisible();
});

test("a story file is given through the drop zone, in Vietnamese, and becomes a draft", async ({ page }) => {
  const fileTitle = `Chợ phiên Đồng Đăng đông vui ngày cuối năm ${Date.now()}`;
  await page.goto("/toa-soan/bai-viet/nhap");
  const chooser = page.getByLabel("Kéo thả tệp .txt hoặc .docx vào đây, hoặc bấm để chọn tệp");
  await chooser.setInputFiles({
    name: "cho-phien.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`Thứ hai,\u00a007/12/2026\n${fileTitle}\n– Sáng nay, chợ phiên Đồng Đăng đông người mua bán.\nHàng hóa phong phú.\nTHU HÀ`),
  });
  await expect(page.getByText("Đã chọn “cho-phien.txt”")).toBeVisible();

  await page.getByRole("button", { name: "Nhập từ văn bản" }).click();

  await expect(new StoryEditorPage(page).title()).toHaveValue(fileTitle);
});

test("submitting an incomplete story names what is missing", async ({ page }) => {
  await page.goto("/toa-soan");
  await page.getByRole("link", { name: "Viết bài mới" }).click();
  const editor = new StoryEditorPage(page);
  await editor.title().fill("Tin ngắn chưa xong");
  await editor.waitSaved();
  await editor.storyId();

  await page.getByRole("button", { name: "Gửi duyệt" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Chưa gửi được" })).toHaveText("Chưa gửi được: bài còn thiếu Sapo, Nội dung, Chuyên mục.");
});

test("two tabs on one story never lose either side's text", async ({ page: first }) => {
  const context = first.context();
  await first.goto("/toa-soan/bai-viet/moi");
  const a = new StoryEditorPage(first);
  await a.title().fill("Bản nháp mở ở hai thẻ");
  await a.waitSaved();
  const id = await a.storyId();

  const second = await context.newPage();
  await second.goto(`/toa-soan/bai-viet/${id}`);
  const b = new StoryEditorPage(second);
  await expect(b.title()).toHaveValue("Bản nháp mở ở hai thẻ");

  await a.sapo().fill("Sapo viết ở thẻ thứ nhất.");
  await a.waitSaved();
  await b.sapo().fill("Sapo viết ở thẻ thứ hai.");

  // The other save was her own, in the first tab: the banner says so rather than naming her to herself.
  const conflict = second.getByRole("alert").filter({ hasText: "chính bạn" });
  await expect(conflict).toContainText("ở một thẻ hoặc thiết bị khác");
  await expect(conflict).toContainText("Nội dung trên màn hình này vẫn còn");
  await expect(conflict).not.toContainText("Lê Phương Dung");
  await expect(b.sapo()).toHaveValue("Sapo viết ở thẻ thứ hai.");

  await second.getByRole("button", { name: "Giữ bản của tôi" }).click();
  await b.waitSaved();

  await first.reload();
  await expect(a.sapo()).toHaveValue("Sapo viết ở thẻ thứ hai.");
});

test("typing while the server cannot be reached is kept and sent when it can", async ({ page }) => {
  await page.goto("/toa-soan/bai-viet/moi");
  const editor = new StoryEditorPage(page);
  await editor.title().fill("Tin viết lúc mất mạng");
  await editor.waitSaved();

  // The server stops answering the editor's saves.
  const unreachable = (url: URL) => url.pathname.startsWith("/toa-soan/bai-viet/");
  await page.route(unreachable, (route) => (route.request().method() === "POST" ? route.abort("connectionrefused") : route.continue()));
  await editor.sapo().fill("Câu này được gõ khi máy chủ không trả lời.");
  await expect(editor.saveStatus()).toContainText("Mất kết nối", { timeout: 15_000 });
  await page.unroute(unreachable);

  await editor.waitSaved();
  await page.reload();
  await expect(editor.sapo()).toHaveValue("Câu này được gõ khi máy chủ không trả lời.");
});

test("a copy left in the browser when the tab closed is sent on the next visit", async ({ page }) => {
  await page.goto("/toa-soan/bai-viet/moi");
  const editor = new StoryEditorPage(page);
  await editor.title().fill("Tin viết dở khi đóng thẻ");
  await editor.waitSaved();
  const id = await editor.storyId();

  // Typed, then the tab is gone before the autosave fires (no request reaches the server).
  await page.route(
    (url) => url.pathname.startsWith("/toa-soan/bai-viet/"),
    (route) => (route.request().method() === "POST" ? route.abort() : route.continue()),
  );
  await editor.sapo().fill("Đoạn này chưa kịp lưu lên máy chủ.");
  await page.unrouteAll();
  await page.goto("about:blank");

  await page.goto(`/toa-soan/bai-viet/${id}`);

  await expect(page.getByText(/Đã khôi phục nội dung chưa lưu từ trình duyệt/)).toBeVisible();
  await editor.waitSaved();
  await page.reload();
  await expect(editor.sapo()).toHaveValue("Đoạn này chưa kịp lưu lên máy chủ.");
});
