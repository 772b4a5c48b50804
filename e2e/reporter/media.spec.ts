import path from "node:path";
import sharp from "sharp";
import { MediaLibraryPage } from "../pages/media-library-page";
import { expect, sessionOf, test } from "../support/test";

// The demo reporter's saved session (the uploader's name below is hers). Other specs upload too,
// in parallel: an image is found by its own caption, never as "the newest".
test.use(sessionOf("reporter"));

const images = path.join(process.cwd(), "e2e", "fixtures", "images");
const photo = path.join(images, "cau-huu-nghi.jpg"); // carries GPS coordinates in EXIF
const fake = path.join(images, "khong-phai-anh.jpg"); // a text file named .jpg

test("a reporter uploads a photo with its caption, finds it without diacritics and corrects its caption", async ({ page }) => {
  const library = new MediaLibraryPage(page);
  await library.goto();

  await library.upload(photo, "Xe hàng qua cửa khẩu quốc tế Hữu Nghị", "Ảnh: PHƯƠNG DUNG");

  await expect(library.progress()).toHaveAttribute("value", "100");
  await expect(library.uploader().getByRole("status")).toHaveText("Đã tải lên “cau-huu-nghi.jpg”.");
  const first = library.items().filter({ hasText: "Xe hàng qua cửa khẩu quốc tế Hữu Nghị" });
  await expect(first).toContainText("Xe hàng qua cửa khẩu quốc tế Hữu Nghị");
  await expect(first).toContainText("Ảnh: PHƯƠNG DUNG");
  await expect(first).toContainText("Lê Phương Dung");
  const image = first.getByRole("img", { name: "Xe hàng qua cửa khẩu quốc tế Hữu Nghị" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);

  // What readers get: a WebP, cached for a year, without the GPS position the camera wrote.
  const shown = await first.getByRole("link", { name: /Xe hàng qua cửa khẩu/ }).getAttribute("href");
  expect(shown).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{24}-960\.webp$/);
  const served = await page.request.get(shown!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const meta = await sharp(await served.body()).metadata();
  expect([meta.width, meta.height, meta.exif]).toEqual([960, 640, undefined]);

  // Typed without diacritics, as reporters often do.
  await page.getByLabel("Tìm kiếm").fill("cua khau huu nghi");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await page.waitForURL(/q=cua\+khau\+huu\+nghi/);
  await expect(library.items()).toHaveCount(1);
  await expect(library.items().first()).toContainText("Xe hàng qua cửa khẩu quốc tế Hữu Nghị");

  await library.items().first().getByText("Sửa thông tin ảnh").click();
  const form = library.items().first().locator("form");
  await form.getByLabel("Chú thích ảnh").fill("Xe hàng qua cửa khẩu quốc tế Hữu Nghị, Lạng Sơn");
  await form.getByRole("button", { name: "Lưu thông tin ảnh" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã lưu.");
  await expect(
    library
      .items()
      .first()
      .getByRole("paragraph")
      .filter({ hasText: /^Xe hàng qua cửa khẩu quốc tế Hữu Nghị, Lạng Sơn$/ }),
  ).toBeVisible();
});

test("a text file named .jpg is refused with a Vietnamese message and nothing is added", async ({ page }) => {
  // Counted among the images this file would have become (its name), not the whole library, which
  // other specs add to meanwhile.
  const library = new MediaLibraryPage(page);
  await library.goto("khong phai anh");
  const before = await library.countHeading().textContent();
  expect(before).toMatch(/\(0 ảnh\)$/);

  await library.upload(fake, "Ảnh giả");

  await expect(library.uploader().getByRole("alert")).toHaveText("Tệp không phải ảnh JPEG, PNG, WebP hoặc AVIF.");
  await page.reload();
  await expect(library.countHeading()).toHaveText(before!);
  await library.goto();
  await expect(page.getByText("Ảnh giả")).toHaveCount(0);
});

test("the story editor's picker searches the library and sets the cover image", async ({ page }) => {
  const library = new MediaLibraryPage(page);
  await library.goto();
  await library.upload(photo, "Phiên chợ vùng cao Lạng Sơn", "Ảnh: VĂN ĐẠT");
  await expect(library.uploader().getByRole("status")).toHaveText("Đã tải lên “cau-huu-nghi.jpg”.");

  await page.getByRole("link", { name: "Viết bài mới" }).click();
  await page.getByRole("button", { name: "Chọn ảnh đại diện" }).click();
  const picker = page.getByRole("dialog", { name: "Thư viện ảnh" });
  await expect(picker.getByRole("button", { name: "Chọn ảnh" }).first()).toBeVisible();
  await picker.getByLabel("Tìm kiếm").fill("phien cho vung cao");
  await expect(picker.getByRole("listitem")).toHaveCount(1);
  await expect(picker.getByRole("listitem")).toContainText("Ảnh: VĂN ĐẠT");

  await picker.getByRole("button", { name: "Chọn ảnh" }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole("img", { name: "Phiên chợ vùng cao Lạng Sơn" })).toHaveAttribute("src", /^\/media\/.+-960\.webp$/);
});

test("a 15 MB photo goes through and a 21 MB file is refused before it is read", async ({ page }) => {
  // Noise does not compress: 2300×2300 RGB is a PNG of about 16 MB, above Next.js's 10 MB proxy buffer.
  const noise = Buffer.alloc(2300 * 2300 * 3);
  let seed = 2463534242;
  for (let i = 0; i < noise.length; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    noise[i] = seed & 0xff;
  }
  const big = await sharp(noise, { raw: { width: 2300, height: 2300, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  expect(big.length).toBeGreaterThan(15 * 1024 * 1024);
  const accepted = await page.request.post("/api/media", {
    multipart: { file: { name: "nhieu.png", mimeType: "image/png", buffer: big }, caption: "Ảnh lớn" },
    timeout: 60_000,
  });
  expect(accepted.status()).toBe(201);
  expect(await accepted.json()).toMatchObject({ width: 960, height: 960, caption: "Ảnh lớn" });

  const tooBig = await page.request.post("/api/media", {
    multipart: { file: { name: "qua-lon.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(21 * 1024 * 1024, 0xff) } },
  });
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.json()).toEqual({ error: "Ảnh vượt quá 20 MB." });
});
