// Cài đặt → Logo: the admin's upload of the paper's logo, read, bounded and checked as the media
// library's upload (lib/media/upload-request.ts), then stored by the same code.
import { NextResponse } from "next/server";
import { z } from "zod";
import { route, unwrap } from "@/lib/actions/route";
import { readImageUpload, uploadedImage } from "@/lib/media/upload-request";
import { uploadLogo } from "@/lib/settings/commands";

const logoForm = z.object({ file: uploadedImage });

export const POST = route("settings.manage", {}, async ({ request, db, actor }) => {
  const { file } = await readImageUpload(request, logoForm);
  const logo = unwrap(await uploadLogo(db, actor, { fileName: file.name, data: Buffer.from(await file.arrayBuffer()) }));
  return NextResponse.json(logo, { status: 201, headers: { "Cache-Control": "no-store" } });
});
