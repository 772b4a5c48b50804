// Cài đặt → Logo: the admin's upload of the paper's logo, read and bounded exactly as the media
// library's upload (app/api/media/route.ts), then stored by the same code.
import { NextResponse } from "next/server";
import { z } from "zod";
import { route, RouteError, unwrap } from "@/lib/actions/route";
import { bodyLimits, maxImageBytes } from "@/lib/http/body-limits";
import { BodyTooLargeError, readBoundedFormData } from "@/lib/http/bounded-body";
import { phrase, zodMessage } from "@/lib/i18n/phrase";
import { imageMessages } from "@/lib/media/process-image";
import { uploadLogo } from "@/lib/settings/commands";

const logoForm = z.object({
  file: z.instanceof(File, { message: zodMessage("validation.media.noFile") }).refine((f) => f.size > 0, imageMessages.empty),
});

export const POST = route("settings.manage", {}, async ({ request, db, actor }) => {
  let form: FormData;
  try {
    form = await readBoundedFormData(request, bodyLimits.mediaUpload);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new RouteError(imageMessages.tooLarge(maxImageBytes), "too_large");
    throw new RouteError(phrase("refusals.media.badUpload"), "invalid");
  }
  const parsed = logoForm.safeParse({ file: form.get("file") });
  if (!parsed.success) throw new RouteError(parsed.error.issues[0]?.message ?? phrase("validation.invalid"), "invalid");
  const { file } = parsed.data;
  if (file.size > maxImageBytes) throw new RouteError(imageMessages.tooLarge(maxImageBytes), "too_large");
  const logo = unwrap(await uploadLogo(db, actor, { fileName: file.name, data: Buffer.from(await file.arrayBuffer()) }));
  return NextResponse.json(logo, { status: 201, headers: { "Cache-Control": "no-store" } });
});
