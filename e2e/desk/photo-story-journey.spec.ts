// A photographer's Phóng sự ảnh through the newsroom: four photos uploaded to the library with their
// captions and credits, a photo story built from them (refused by "Gửi duyệt" while it has three),
// claimed and approved by the desk, published by the chief editor, and read by a reader who walks
// the gallery with the keyboard.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { MediaLibraryPage } from "../pages/media-library-page";
import { StoryEditorPage } from "../pages/story-editor-page";
import { publishThroughDesk } from "../support/desk";
import { uniqueTag } from "../support/factory";
import { expect, test } from "../support/test";

/** Four photos that differ, as a camera's JPEGs. */
async function makePhotos(count: number): Promise<string[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "phong-su-anh-"));
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const file = path.join(folder, `mua-dao-${i + 1}.jpg`);
      await sharp({ create: { width: 1600 + i * 20, height: 1067, channels: 3, background: { r: 200 - i * 40, g: 80 + i * 30, b: 90 + i * 25 } } })
        .jpeg()
        .toFile(file);
      return file;
    }),
  );
}

test("a photographer's photo story goes through the desk and readers walk its gallery by keyboard", async ({ factory, signedIn, anonymous }) => {
  test.setTimeout(180_000);
  const photographer = await factory.makePerson("reporter");
  const editor = await factory.makePerson("editor");
  const chief = await factory.makePerson("chief_editor");
  const section = await factory.makeSection();
  const tag = uniqueTag();
  const title = `Lạng Sơn mùa hoa đào ${tag}`;
  const captions = ["Hoa đào nở trên đỉnh Mẫu Sơn", "Người Dao hái chè đầu xuân", "Chợ hoa ngày giáp Tết", "Bản làng trong sương sớm"].map(
    (c) => `${c} ${tag}`,
  );

  // The photographer puts four photos in the library, each with its caption and credit.
  const page = await signedIn(photographer);
  const library = new MediaLibraryPage(page);
  await library.goto();
  for (const [i, file] of (await makePhotos(4)).entries()) {
    await library.upload(file, captions[i], "Ảnh: QUANG HUY");
    await expect(library.uploader().getByRole("status")).toHaveText(`Đã tải lên “${path.basename(file)}”.`);
  }

  // A photo story: its gallery waits at the top of the body.
  await page.goto("/toa-soan/bai-viet/moi");
  const draft = new StoryEditorPage(page);
  await draft.kind("Phóng sự ảnh").check();
  await draft.title().fill(title);
  await draft.sapo().fill("– Những ngày đầu xuân, sắc đào phủ khắp các bản vùng cao.");
  await draft.section().selectOption({ label: section.name });
  await draft.waitSaved();
  const id = await draft.storyId();
  await page.reload();

  const gallery = draft.body().getByRole("region", { name: "Bộ ảnh" });
  const pick = async (caption: string) => {
    await picker.getByLabel("Tìm kiếm").fill(caption);
    await picker.getByRole("listitem").filter({ hasText: caption }).getByRole("button", { name: "Chọn ảnh" }).click();
  };
  await gallery.getByRole("button", { name: "Thêm ảnh" }).click();
  const picker = page.getByRole("dialog", { name: "Thư viện ảnh" });
  for (const caption of captions.slice(0, 3)) await pick(caption);
  await picker.getByRole("button", { name: "Đóng thư viện ảnh" }).click();
  await expect(gallery.getByRole("textbox", { name: /^Chú thích ảnh \d$/ })).toHaveCount(3);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await draft.waitSaved();

  // Three photos are not a photo story: the server says what is missing and keeps it a draft.
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chưa gửi được" })).toContainText("ít nhất 4 ảnh trong bộ ảnh (mới có 3)");
  await expect(page.getByTestId("story-status")).toHaveText("Nháp");

  await gallery.getByRole("button", { name: "Thêm ảnh" }).click();
  await pick(captions[3]!);
  await picker.getByRole("button", { name: "Đóng thư viện ảnh" }).click();
  await expect(gallery.getByRole("textbox", { name: /^Chú thích ảnh \d$/ })).toHaveCount(4);
  await expect(gallery.getByRole("textbox", { name: "Nguồn ảnh 4" })).toHaveValue("Ảnh: QUANG HUY");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await draft.waitSaved();
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await page.waitForURL((url) => url.pathname === "/toa-soan");

  // The desk claims and approves it; the chief editor publishes it.
  const address = await publishThroughDesk(signedIn, { editor, chief }, id);
  expect(address).toMatch(new RegExp(`^/${section.slug}/`));

  // A reader: the kind is named, the gallery is the page's, and the keyboard walks it.
  const reader = await anonymous();
  await reader.goto(address);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByText("Phóng sự ảnh", { exact: true }).first()).toBeVisible();
  const shown = reader.getByRole("region", { name: "Bộ ảnh, 4 ảnh" });
  const counter = shown.locator("[data-gallery-counter]");
  await expect(counter).toHaveText("1 / 4");
  await shown.locator(".gallery-track").focus();
  await reader.keyboard.press("ArrowRight");
  await expect(counter).toHaveText("2 / 4");
  await expect(shown.getByText(captions[1]!)).toBeInViewport();
  await reader.keyboard.press("End");
  await expect(counter).toHaveText("4 / 4");
  await expect(shown.getByText(`${captions[3]!}`)).toBeInViewport();
  await expect(shown).toContainText("QUANG HUY");
});
