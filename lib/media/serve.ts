// The answer to GET or HEAD /media/<key>, from whichever storage: type, year-long caching (a key's
// bytes never change), validators, and one byte range (RFC 9110 §14) for players and resumed
// downloads. Several ranges in one request are answered with the whole file, as the RFC allows.
import { contentTypeOfKey, mediaCacheControl, mediaStorage, type ByteRange, type MediaStorage, type StoredInfo } from "./storage";

/** The part of a `size`-byte file a Range header asks for; null to send the whole file; "unsatisfiable" for 416. */
export function parseRange(header: string, size: number): ByteRange | "unsatisfiable" | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const last = match[2] === "" ? Infinity : Number(match[2]);
  if (last < start) return null; // not a valid range: ignored
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(last, size - 1) };
}

function notFound() {
  return new Response("Không tìm thấy ảnh.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function validators(info: StoredInfo): Record<string, string> {
  return { ETag: info.etag, "Last-Modified": info.lastModified.toUTCString() };
}

/** If-None-Match (or, without it, If-Modified-Since) says the reader's copy is this one. */
function notModified(request: Request, info: StoredInfo): boolean {
  const tags = request.headers.get("if-none-match");
  if (tags !== null) return tags.trim() === "*" || tags.split(",").some((tag) => tag.trim().replace(/^W\//, "") === info.etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Math.floor(info.lastModified.getTime() / 1000) * 1000 <= since;
}

/** If-Range: a range applies only to the version the reader already holds part of. */
function rangeStillApplies(request: Request, info: StoredInfo): boolean {
  const condition = request.headers.get("if-range");
  if (condition === null) return true;
  if (condition.startsWith('"')) return condition === info.etag;
  return Date.parse(condition) === Math.floor(info.lastModified.getTime() / 1000) * 1000;
}

export async function serveMedia(request: Request, key: string, storage: MediaStorage = mediaStorage()): Promise<Response> {
  const contentType = contentTypeOfKey(key);
  if (!contentType) return notFound();
  const head = request.method === "HEAD";
  const common = { "Content-Type": contentType, "Cache-Control": mediaCacheControl, "Accept-Ranges": "bytes", "X-Content-Type-Options": "nosniff" };
  const rangeHeader = request.headers.get("range");

  // The plain GET, nearly every request: one read, the validators come with the bytes.
  if (!head && rangeHeader === null && !request.headers.has("if-none-match") && !request.headers.has("if-modified-since")) {
    const stored = await storage.open(key);
    if (!stored) return notFound();
    return new Response(stored.body, { headers: { ...common, ...validators(stored), "Content-Length": String(stored.size) } });
  }

  const info = await storage.stat(key);
  if (!info) return notFound();
  const headers = { ...common, ...validators(info) };
  if (notModified(request, info)) return new Response(null, { status: 304, headers });
  const range = rangeHeader !== null && rangeStillApplies(request, info) ? parseRange(rangeHeader, info.size) : null;
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${info.size}`, "Cache-Control": "no-store" } });
  }
  const part = range ? { status: 206, headers: { ...headers, "Content-Range": `bytes ${range.start}-${range.end}/${info.size}` } } : { status: 200, headers };
  const length = range ? range.end - range.start + 1 : info.size;
  if (head) return new Response(null, { status: part.status, headers: { ...part.headers, "Content-Length": String(length) } });
  const stored = await storage.open(key, range ?? undefined);
  if (!stored) return notFound();
  return new Response(stored.body, { status: part.status, headers: { ...part.headers, "Content-Length": String(length) } });
}
