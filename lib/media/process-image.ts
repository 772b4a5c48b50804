// What happens to a photo between the reporter's camera and the reader's screen: check that it
// really is a photo we can show, turn it upright, drop everything the camera wrote about it
// (GPS position, device, owner — a source's location must never leak), keep the colour profile,
// and make the WebP sizes pages use. Pure: no database, no storage.
import pLimit from "p-limit";
import sharp, { type Metadata, type Sharp } from "sharp";
import { maxImageBytes } from "@/lib/http/body-limits";
import { defaultLocale } from "@/lib/i18n/locales";
import { say, zodMessage, type Phrase } from "@/lib/i18n/phrase";
import type { MediaExtension } from "./storage";

// libvips keeps the results of recent operations (up to 50 MB) for reuse; an upload is processed
// once, so the cache only holds memory the server never gets back.
sharp.cache(false);

/** Widths of the WebP variants; an image narrower than one of them is never enlarged to it. */
export const variantWidths = [480, 960, 1600] as const;
// A 20 MB PNG can still unpack to gigabytes; 120 megapixels covers the largest press cameras.
const maxPixels = 120_000_000;

export type ImageErrorCode = "empty" | "too_large" | "unsupported_type" | "unreadable" | "busy";

/** An image refused; `message` is the Vietnamese text, `phrase` what the wrappers say in the person's language. */
export class ImageError extends Error {
  readonly phrase: Phrase | string;
  constructor(
    message: Phrase | string,
    readonly code: ImageErrorCode,
  ) {
    super(say(defaultLocale, message));
    this.phrase = message;
  }
}

/**
 * The refusals of an upload as phrases in zod-message form (zodMessage): usable as a zod message
 * or a RouteError's, and said in the caller's language by the route wrapper. say(locale, m) reads one.
 */
export const imageMessages = {
  empty: zodMessage("refusals.media.empty"),
  tooLarge: (maxBytes: number) => zodMessage("refusals.media.tooLarge", { mb: Math.round(maxBytes / (1024 * 1024)) }),
  notImage: zodMessage("refusals.media.notImage"),
  heic: zodMessage("refusals.media.heic"),
  tooManyPixels: zodMessage("refusals.media.tooManyPixels"),
  unreadable: zodMessage("refusals.media.unreadable"),
  busy: zodMessage("refusals.media.busy"),
  timeout: zodMessage("refusals.media.timeout"),
} as const;

export type ProcessedFile = {
  /** "original" for the cleaned original, otherwise the variant's width. */
  variant: "original" | number;
  ext: MediaExtension;
  contentType: string;
  data: Buffer;
  width: number;
  height: number;
};

export type ProcessedImage = {
  ext: MediaExtension;
  mimeType: string;
  /** Upright dimensions, after EXIF orientation was applied. */
  width: number;
  height: number;
  original: ProcessedFile;
  /** WebP, narrowest first. */
  variants: ProcessedFile[];
};

type Kind = "jpeg" | "png" | "webp" | "heif";

const outputOf: Record<Kind, { ext: MediaExtension; contentType: string }> = {
  jpeg: { ext: "jpg", contentType: "image/jpeg" },
  png: { ext: "png", contentType: "image/png" },
  webp: { ext: "webp", contentType: "image/webp" },
  heif: { ext: "avif", contentType: "image/avif" },
};

const heifBrands = new Set(["avif", "avis", "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"]);

/**
 * The file's own signature, read before any decoder sees it: SVG, PDF, TIFF and the rest never
 * reach libvips' loaders, whatever the file is named.
 */
function sniff(data: Buffer): Kind | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "jpeg";
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (data.length >= 12 && data.toString("latin1", 0, 4) === "RIFF" && data.toString("latin1", 8, 12) === "WEBP") return "webp";
  if (data.length >= 12 && data.toString("latin1", 4, 8) === "ftyp" && heifBrands.has(data.toString("latin1", 8, 12))) return "heif";
  return null;
}

// A photo at the pixel bound decodes to about half a gigabyte outside the JavaScript heap: a few
// are processed at a time, the others wait their turn, and none may take longer than the deadline.
const processing = pLimit(2);
const maxWaiting = 16;
const deadlineSeconds = 60;

export async function processImage(data: Buffer, options: { maxBytes?: number } = {}): Promise<ProcessedImage> {
  const maxBytes = options.maxBytes ?? maxImageBytes;
  if (data.length === 0) throw new ImageError(imageMessages.empty, "empty");
  if (data.length > maxBytes) throw new ImageError(imageMessages.tooLarge(maxBytes), "too_large");
  const kind = sniff(data);
  if (!kind) throw new ImageError(imageMessages.notImage, "unsupported_type");
  if (processing.pendingCount >= maxWaiting) throw new ImageError(imageMessages.busy, "busy");
  return processing(() => transform(data, kind));
}

async function transform(data: Buffer, kind: Kind): Promise<ProcessedImage> {
  // failOn "error": phone JPEGs often carry harmless warnings (a few missing bytes at the end).
  const input = () => sharp(data, { failOn: "error", limitInputPixels: maxPixels }).timeout({ seconds: deadlineSeconds });
  let metadata: Metadata;
  try {
    metadata = await input().metadata();
  } catch (error) {
    throw readError(error);
  }
  if (metadata.format !== kind) throw new ImageError(imageMessages.notImage, "unsupported_type");
  // Prebuilt libvips decodes AV1 (AVIF) only; HEVC (HEIC) would fail later with a vaguer error.
  if (kind === "heif" && metadata.compression !== "av1") throw new ImageError(imageMessages.heic, "unsupported_type");
  if (metadata.width * metadata.height > maxPixels) throw new ImageError(imageMessages.tooManyPixels, "too_large");

  const { ext, contentType } = outputOf[kind];
  const upright = input().autoOrient();
  const { width, height } = metadata.autoOrient;

  try {
    // Output drops EXIF, XMP and IPTC unless asked to keep them; we keep the colour profile only.
    const original = encodeOriginal(upright.clone().keepIccProfile(), kind);
    const widths: number[] = variantWidths.filter((w) => w < width);
    if (width <= variantWidths[variantWidths.length - 1]!) widths.push(width); // the native size, never enlarged
    const variants = widths.map((w) =>
      upright
        .clone()
        .resize({ width: w, withoutEnlargement: true })
        // Variants are converted to sRGB (the default), which is what browsers assume.
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true }),
    );
    const [stored, ...sized] = await Promise.all([original, ...variants]);
    return {
      ext,
      mimeType: contentType,
      width,
      height,
      original: { variant: "original", ext, contentType, data: stored.data, width: stored.info.width, height: stored.info.height },
      variants: sized.map(({ data: bytes, info }) => ({
        variant: info.width,
        ext: "webp",
        contentType: "image/webp",
        data: bytes,
        width: info.width,
        height: info.height,
      })),
    };
  } catch (error) {
    throw readError(error);
  }
}

function encodeOriginal(pipeline: Sharp, kind: Kind) {
  switch (kind) {
    case "jpeg":
      return pipeline.jpeg({ quality: 92, chromaSubsampling: "4:4:4" }).toBuffer({ resolveWithObject: true });
    case "png":
      return pipeline.png().toBuffer({ resolveWithObject: true });
    case "webp":
      return pipeline.webp({ quality: 92 }).toBuffer({ resolveWithObject: true });
    case "heif":
      return pipeline.avif({ quality: 80 }).toBuffer({ resolveWithObject: true });
  }
}

function readError(error: unknown): ImageError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new ImageError(imageMessages.tooManyPixels, "too_large");
  if (/timeout/i.test(message)) return new ImageError(imageMessages.timeout, "too_large");
  if (/unsupported image format/i.test(message)) return new ImageError(imageMessages.notImage, "unsupported_type");
  return new ImageError(imageMessages.unreadable, "unreadable");
}
