// The media library over HTTP, for the newsroom's client screens: upload (multipart, so the
// browser can show real progress) and the picker's list. Both ask the policy; the upload runs the
// same command as every other caller.
import { NextResponse } from "next/server";
import { z } from "zod";
import { route, unwrap } from "@/lib/actions/route";
import { uploadMedia } from "@/lib/media/commands";
import { readImageUpload, uploadedImage } from "@/lib/media/upload-request";
import { listMedia } from "@/lib/media/queries";
import { zodMessage } from "@/lib/i18n/phrase";
import { mediaKinds } from "@/db/schema";

const optionalText = z
  .union([z.string(), z.null()])
  .transform((v) => v ?? undefined)
  .pipe(z.string().max(4000, zodMessage("validation.media.detailsTooLong")).optional());

const uploadForm = z.object({
  file: uploadedImage,
  caption: optionalText,
  credit: optionalText,
  alt: optionalText,
});

export const POST = route("media.upload", {}, async ({ request, db, actor }) => {
  const { file, caption, credit, alt } = await readImageUpload(request, uploadForm, ["caption", "credit", "alt"]);
  const uploaded = unwrap(await uploadMedia(db, actor, { fileName: file.name, data: Buffer.from(await file.arrayBuffer()), caption, credit, alt }));
  return NextResponse.json(uploaded, { status: 201, headers: { "Cache-Control": "no-store" } });
});

const listQuery = z.object({
  q: z.string().max(200, zodMessage("validation.media.queryTooLong")).default(""),
  page: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(100_000).default(1)),
  kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(mediaKinds).optional()),
  // One item (a story's video block shows what it holds).
  id: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().max(2_147_483_647).optional()),
});

export const GET = route("media.upload", { query: listQuery }, ({ db, actor, query }) => listMedia(db, actor, query));
