// Resumable uploads of video and sound (tus 1.0: POST creates, HEAD asks how much arrived, PATCH
// sends a piece, DELETE cancels), for people the policy lets upload media. lib/media/tus.ts does
// the work; no GET: a finished file is served from /media/<key> once it is in the library.
import { route } from "@/lib/actions/route";
import { handleTusRequest } from "@/lib/media/tus";

export const POST = route("media.upload", {}, ({ request, actor, db }) => handleTusRequest(request, actor, db));
export const HEAD = route("media.upload", {}, ({ request, actor, db }) => handleTusRequest(request, actor, db));
export const PATCH = route("media.upload", {}, ({ request, actor, db }) => handleTusRequest(request, actor, db));
export const DELETE = route("media.upload", {}, ({ request, actor, db }) => handleTusRequest(request, actor, db));
