import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageError, processImage } from "./process-image";
import { hasGpsDirectory, makeTestPhoto } from "./test-images";

async function refusal(promise: Promise<unknown>): Promise<ImageError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageError);
  return error as ImageError;
}

describe("processing an uploaded photo", () => {
  it("strips GPS and every other EXIF field from the original and the variants, keeping the colour profile on the original", async () => {
    const input = await makeTestPhoto({ width: 2000, height: 1200, gps: true, icc: true });
    const before = await sharp(input).metadata();
    expect(hasGpsDirectory(before.exif)).toBe(true); // the test photo really carries a position

    const image = await processImage(input);
    expect(image).toMatchObject({ ext: "jpg", mimeType: "image/jpeg", width: 2000, height: 1200 });
    for (const file of [image.original, ...image.variants]) {
      const after = await sharp(file.data).metadata();
      expect(after.exif, `EXIF in ${file.variant}`).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
    }
    expect((await sharp(image.original.data).metadata()).icc).toBeDefined();
    expect((await sharp(image.original.data).metadata()).format).toBe("jpeg");
  });

  it("makes WebP variants 480, 960 and 1600 wide for a large photo, keeping its proportions", async () => {
    const image = await processImage(await makeTestPhoto({ width: 2000, height: 1000 }));
    expect(image.variants.map((v) => [v.width, v.height, v.ext])).toEqual([
      [480, 240, "webp"],
      [960, 480, "webp"],
      [1600, 800, "webp"],
    ]);
    for (const v of image.variants) expect((await sharp(v.data).metadata()).format).toBe("webp");
  });

  it("never enlarges: a 700-pixel photo gets a 480 variant and one at its own width", async () => {
    const image = await processImage(await makeTestPhoto({ width: 700, height: 500, format: "png" }));
    expect(image.variants.map((v) => v.width)).toEqual([480, 700]);
    expect(image.original).toMatchObject({ ext: "png", width: 700, height: 500 });
  });

  it("a photo narrower than every variant width still gets one variant, at its own size", async () => {
    const image = await processImage(await makeTestPhoto({ width: 300, height: 200, format: "webp" }));
    expect(image.variants.map((v) => [v.width, v.height])).toEqual([[300, 200]]);
    expect(image.ext).toBe("webp");
  });

  it("turns a photo upright by its EXIF orientation, then drops the orientation tag", async () => {
    // Stored 600×400 but tagged "rotate 90°": the reader must see it 400 wide and 600 tall.
    const image = await processImage(await makeTestPhoto({ width: 600, height: 400, orientation: 6 }));
    expect([image.width, image.height]).toEqual([400, 600]);
    expect([image.original.width, image.original.height]).toEqual([400, 600]);
    expect((await sharp(image.original.data).metadata()).orientation).toBeUndefined();
    expect(image.variants.map((v) => [v.width, v.height])).toEqual([[400, 600]]);
  });

  it("accepts AVIF and keeps it AVIF", async () => {
    const image = await processImage(await makeTestPhoto({ width: 520, height: 300, format: "avif" }));
    expect(image).toMatchObject({ ext: "avif", mimeType: "image/avif" });
    expect((await sharp(image.original.data).metadata()).compression).toBe("av1");
  });

  it("refuses a text file named like a photo", async () => {
    const error = await refusal(processImage(Buffer.from("Đây không phải ảnh, chỉ là văn bản.\n")));
    expect(error).toMatchObject({ code: "unsupported_type", message: "Tệp không phải ảnh JPEG, PNG, WebP hoặc AVIF." });
  });

  it("refuses a PDF, an SVG and a GIF by what they are", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    for (const data of [pdf, svg, gif]) expect((await refusal(processImage(data))).code).toBe("unsupported_type");
  });

  it("refuses a file that starts like a JPEG but is not one", async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("garbage".repeat(50))]);
    expect((await refusal(processImage(fake))).message).toMatch(/^(Tệp không phải ảnh|Không đọc được ảnh)/);
  });

  it("refuses a file over the limit, with the limit in the message", async () => {
    const input = await makeTestPhoto({ width: 400, height: 300 });
    const error = await refusal(processImage(input, { maxBytes: 1024 }));
    expect(error).toMatchObject({ code: "too_large" });
    const limit = await refusal(processImage(Buffer.alloc(21 * 1024 * 1024, 0xff)));
    expect(limit).toMatchObject({ code: "too_large", message: "Ảnh vượt quá 20 MB." });
  });

  it("refuses an empty file", async () => {
    expect((await refusal(processImage(Buffer.alloc(0)))).code).toBe("empty");
  });
});
