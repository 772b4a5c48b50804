// What people do to the media library: upload a photo, and fix what is printed with it.
// Route handlers and server actions only wrap these commands.
import { eq, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { media, royaltyLines, stories, storyRevisions, users, type Media } from "@/db/schema";
import { CommandError, defineCommand, refuse } from "@/lib/actions/command";
import { phrase, zodMessage } from "@/lib/i18n/phrase";
import { PermissionDeniedError } from "@/lib/policy/policy";
import { normalizeText } from "@/lib/text/normalize";
import { ImageError, processImage, type ProcessedImage } from "./process-image";
import { canEditMediaDetails, mediaSummary, type MediaSummary } from "./queries";
import { loadSettings } from "@/lib/settings/settings";
import { mediaKey, mediaStorage, newMediaStem, StorageError, StorageFullError } from "./storage";
import { recordAudit } from "@/lib/audit/record";

// Stored NFC like every text; whatever the reporter typed (non-breaking spaces, lookalikes) stays.
const text = (max: number, message: string) =>
  z
    .string()
    .max(max * 2, message) // a cheap bound before normalising; the exact one follows
    .transform((s) => normalizeText(s).trim())
    .pipe(z.string().max(max, message));

const caption = () => text(1000, zodMessage("validation.media.captionTooLong"));
const credit = () => text(200, zodMessage("validation.media.creditTooLong"));
const alt = () => text(500, zodMessage("validation.media.altTooLong"));

export const mediaDetailsSchema = z.object({
  caption: caption().default(""),
  credit: credit().default(""),
  alt: alt().default(""),
});

const uploadSchema = mediaDetailsSchema.extend({
  fileName: z
    .string()
    .max(1000)
    // Browsers send a bare name, but old ones sent "C:\…\ảnh.jpg": keep the last part only.
    .transform((s) =>
      normalizeText(s.split(/[\\/]/).pop() ?? "")
        .trim()
        .slice(0, 255),
    )
    .pipe(z.string().min(1, zodMessage("validation.media.noFileName"))),
  data: z.instanceof(Buffer, { message: zodMessage("validation.media.noFile") }),
});

export const uploadMedia = defineCommand(uploadSchema, async (input, ctx): Promise<MediaSummary> => {
  ctx.authorize("media.upload");
  return mediaSummary(await storeUpload(ctx.db, { ...input, uploadedById: ctx.actor.id }));
});

/** The schema of an uploaded image's file (its name and bytes), for other uploads than the library's (the paper's logo). */
export const uploadedFileSchema = uploadSchema.pick({ fileName: true, data: true });

/** addToLibrary for a person's upload (the caller has asked the policy): its refusals said as a command's. */
export async function storeUpload(db: Database, input: NewLibraryImage): Promise<Media> {
  try {
    return await addToLibrary(db, input);
  } catch (error) {
    if (error instanceof ImageError) throw new CommandError(error.phrase, error.code);
    if (error instanceof StorageError) {
      console.error(`Tòa soạn: ${error instanceof StorageFullError ? "ổ đĩa lưu ảnh đã đầy" : "kho lưu ảnh không nhận tệp"}`, error.cause);
      throw new CommandError(error.message, "server");
    }
    throw error;
  }
}

export type NewLibraryImage = { data: Buffer; fileName: string; caption: string; credit: string; alt: string; uploadedById: number };

/**
 * Checks a photo by its content, stores its original and variants, and adds it to the library
 * (the upload's work, and the archive import's). Throws ImageError for a file that is not a
 * photo we keep, a StorageError when the disk is full or the bucket unreachable; a failure leaves
 * no file behind.
 */
export async function addToLibrary(db: Database, input: NewLibraryImage): Promise<Media> {
  return recordLibraryImage(db, await storeImageFiles(input.data), input);
}

/** A photo checked and on disk, not yet in the library: the first half of addToLibrary. */
export type StoredImage = { image: ProcessedImage; keys: string[]; uploadedBytes: number };

/**
 * The first half of addToLibrary, which needs no database: the demo seed runs it for many photos
 * at once, before its transaction. Leaves no file behind when it fails.
 */
export async function storeImageFiles(data: Buffer): Promise<StoredImage> {
  const image = await processImage(data);
  const storage = mediaStorage();
  const stem = newMediaStem();
  const files = [image.original, ...image.variants].map((file) => ({ ...file, key: mediaKey(stem, file.variant, file.ext) }));
  const written: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.key, file.data, file.contentType);
      written.push(file.key);
    }
  } catch (error) {
    await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
  return { image, keys: files.map((f) => f.key), uploadedBytes: data.length };
}

/** The second half: the library's row and its audit entry. A failure removes the stored files. */
export async function recordLibraryImage(db: Database, { image, keys, uploadedBytes }: StoredImage, input: Omit<NewLibraryImage, "data">): Promise<Media> {
  const files = [image.original, ...image.variants].map((file, i) => ({ ...file, key: keys[i]! }));
  try {
    return await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(media)
        .values({
          storageKey: files[0]!.key,
          mimeType: image.mimeType,
          originalName: input.fileName,
          size: image.original.data.length,
          width: image.width,
          height: image.height,
          variants: files.slice(1).map((f) => ({ width: f.width, height: f.height, key: f.key, format: f.ext, size: f.data.length })),
          caption: input.caption,
          credit: input.credit,
          alt: input.alt,
          uploadedById: input.uploadedById,
        })
        .returning();
      await recordAudit(tx, {
        actorId: input.uploadedById,
        action: "media.upload",
        entityType: "media",
        entityId: inserted!.id,
        data: { originalName: input.fileName, size: uploadedBytes, width: image.width, height: image.height },
      });
      return inserted!;
    });
  } catch (error) {
    // No row, no files: a failed upload leaves nothing behind on disk.
    const storage = mediaStorage();
    await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
}

const updateSchema = z.object({
  id: z.coerce.number().int().positive(),
  // A field left out stays as it is.
  caption: caption().optional(),
  credit: credit().optional(),
  alt: alt().optional(),
});

export const updateMediaDetails = defineCommand(updateSchema, async (input, ctx): Promise<MediaSummary> => {
  ctx.authorize("media.upload");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(media).where(eq(media.id, input.id)).for("update");
    if (!row) throw refuse("not_found", "refusals.media.notFound");
    if (!canEditMediaDetails(ctx.actor, row.uploadedById)) {
      throw new PermissionDeniedError(phrase("refusals.media.notYours"));
    }
    // A field left out, or sent unchanged, is not touched and not recorded.
    const changes: Partial<Record<"caption" | "credit" | "alt", string>> = {};
    for (const field of ["caption", "credit", "alt"] as const) {
      const value = input[field];
      if (value !== undefined && value !== row[field]) changes[field] = value;
    }
    if (Object.keys(changes).length === 0) return mediaSummary(row);
    const [updated] = await tx.update(media).set(changes).where(eq(media.id, input.id)).returning();
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "media.update",
      entityType: "media",
      entityId: row.id,
      data: { before: Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof typeof changes]])), after: changes },
    });
    return mediaSummary(updated!);
  });
});

/**
 * Where a library item is in use: a story's cover or any block of its body (figures, galleries,
 * pairs, infographics, videos, sound, an embed's poster), now or in a revision; a video's poster;
 * an avatar, a royalty line, the logo.
 */
async function usesOf(db: Database, row: Media): Promise<number> {
  // Any depth of the body: blocks may sit inside quotes and lists, photos inside a gallery's items.
  const inBody = (body: typeof stories.body | typeof storyRevisions.body) =>
    sql`jsonb_path_exists(${body}, '$.** ? (@.mediaId == $id || @.posterMediaId == $id)', jsonb_build_object('id', ${row.id}::int))`;
  const [inStories, inRevisions, posters, avatars, royalties] = await Promise.all([
    db.$count(stories, or(eq(stories.coverMediaId, row.id), inBody(stories.body))),
    db.$count(storyRevisions, or(eq(storyRevisions.coverMediaId, row.id), inBody(storyRevisions.body))),
    db.$count(media, eq(media.posterMediaId, row.id)),
    db.$count(users, eq(users.avatarMediaId, row.id)),
    db.$count(royaltyLines, eq(royaltyLines.mediaId, row.id)),
  ]);
  const { logoUrl } = await loadSettings(db);
  const keys = [row.storageKey, ...row.variants.map((v) => v.key)];
  const logo = keys.some((key) => logoUrl.endsWith(`/${key}`)) ? 1 : 0;
  return inStories + inRevisions + posters + avatars + royalties + logo;
}

/**
 * Removes a photo nobody uses from the library: its row, then its original and variants from the
 * storage. A photo in use (a story, a revision, an avatar, a royalty line, the logo) is refused, so
 * no published page loses a picture. Files go after the commit: a storage failure then leaves only
 * unreferenced files, never a row without its files.
 */
export const deleteMedia = defineCommand(z.object({ id: z.coerce.number().int().positive() }), async (input, ctx): Promise<{ id: number }> => {
  ctx.authorize("media.upload");
  const row = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(media).where(eq(media.id, input.id)).for("update");
    if (!row) throw refuse("not_found", "refusals.media.notFound");
    if (!canEditMediaDetails(ctx.actor, row.uploadedById)) throw new PermissionDeniedError(phrase("refusals.media.notYours"));
    const uses = await usesOf(tx, row);
    if (uses > 0) throw refuse("conflict", "refusals.media.inUse", { count: uses });
    await tx.delete(media).where(eq(media.id, row.id));
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "media.delete",
      entityType: "media",
      entityId: row.id,
      data: { originalName: row.originalName, caption: row.caption, storageKey: row.storageKey },
    });
    return row;
  });
  const storage = mediaStorage();
  // A video's or a sound file's captions go with it (its poster stays a library photo of its own).
  const keys = [row.storageKey, ...row.variants.map((v) => v.key), ...row.tracks.map((t) => t.key)];
  const failed = (await Promise.allSettled(keys.map((key) => storage.delete(key)))).filter((r) => r.status === "rejected");
  if (failed.length) console.error(`Tòa soạn: ảnh #${row.id} đã xóa khỏi thư viện nhưng ${failed.length} tệp chưa xóa được khỏi kho`, failed);
  return { id: row.id };
});
