// An image sent over HTTP (the photo library's upload, Cài đặt's logo): the multipart body read
// within the upload's bound while it streams, its file checked, refusals in the person's language.
import { z } from "zod";
import { RouteError } from "@/lib/actions/route";
import { bodyLimits, maxImageBytes } from "@/lib/http/body-limits";
import { BodyTooLargeError, readBoundedFormData } from "@/lib/http/bounded-body";
import { phrase, zodMessage } from "@/lib/i18n/phrase";
import { imageMessages } from "./process-image";

export const uploadedImage = z.instanceof(File, { message: zodMessage("validation.media.noFile") }).refine((f) => f.size > 0, imageMessages.empty);

/** The form of an image upload, with its fields parsed by `schema` (which holds `file: uploadedImage`). */
export async function readImageUpload<T extends { file: File }>(request: Request, schema: z.ZodType<T>, fields: readonly string[] = []): Promise<T> {
  let form: FormData;
  try {
    form = await readBoundedFormData(request, bodyLimits.mediaUpload);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new RouteError(imageMessages.tooLarge(maxImageBytes), "too_large");
    throw new RouteError(phrase("refusals.media.badUpload"), "invalid");
  }
  const parsed = schema.safeParse(Object.fromEntries(["file", ...fields].map((name) => [name, form.get(name)])));
  if (!parsed.success) throw new RouteError(parsed.error.issues[0]?.message ?? phrase("validation.invalid"), "invalid");
  if (parsed.data.file.size > maxImageBytes) throw new RouteError(imageMessages.tooLarge(maxImageBytes), "too_large");
  return parsed.data;
}
