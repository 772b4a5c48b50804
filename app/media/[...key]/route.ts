// Serves the library's files at /media/<key> from the configured storage (lib/media/serve.ts: type,
// year-long caching, validators, byte ranges). Only keys in the storage key format are looked up at
// all: no path traversal, no files the library did not write.
import { z } from "zod";
import { publicRoute } from "@/lib/actions/route";
import { serveMedia } from "@/lib/media/serve";

const keyParts = z.array(z.string().max(100)).min(1).max(4);
const handler = publicRoute("published photos, for every reader", { params: z.object({ key: keyParts }) }, ({ request, params }) =>
  serveMedia(request, params.key.join("/")),
);

export const GET = handler;
export const HEAD = handler;
