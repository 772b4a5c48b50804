// How many bytes a request may send, by what it is for: the one table the production server
// enforces while the body streams (server/index.ts), whatever Content-Length says or omits, and
// that Next's own limit for server actions repeats (next.config.ts). Dependency-free, since
// next.config.ts imports it: its two refusals stay Vietnamese literals rather than importing the
// catalogue into the config (the guard runs before anyone, or their language, is known).

const MB = 1024 * 1024;

/** A photo for Thư viện ảnh. */
export const maxImageBytes = 20 * MB;
/** One piece of a resumable video or sound upload (tus PATCH); the uploader sends pieces this size. */
export const uploadChunkBytes = 8 * MB;
/** A story file for Nhập từ văn bản (.docx with its photos, or .txt). */
export const maxStoryUploadBytes = 10 * MB;

export const bodyLimits = {
  /** The media upload: the photo plus the form's other fields and multipart boundaries. */
  mediaUpload: maxImageBytes + 256 * 1024,
  /** One piece of a resumable upload: the piece, nothing else (tus sends its offsets as headers). */
  uploadChunk: uploadChunkBytes,
  /** Server actions: the import form's file or pasted text is the largest any sends. */
  serverAction: maxStoryUploadBytes + 6 * MB,
  /** Every other request with a body: log-in, the view beacon, JSON for the newsroom's screens. */
  other: 1 * MB,
  /** GET, HEAD and OPTIONS carry no body worth reading. */
  bodiless: 16 * 1024,
} as const;

/** "12 MB", for messages. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / MB)} MB`;

/** The bound for one request, from its method, path and whether it calls a server action, with the refusal's words. */
export function bodyLimitFor(method: string | undefined, path: string, isServerAction: boolean): { bytes: number; message: string } {
  const tooLarge = (bytes: number) => ({ bytes, message: `Dữ liệu gửi lên quá lớn (tối đa ${megabytes(bytes)}).` });
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return tooLarge(bodyLimits.bodiless);
  if (isServerAction) return tooLarge(bodyLimits.serverAction);
  // The photo library's uploader shows this answer as it is.
  // (Cài đặt's logo goes through the same upload, with the same bound.)
  if (method === "POST" && (path === "/api/media" || path.startsWith("/api/media?") || path === "/api/settings/logo"))
    return { bytes: bodyLimits.mediaUpload, message: `Ảnh vượt quá ${megabytes(maxImageBytes)}.` };
  // Video and sound arrive in pieces (lib/media/tus.ts): each PATCH is one piece; the whole file's
  // bound (Cài đặt) is checked against Upload-Length when the upload is created.
  if (method === "PATCH" && path.startsWith("/api/media/tai-len/")) return tooLarge(bodyLimits.uploadChunk);
  return tooLarge(bodyLimits.other);
}
