// Video and sound in the media library: a finished upload becomes a library item (probed by
// content, cleaned or queued for conversion, given a poster and its length), and what people do to
// it afterwards: captions files, the transcript. Rights (own/agency/licensed) are for every item,
// photos included (updateMediaRights).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { media, mediaRights, type Media, type MediaTrack } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { recordAudit } from "@/lib/audit/record";
import { dataDir } from "@/lib/env";
import { phrase, zodMessage } from "@/lib/i18n/phrase";
import { PermissionDeniedError } from "@/lib/policy/policy";
import { loadSettings } from "@/lib/settings/settings";
import { normalizeText } from "@/lib/text/normalize";
import { AvError, probeAvFile, type AvPlan, type ProbedFile } from "./av-probe";
import { posterFrame, remux } from "./av-process";
import { recordLibraryImage, storeImageFiles } from "./commands";
import { canEditMediaDetails } from "./queries";
import { mediaKey, mediaStorage, newMediaStem, StorageError } from "./storage";

const MB = 1024 * 1024;

/** The largest video and sound file an upload may be, from Cài đặt. */
export async function avLimits(db: Database): Promise<{ video: number; audio: number }> {
  const settings = await loadSettings(db);
  return { video: settings.maxVideoMegabytes * MB, audio: settings.maxAudioMegabytes * MB };
}

/** A folder for ffmpeg's outputs before they are stored. */
export async function avWorkDir(): Promise<string> {
  const dir = path.join(dataDir(), "av-work");
  await fs.promises.mkdir(dir, { recursive: true });
  return dir;
}

export const workFile = async (ext: string) => path.join(await avWorkDir(), `${crypto.randomBytes(8).toString("hex")}.${ext}`);

/** A playable file stored under the item's stem, with its poster (video) made and recorded. */
export async function storePlayable(
  db: Database,
  file: string,
  stem: string,
  plan: AvPlan,
  probed: ProbedFile,
  who: { uploadedById: number | null; originalName: string },
): Promise<{ storageKey: string; size: number; posterMediaId: number | null }> {
  const storage = mediaStorage();
  const storageKey = mediaKey(stem, "original", plan.ext);
  const { size } = await fs.promises.stat(file);
  await storage.putFile(storageKey, file, plan.mimeType);
  let posterMediaId: number | null = null;
  if (probed.kind === "video") {
    try {
      const frame = await posterFrame(file, probed.durationMs);
      const poster = await recordLibraryImage(db, await storeImageFiles(frame), {
        fileName: `${who.originalName} (ảnh đại diện)`,
        caption: "",
        credit: "",
        alt: "",
        // The poster is the video uploader's, like the video (null when that account is gone).
        uploadedById: who.uploadedById as number,
      });
      posterMediaId = poster.id;
    } catch (error) {
      // A video without its poster still plays: the player shows its first frame.
      console.error("Tòa soạn: không tạo được ảnh đại diện cho video", error);
    }
  }
  return { storageKey, size, posterMediaId };
}

export type NewAvUpload = { file: string; fileName: string; uploadedById: number; expect?: "video" | "audio"; caption?: string; credit?: string; alt?: string };

/**
 * A finished upload into the library. Probed by content; refused (AvError, the file removed)
 * when it is not a video or sound file we keep or is over its kind's bound. A file browsers play
 * is cleaned and stored now (ready); any other is stored as it came and converted by the
 * background job (processing). The upload's own file is always removed.
 */
export async function addAvToLibrary(db: Database, input: NewAvUpload): Promise<Media> {
  const fileName = normalizeText(input.fileName.split(/[\\/]/).pop() ?? "")
    .trim()
    .slice(0, 255);
  const work: string[] = [];
  try {
    if (!fileName) throw new AvError(phrase("validation.media.noFileName"), "invalid");
    const probed = await probeAvFile(input.file, input.expect);
    const { size } = await fs.promises.stat(input.file);
    const limits = await avLimits(db);
    if (size > limits[probed.kind]) {
      const key = probed.kind === "video" ? "refusals.av.videoTooLarge" : "refusals.av.audioTooLarge";
      throw new AvError(phrase(key, { size: `${Math.round(limits[probed.kind] / MB)} MB` }), "too_large");
    }
    const stem = newMediaStem();
    const common = {
      kind: probed.kind,
      originalName: fileName,
      width: probed.width,
      height: probed.height,
      durationMs: probed.durationMs,
      probe: probed.probe,
      caption: normalizeText(input.caption ?? "").trim(),
      credit: normalizeText(input.credit ?? "").trim(),
      alt: normalizeText(input.alt ?? "").trim(),
      uploadedById: input.uploadedById,
    };
    let values: typeof media.$inferInsert;
    const keys: string[] = [];
    if (probed.plan.action === "remux") {
      const clean = await workFile(probed.plan.ext);
      work.push(clean);
      await remux(input.file, clean, probed.plan);
      const stored = await storePlayable(db, clean, stem, probed.plan, probed, { uploadedById: input.uploadedById, originalName: fileName });
      keys.push(stored.storageKey);
      values = { ...common, storageKey: stored.storageKey, mimeType: probed.plan.mimeType, size: stored.size, posterMediaId: stored.posterMediaId };
    } else {
      // The original waits in the storage (any instance may convert it), under a key never served.
      const sourceKey = mediaKey(stem, "original", "bin");
      await mediaStorage().putFile(sourceKey, input.file, "application/octet-stream");
      keys.push(sourceKey);
      values = { ...common, storageKey: sourceKey, mimeType: "application/octet-stream", size, status: "processing", progress: 0 };
    }
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx.insert(media).values(values).returning();
        await recordAudit(tx, {
          actorId: input.uploadedById,
          action: "media.upload",
          entityType: "media",
          entityId: row!.id,
          data: { originalName: fileName, size, kind: probed.kind, container: probed.probe.container, durationMs: probed.durationMs, status: row!.status },
        });
        return row!;
      });
    } catch (error) {
      await Promise.all(
        keys.map((key) =>
          mediaStorage()
            .delete(key)
            .catch(() => undefined),
        ),
      );
      throw error;
    }
  } catch (error) {
    if (error instanceof StorageError) throw new AvError(error.message, "server");
    throw error;
  } finally {
    await Promise.all([input.file, ...work].map((f) => fs.promises.rm(f, { force: true }).catch(() => undefined)));
  }
}

// ——— Captions, transcript, rights ———

/** A WebVTT file's bound: captions of a two-hour film fit in a few hundred kilobytes. */
export const maxTrackBytes = 512 * 1024;

const trackKinds = ["captions", "subtitles"] as const;

/** What a captions file must be: UTF-8 text starting with "WEBVTT", no control bytes. */
export function checkWebVtt(data: Buffer): string {
  if (data.length === 0 || data.length > maxTrackBytes) throw refuse("too_large", "refusals.av.trackTooLarge", { kb: maxTrackBytes / 1024 });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw refuse("unsupported_type", "refusals.av.notVtt");
  }
  text = text.replace(/^\uFEFF/, "");
  // eslint-disable-next-line no-control-regex
  if (!/^WEBVTT(?:[ \t][^\r\n]*)?(?:\r?\n|$)/.test(text) || /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) {
    throw refuse("unsupported_type", "refusals.av.notVtt");
  }
  return normalizeText(text);
}

async function loadEditable(db: Database, id: number, actor: Parameters<typeof canEditMediaDetails>[0]): Promise<Media> {
  const [row] = await db.select().from(media).where(eq(media.id, id)).for("update");
  if (!row) throw refuse("not_found", "refusals.media.notFound");
  if (!canEditMediaDetails(actor, row.uploadedById)) throw new PermissionDeniedError(phrase("refusals.media.notYours"));
  return row;
}

const label = z
  .string()
  .max(200)
  .transform((s) => normalizeText(s).trim())
  .pipe(z.string().min(1, zodMessage("validation.av.trackLabel")).max(80, zodMessage("validation.av.trackLabel")));

export const addTrackSchema = z.object({
  id: z.coerce.number().int().positive(),
  // BCP 47, as <track srclang> takes it: vi, en, zh-Hans, en-US.
  lang: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,2}$/, zodMessage("validation.av.trackLang")),
  label,
  kind: z.enum(trackKinds).default("subtitles"),
  // Bytes from a test or a script, a File from the library's form.
  data: z.union([z.instanceof(Buffer), z.instanceof(File)], { error: zodMessage("validation.av.noTrackFile") }),
});

export const addMediaTrack = defineCommand(addTrackSchema, async (input, ctx): Promise<MediaTrack[]> => {
  ctx.authorize("media.upload");
  const file = input.data;
  if (file instanceof File && file.size > maxTrackBytes) throw refuse("too_large", "refusals.av.trackTooLarge", { kb: maxTrackBytes / 1024 });
  const text = checkWebVtt(file instanceof File ? Buffer.from(await file.arrayBuffer()) : file);
  const storage = mediaStorage();
  const key = mediaKey(newMediaStem(), "original", "vtt");
  await storage.put(key, Buffer.from(text, "utf8"), "text/vtt; charset=utf-8");
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await loadEditable(tx, input.id, ctx.actor);
      if (row.kind === "image") throw refuse("invalid", "refusals.av.tracksForAvOnly");
      if (row.tracks.length >= 10) throw refuse("invalid", "refusals.av.tooManyTracks");
      const track: MediaTrack = { key, lang: input.lang, label: input.label, kind: input.kind };
      const tracks = [...row.tracks, track];
      await tx.update(media).set({ tracks }).where(eq(media.id, row.id));
      await recordAudit(tx, { actorId: ctx.actor.id, action: "media.update", entityType: "media", entityId: row.id, data: { trackAdded: track } });
      return tracks;
    });
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
});

export const removeMediaTrack = defineCommand(
  z.object({ id: z.coerce.number().int().positive(), key: z.string().max(100) }),
  async (input, ctx): Promise<MediaTrack[]> => {
    ctx.authorize("media.upload");
    const tracks = await ctx.db.transaction(async (tx) => {
      const row = await loadEditable(tx, input.id, ctx.actor);
      const track = row.tracks.find((t) => t.key === input.key);
      if (!track) throw refuse("not_found", "refusals.av.trackNotFound");
      const tracks = row.tracks.filter((t) => t.key !== input.key);
      await tx.update(media).set({ tracks }).where(eq(media.id, row.id));
      await recordAudit(tx, { actorId: ctx.actor.id, action: "media.update", entityType: "media", entityId: row.id, data: { trackRemoved: track } });
      return tracks;
    });
    // After the commit: a storage failure leaves an unreferenced file, never a track without its file.
    await mediaStorage()
      .delete(input.key)
      .catch(() => undefined);
    return tracks;
  },
);

/** Transcript (video and sound) and rights (every item): the fields updateMediaDetails does not hold. */
export const avDetailsSchema = z.object({
  id: z.coerce.number().int().positive(),
  transcript: z
    .string()
    .max(400_000, zodMessage("validation.av.transcriptTooLong"))
    .transform((s) => normalizeText(s).trim())
    .pipe(z.string().max(200_000, zodMessage("validation.av.transcriptTooLong")))
    .optional(),
  rights: z.enum(mediaRights, { error: zodMessage("validation.av.rights") }).optional(),
  rightsSource: z
    .string()
    .max(400)
    .transform((s) => normalizeText(s).trim())
    .pipe(z.string().max(200, zodMessage("validation.av.rightsSourceTooLong")))
    .optional(),
});

export const updateMediaRights = defineCommand(avDetailsSchema, async (input, ctx) => {
  ctx.authorize("media.upload");
  return ctx.db.transaction(async (tx) => {
    const row = await loadEditable(tx, input.id, ctx.actor);
    const rights = input.rights ?? row.rights;
    const rightsSource = input.rightsSource ?? row.rightsSource;
    // An agency's or a licensor's work says whose it is; the paper's own needs no name.
    if (rights !== "own" && !rightsSource) throw refuse("invalid", "validation.av.rightsSourceRequired", undefined, { field: "rightsSource" });
    const changes: Partial<Pick<Media, "transcript" | "rights" | "rightsSource">> = {};
    if (input.transcript !== undefined && input.transcript !== row.transcript) {
      if (row.kind === "image") throw refuse("invalid", "refusals.av.transcriptForAvOnly");
      changes.transcript = input.transcript;
    }
    if (rights !== row.rights) changes.rights = rights;
    if (rightsSource !== row.rightsSource) changes.rightsSource = rightsSource;
    if (Object.keys(changes).length === 0) return { id: row.id, changed: [] as string[] };
    await tx.update(media).set(changes).where(eq(media.id, row.id));
    const before = Object.fromEntries(
      Object.keys(changes).map((k) => [k, k === "transcript" ? `${row.transcript.length} ký tự` : row[k as keyof typeof changes]]),
    );
    const after = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, k === "transcript" ? `${String(v).length} ký tự` : v]));
    await recordAudit(tx, { actorId: ctx.actor.id, action: "media.update", entityType: "media", entityId: row.id, data: { before, after } });
    return { id: row.id, changed: Object.keys(changes) };
  });
});
