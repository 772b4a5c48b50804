// How many bytes a request may send, by what it is for: the one table the production server
// enforces while the body streams (server/index.ts), whatever Content-Length says or omits, and
// that Next's own limit for server actions repeats (next.config.ts). Dependency-free, since
// next.config.ts imports it.

const MB = 1024 * 1024;

/** A photo for Thư viện ảnh. */
export const maxImageBytes = 20 * MB;
/** A story file for Nhập từ văn bản (.docx with its photos, or .txt). */
export const maxStoryUploadBytes = 10 * MB;

export const bodyLimits = {
  /** The media upload: the photo plus the form's other fields and multipart boundaries. */
  mediaUpload: maxImageBytes + 256 * 1024,
  /** Server actions: the import form's file or pasted text is the largest any sends. */
  serverAction: maxStoryUploadBytes + 6 * MB,
  /** Every other request with a body: log-in, the view beacon, JSON for the newsroom's screens. */
  other: 1 * MB,
  /** GET, HEAD and OPTIONS carry no body worth reading. */
  bodiless: 16 * 1024,
} as const;

/** The bound for one request, from its method, path and whether it calls a server action. */
export function bodyLimitFor(method: string | undefined, path: string, isServerAction: boolean): number {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return bodyLimits.bodiless;
  if (isServerAction) return bodyLimits.serverAction;
  if (method === "POST" && (path === "/api/media" || path.startsWith("/api/media?"))) return bodyLimits.mediaUpload;
  return bodyLimits.other;
}

/** "12 MB", for messages. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / MB)} MB`;
