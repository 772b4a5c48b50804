import { bigint, index, integer, jsonb, pgTable, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users } from "./users";

export type MediaVariant = { width: number; height: number; key: string; format: string; size: number };

/** What a library item is: a photo (with variants), a video or a sound recording. */
export const mediaKinds = ["image", "video", "audio"] as const;
export type MediaKind = (typeof mediaKinds)[number];

/**
 * Whose work it is, printed with it and read by the royalties: the paper's own, a news agency's
 * (TTXVN…), or licensed from someone else. `rightsSource` names the agency or the licensor.
 */
export const mediaRights = ["own", "agency", "licensed"] as const;
export type MediaRights = (typeof mediaRights)[number];

/**
 * A video or sound file is `ready` once it plays in every browser as stored; a phone's HEVC/MOV is
 * `processing` until the background conversion has made its H.264 copy (a story using it cannot be
 * published before), `failed` if that could not be done. Photos are ready when they are stored.
 */
export const mediaStatuses = ["ready", "processing", "failed"] as const;
export type MediaStatus = (typeof mediaStatuses)[number];

/** What ffprobe read from a video or sound file (container, codecs, dimensions of the picture). */
export type MediaProbe = { container: string; videoCodec: string | null; audioCodec: string | null; bitRate: number | null };

/** A WebVTT file of captions or subtitles attached to a video or sound file. */
export type MediaTrack = { key: string; lang: string; label: string; kind: "captions" | "subtitles" };

export const media = pgTable(
  "media",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: text({ enum: mediaKinds }).notNull().default("image"),
    // Where the storage driver keeps the original (local disk or object storage). For a converted
    // video, the playable copy; the phone's original is removed once the copy is made.
    storageKey: text().notNull(),
    mimeType: text().notNull(),
    originalName: text().notNull(),
    // Bytes; a video may pass 2 GiB, beyond a 32-bit integer.
    size: bigint({ mode: "number" }).notNull(),
    width: integer(),
    height: integer(),
    variants: jsonb().$type<MediaVariant[]>().notNull().default([]),
    caption: text().notNull().default(""),
    credit: text().notNull().default(""),
    alt: text().notNull().default(""),
    rights: text({ enum: mediaRights }).notNull().default("own"),
    rightsSource: text().notNull().default(""),
    // Video and sound: length, what the file is made of, the poster frame (a photo of the library,
    // with its variants), captions and a transcript.
    durationMs: integer(),
    probe: jsonb().$type<MediaProbe>(),
    posterMediaId: integer().references((): AnyPgColumn => media.id, { onDelete: "set null" }),
    tracks: jsonb().$type<MediaTrack[]>().notNull().default([]),
    transcript: text().notNull().default(""),
    status: text({ enum: mediaStatuses }).notNull().default("ready"),
    // Percent of the conversion done, shown in the library while it runs.
    progress: integer().notNull().default(100),
    processingError: text(),
    // The conversion job: whichever instance holds the lease works on it; an expired lease (a
    // crashed instance) lets another take it over.
    jobLeaseUntil: timestamp({ withTimezone: true }),
    jobAttempts: integer().notNull().default(0),
    uploadedById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("media_created_at_idx").on(t.createdAt), index("media_kind_created_at_idx").on(t.kind, t.createdAt)],
);
export type Media = typeof media.$inferSelect;
