// The editor's media blocks (issue 16): a reporter builds a photo story from library photos, an
// embedded video, a pull quote and a chapter, reorders them from the keyboard, saves, and finds
// everything in its order after a reload; an address outside the allowlist is refused in
// Vietnamese and never reaches the saved story. Screenshots at 390 and 1280 px for the lead.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { Locator, Page } from "@playwright/test";
import { MediaLibraryPage } from "../pages/media-library-page";
import { StoryEditorPage } from "../pages/story-editor-page";
import { uniqueTag } from "../support/factory";
import { expectNoSideScroll, phone } from "../support/phone";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("reporter"));

const shots = process.env.SHOTS_DIR ?? path.join(process.cwd(), "test-results", "shots-16");

/** Three photos that differ (colour and size), so the library keeps each as its own. */
async function makePhotos(): Promise<string[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bo-anh-"));
  const colours = [
    { r: 170, g: 40, b: 40 },
    { r: 40, g: 120, b: 60 },
    { r: 40, g: 70, b: 160 },
  ];
  return Promise.all(
    colours.map(async (background, i) => {
      const file = path.join(folder, `cho-phien-${i + 1}.jpg`);
      await sharp({ create: { width: 1200 + i * 40, height: 800, channels: 3, background } })
        .jpeg()
        .toFile(file);
      return file;
    }),
  );
}

/** The blocks of the body, by the names their views carry, top to bottom. */
const blockNames = (editor: StoryEditorPage) =>
  editor
    .body()
    .locator("[data-block-view]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));

async function addBlock(page: Page, name: string | RegExp) {
  await page.getByRole("button", { name: "Thêm khối" }).click();
  await page.getByRole("menu", { name: "Thêm khối" }).getByRole("menuitem", { name }).click();
}

const galleryCaptions = (gallery: Locator) => gallery.getByRole("textbox", { name: /^Chú thích ảnh \d$/ });
/** The gallery's captions, top to bottom. */
const captionValues = (gallery: Locator) => galleryCaptions(gallery).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

test("a reporter builds a photo story with a gallery, an embed, a pull quote and a chapter, reorders it and finds it after a reload", async ({ page }) => {
  const tag = uniqueTag();
  const captions = [1, 2, 3].map((n) => `Chợ phiên Đồng Đăng ${tag} ảnh ${n}`) as [string, string, string];
  const library = new MediaLibraryPage(page);
  await library.goto();
  const files = await makePhotos();
  for (const [i, file] of files.entries()) {
    await library.upload(file, captions[i], "Ảnh: VĂN ĐẠT");
    await expect(library.uploader().getByRole("status")).toHaveText(`Đã tải lên “${path.basename(file)}”.`);
  }

  // A new story, a photo story: its gallery waits on top, not saved while empty.
  await page.goto("/toa-soan");
  await page.getByRole("link", { name: "Viết bài mới" }).click();
  const editor = new StoryEditorPage(page);
  await expect(editor.body()).toBeVisible();
  await editor.title().fill(`Chợ phiên Đồng Đăng ngày giáp Tết ${tag}`);
  await editor.kind("Phóng sự ảnh").check();
  const gallery = editor.body().getByRole("region", { name: "Bộ ảnh" });
  await expect(gallery).toContainText("Bộ ảnh chưa có ảnh nào nên chưa được lưu vào bài.");
  await editor.waitSaved();
  // Opened again, the photo story shows its gallery waiting on top (the empty one was not saved).
  // Reloading here also settles the page on the story's own address, which the first save gave it.
  await editor.storyId();
  await page.reload();
  await expect(gallery).toContainText("Bộ ảnh chưa có ảnh nào nên chưa được lưu vào bài.");

  // Three photos in a row from the library, the picker staying open between them.
  await gallery.getByRole("button", { name: "Thêm ảnh" }).click();
  const picker = page.getByRole("dialog", { name: "Thư viện ảnh" });
  await picker.getByLabel("Tìm kiếm").fill(tag);
  await expect(picker.getByRole("listitem")).toHaveCount(3);
  for (const caption of captions) await picker.getByRole("listitem").filter({ hasText: caption }).getByRole("button", { name: "Chọn ảnh" }).click();
  await picker.getByRole("button", { name: "Đóng thư viện ảnh" }).click();
  await expect(picker).toHaveCount(0);
  await expect(galleryCaptions(gallery)).toHaveCount(3);
  await expect(gallery.getByRole("button", { name: "Thêm ảnh" })).toBeFocused();

  // A caption corrected in place; the third photo moved up by its button, then by Alt+↑.
  await gallery.getByRole("textbox", { name: "Chú thích ảnh 2" }).fill(`Người Tày xuống chợ ${tag}`);
  await gallery.getByRole("button", { name: "Chuyển ảnh 3 lên" }).click();
  await expect(gallery.getByRole("button", { name: "Chuyển ảnh 2 lên" })).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  await expect.poll(() => captionValues(gallery)).toEqual([captions[2], captions[0], `Người Tày xuống chợ ${tag}`]);

  // An embed: an address outside the allowlist is refused in Vietnamese and nothing is saved of it.
  await editor.body().locator(":scope > p").last().click();
  await page.keyboard.type(`Phiên chợ họp từ sáng sớm ${tag}.`);
  await addBlock(page, "Nhúng video (YouTube, Facebook, TikTok)");
  const embed = editor.body().getByRole("region", { name: "Nhúng video (YouTube, Facebook, TikTok)" });
  const address = embed.getByLabel("Địa chỉ video (YouTube, Facebook, TikTok)");
  await expect(address).toBeFocused();
  await address.fill("https://vimeo.com/76979871");
  await embed.getByRole("button", { name: "Nhúng", exact: true }).click();
  await expect(embed.getByRole("alert")).toHaveText("Chỉ nhúng được video YouTube, Facebook hoặc TikTok: hãy dán địa chỉ của chính video đó.");
  await expect(address).toHaveAttribute("aria-invalid", "true");
  fs.mkdirSync(shots, { recursive: true });
  await embed.screenshot({ path: path.join(shots, "editor-embed-error-1280.png") });
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await editor.waitSaved();

  await address.fill("https://youtu.be/dQw4w9WgXcQ?si=share");
  await address.press("Enter");
  await expect(embed.getByTestId("embed-url")).toHaveText("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await expect(embed).toContainText("YouTube");
  // The editor never loads the provider's player.
  await expect(page.locator('iframe, script[src*="youtube"], script[src*="tiktok"], script[src*="facebook"]')).toHaveCount(0);
  await embed.getByRole("textbox", { name: "Chú thích", exact: true }).fill("Không khí phiên chợ");

  await addBlock(page, "Trích dẫn nổi bật");
  const quote = editor.body().getByRole("region", { name: "Trích dẫn nổi bật" });
  await expect(quote.getByLabel("Lời trích dẫn")).toBeFocused();
  await page.keyboard.type("Chợ phiên là nơi giữ hồn văn hóa vùng biên");
  await quote.getByLabel("Người nói (không bắt buộc)").fill("Bà Hoàng Thị Lan, tiểu thương");

  await addBlock(page, "Tên chương");
  const chapter = editor.body().getByRole("region", { name: "Tên chương" });
  await expect(chapter.getByRole("textbox", { name: "Tên chương" })).toBeFocused();
  await page.keyboard.type("Phần 2: Những gánh hàng");

  // A photo across the page, picked first and only then inserted.
  await addBlock(page, "Ảnh toàn khổ");
  await picker.getByLabel("Tìm kiếm").fill(tag);
  await picker.getByRole("listitem").filter({ hasText: captions[1] }).getByRole("button", { name: "Chọn ảnh" }).click();
  const wide = editor.body().getByRole("figure", { name: "Ảnh toàn khổ" });
  await expect(wide.getByRole("checkbox", { name: "Ảnh toàn khổ" })).toBeChecked();

  const before = await blockNames(editor);
  expect(before).toEqual(["Bộ ảnh", "Nhúng video (YouTube, Facebook, TikTok)", "Trích dẫn nổi bật", "Tên chương", "Ảnh toàn khổ"]);

  // The embed goes down one place with Alt+↓ from its caption field.
  await embed.getByRole("textbox", { name: "Chú thích", exact: true }).focus();
  await page.keyboard.press("Alt+ArrowDown");
  const order = ["Bộ ảnh", "Trích dẫn nổi bật", "Nhúng video (YouTube, Facebook, TikTok)", "Tên chương", "Ảnh toàn khổ"];
  await expect.poll(() => blockNames(editor)).toEqual(order);
  // And the chapter goes up by its "Lên" button, the focus staying on it.
  await chapter.getByRole("button", { name: "Chuyển khối “Tên chương” lên" }).click();
  const finalOrder = ["Bộ ảnh", "Trích dẫn nổi bật", "Tên chương", "Nhúng video (YouTube, Facebook, TikTok)", "Ảnh toàn khổ"];
  await expect.poll(() => blockNames(editor)).toEqual(finalOrder);
  await expect(chapter.getByRole("button", { name: "Chuyển khối “Tên chương” lên" })).toBeFocused();

  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await editor.waitSaved();

  // After a reload, everything is there, in its order.
  await page.reload();
  await expect(editor.kind("Phóng sự ảnh")).toBeChecked();
  await expect.poll(() => blockNames(editor)).toEqual(finalOrder);
  const reloaded = editor.body().getByRole("region", { name: "Bộ ảnh" });
  await expect.poll(() => captionValues(reloaded)).toEqual([captions[2], captions[0], `Người Tày xuống chợ ${tag}`]);
  await expect(reloaded.getByRole("textbox", { name: "Nguồn ảnh 1" })).toHaveValue("Ảnh: VĂN ĐẠT");
  await expect(editor.body().getByTestId("embed-url")).toHaveText("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await expect(editor.body().getByRole("textbox", { name: "Chú thích", exact: true })).toHaveValue("Không khí phiên chợ");
  await expect(editor.body().getByRole("textbox", { name: "Lời trích dẫn" })).toHaveValue("Chợ phiên là nơi giữ hồn văn hóa vùng biên");
  await expect(editor.body().getByRole("textbox", { name: "Tên chương" })).toHaveValue("Phần 2: Những gánh hàng");
  await expect(editor.body()).toContainText(`Phiên chợ họp từ sáng sớm ${tag}.`);
  await expect(editor.body()).not.toContainText("vimeo");
  await expect(editor.body().getByRole("region", { name: "Nhúng video (YouTube, Facebook, TikTok)" })).toHaveCount(1);
  await expect(editor.body().getByRole("figure", { name: "Ảnh toàn khổ" }).getByRole("checkbox", { name: "Ảnh toàn khổ" })).toBeChecked();

  // Screenshots for the lead: wide, then on a phone (nothing may scroll sideways).
  await page.screenshot({ path: path.join(shots, "editor-blocks-1280.png"), fullPage: true });
  await page.setViewportSize(phone.viewport);
  await expectNoSideScroll(page);
  await page.screenshot({ path: path.join(shots, "editor-blocks-390.png"), fullPage: true });
  await editor.body().locator("[data-block-view]").nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, "editor-body-390.png") });
  await page.getByRole("button", { name: "Thêm khối" }).click();
  const menu = page.getByRole("menu", { name: "Thêm khối" });
  // The photo story's gallery first.
  await expect(menu.getByRole("menuitem").first()).toHaveText(/^Bộ ảnh/);
  await expect(menu.getByRole("menuitem")).toHaveCount(9);
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await expectNoSideScroll(page);
  await page.screenshot({ path: path.join(shots, "editor-menu-390.png") });
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Thêm khối" })).toBeFocused();
  await page.getByRole("group", { name: "Loại bài" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, "editor-kinds-390.png") });
});

test("a block is dragged by its handle above another with the mouse", async ({ page }) => {
  const tag = uniqueTag();
  await page.goto("/toa-soan/bai-viet/moi");
  const editor = new StoryEditorPage(page);
  await expect(editor.body()).toBeVisible();
  await editor.title().fill(`Mùa hoa đào Mẫu Sơn ${tag}`);
  await editor.waitSaved();
  await editor.storyId();
  await page.reload();

  await editor.body().click();
  await addBlock(page, "Trích dẫn nổi bật");
  await page.keyboard.type("Hoa đào nở sớm hơn mọi năm");
  await addBlock(page, "Tên chương");
  await page.keyboard.type("Chương 1: Lên núi");
  await expect.poll(() => blockNames(editor)).toEqual(["Trích dẫn nổi bật", "Tên chương"]);

  // The handle is for the mouse (the buttons and Alt+↑/↓ do the same from the keyboard).
  const chapter = editor.body().getByRole("region", { name: "Tên chương" });
  const quote = editor.body().getByRole("region", { name: "Trích dẫn nổi bật" });
  await chapter.locator("[data-drag-handle]").dragTo(quote, { targetPosition: { x: 40, y: 4 } });
  await expect.poll(() => blockNames(editor)).toEqual(["Tên chương", "Trích dẫn nổi bật"]);

  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await editor.waitSaved();
  await page.reload();
  await expect.poll(() => blockNames(editor)).toEqual(["Tên chương", "Trích dẫn nổi bật"]);
  await expect(editor.body().getByRole("textbox", { name: "Tên chương" })).toHaveValue("Chương 1: Lên núi");
});
