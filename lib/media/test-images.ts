// Photos made on the spot for tests and e2e fixtures: a sky, a river and a bridge drawn pixel by
// pixel (no fonts needed), optionally carrying what a phone writes into a JPEG — GPS position,
// camera make, an EXIF orientation — so tests can prove none of it reaches the reader.
import sharp from "sharp";

export type TestPhotoOptions = {
  width?: number;
  height?: number;
  format?: "jpeg" | "png" | "webp" | "avif";
  /** Writes GPS coordinates (near Hữu Nghị border gate, Lạng Sơn) and a camera make into EXIF. */
  gps?: boolean;
  /** EXIF orientation 1–8; 6 means "turn 90° clockwise to view". */
  orientation?: number;
  /** Attaches a Display P3 colour profile. */
  icc?: boolean;
};

export async function makeTestPhoto(options: TestPhotoOptions = {}): Promise<Buffer> {
  const { width = 1200, height = 800, format = "jpeg" } = options;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const v = y / height;
      let [r, g, b] = v < 0.6 ? [120 + 100 * v, 170 + 60 * v, 235] : [40, 90 + 40 * (v - 0.6), 120];
      // A bridge: an arch and its deck across the river.
      const cx = (x / width - 0.5) * 2;
      const arch = 0.6 - 0.25 * (1 - cx * cx);
      if (Math.abs(v - arch) < 0.015 || (Math.abs(v - 0.35) < 0.02 && Math.abs(cx) < 1)) [r, g, b] = [150, 40, 40];
      pixels[i] = r;
      pixels[i + 1] = g;
      pixels[i + 2] = b;
    }
  }
  let image = sharp(pixels, { raw: { width, height, channels: 3 } });
  if (options.icc) image = image.withIccProfile("p3");
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.gps) {
    image = image.withExifMerge({
      IFD0: { Make: "Canon", Model: "EOS R6", Artist: "Phóng viên" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 59/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 42/1 0/1" },
    });
  }
  switch (format) {
    case "jpeg":
      return image.jpeg({ quality: 80 }).toBuffer();
    case "png":
      return image.png().toBuffer();
    case "webp":
      return image.webp({ quality: 80 }).toBuffer();
    case "avif":
      return image.avif({ quality: 50 }).toBuffer();
  }
}

/** True when the EXIF block holds a GPS directory (tag 0x8825, either byte order). */
export function hasGpsDirectory(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}
