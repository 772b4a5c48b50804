// The media library over HTTP, for the newsroom's client screens: upload (multipart, so the
// browser can show real progress) and the picker's list. Both ask the policy; the upload runs the
// same command as every other caller.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { uploadMedia } from "@/lib/media/commands";
import { bodyLimits, maxImageBytes } from "@/lib/http/body-limits";
import { BodyTooLargeError, readBoundedFormData } from "@/lib/http/bounded-body";
import { imageMessages } from "@/lib/media/process-image";
import { listMedia } from "@/lib/media/queries";
import { can, type Actor } from "@/lib/policy/policy";

const noStore = { "Cache-Control": "no-store" };

const httpStatus: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  unsupported_type: 415,
  unreadable: 422,
  empty: 400,
  invalid: 400,
  busy: 503,
};

function refuse(error: string, status: number) {
  return NextResponse.json({ error }, { status, headers: noStore });
}

/** Signed in and allowed to use the library, or the refusal to send. */
async function libraryUser(): Promise<{ actor: Actor } | { refusal: NextResponse }> {
  const actor = await getActor();
  if (!actor) return { refusal: refuse("Bạn cần đăng nhập lại.", 401) };
  if (!can(actor, "media.upload")) return { refusal: refuse("Bạn không có quyền dùng thư viện ảnh.", 403) };
  return { actor };
}

const optionalText = z
  .union([z.string(), z.null()])
  .transform((v) => v ?? undefined)
  .pipe(z.string().max(4000, "Thông tin ảnh quá dài.").optional());

const uploadForm = z.object({
  file: z.instanceof(File, { message: "Hãy chọn một tệp ảnh." }).refine((f) => f.size > 0, imageMessages.empty),
  caption: optionalText,
  credit: optionalText,
  alt: optionalText,
});

export async function POST(request: NextRequest) {
  const user = await libraryUser();
  if ("refusal" in user) return user.refusal;

  let form: FormData;
  try {
    form = await readBoundedFormData(request, bodyLimits.mediaUpload);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(imageMessages.tooLarge(maxImageBytes), 413);
    return refuse("Yêu cầu tải lên không hợp lệ: hãy gửi tệp ảnh trong trường “file”.", 400);
  }
  const parsed = uploadForm.safeParse({ file: form.get("file"), caption: form.get("caption"), credit: form.get("credit"), alt: form.get("alt") });
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? "Dữ liệu không hợp lệ.", 400);
  const { file, caption, credit, alt } = parsed.data;
  if (file.size > maxImageBytes) return refuse(imageMessages.tooLarge(maxImageBytes), 413);

  const result = await uploadMedia(await db(), user.actor, { fileName: file.name, data: Buffer.from(await file.arrayBuffer()), caption, credit, alt });
  if (!result.ok) return refuse(result.error, httpStatus[result.code] ?? 500);
  return NextResponse.json(result.data, { status: 201, headers: noStore });
}

const listQuery = z.object({
  q: z.string().max(200, "Từ khóa quá dài.").default(""),
  page: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(100_000).default(1)),
});

export async function GET(request: NextRequest) {
  const user = await libraryUser();
  if ("refusal" in user) return user.refusal;
  const parsed = listQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? "Tham số không hợp lệ.", 400);
  return NextResponse.json(await listMedia(await db(), user.actor, parsed.data), { headers: noStore });
}
