// Serves the library's files at /media/<key>. Keys are random and never reused, so a file at a key
// never changes and browsers and CDNs may keep it for a year. Only keys in the storage key format
// are looked up at all: no path traversal, no files the library did not write.
import { z } from "zod";
import { publicRoute } from "@/lib/actions/route";
import { contentTypeOfKey, mediaStorage } from "@/lib/media/storage";

const keyParts = z.array(z.string().max(100)).min(1).max(4);

function notFound() {
  return new Response("Không tìm thấy ảnh.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export const GET = publicRoute("published photos, for every reader", { params: z.object({ key: keyParts }) }, async ({ params }) => {
  const key = params.key.join("/");
  const contentType = contentTypeOfKey(key);
  if (!contentType) return notFound();
  const stored = await mediaStorage().open(key);
  if (!stored) return notFound();
  return new Response(stored.body, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(stored.size),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
