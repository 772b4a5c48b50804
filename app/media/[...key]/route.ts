// Serves the library's files at /media/<key> from the configured storage (lib/media/serve.ts: type,
// year-long caching, validators, byte ranges). Only keys in the storage key format are looked up at
// all: no path traversal, no files the library did not write.
import { z } from "zod";
import { publicRoute } from "@/lib/actions/route";
import { serveMedia } from "@/lib/media/serve";

const input = { params: z.object({ key: z.array(z.string().max(100)).min(1).max(4) }) };
const serve = ({ request, params }: { request: Request; params: { key: string[] } }) => serveMedia(request, params.key.join("/"));

export const GET = publicRoute("published photos, for every reader", input, serve);
export const HEAD = publicRoute("published photos' headers (size, type, ranges), for every reader", input, serve);
