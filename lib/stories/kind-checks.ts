// What a story's kind needs of its media before the desk gets it, and what every story needs of
// its media before readers do. Both read the library rows the body points at (kinds.ts says what
// each kind needs; this module checks it and says what is missing, in the catalogue's words).
import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { media, type Media, type Story } from "@/db/schema";
import { refuse } from "@/lib/actions/command";
import { phrase, type Phrase } from "@/lib/i18n/phrase";
import { blocksOf, bodyMediaIds } from "./blocks";
import { figuresWithoutPhoto } from "./body";
import { kindOf, kindRules } from "./kinds";

type Row = Pick<Media, "id" | "kind" | "status" | "progress" | "posterMediaId">;
type Checked = Pick<Story, "kind" | "body" | "coverMediaId">;

async function rowsOf(db: Database, ids: number[]): Promise<Map<number, Row>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: media.id, kind: media.kind, status: media.status, progress: media.progress, posterMediaId: media.posterMediaId })
    .from(media)
    .where(inArray(media.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

type Library = { rows: Map<number, Row>; videos: number[]; audios: number[] };

async function libraryOf(db: Database, story: Checked): Promise<Library> {
  const { images, posters, videos, audios } = bodyMediaIds(story.body);
  return { rows: await rowsOf(db, [...images, ...posters, ...videos, ...audios]), videos, audios };
}

/**
 * What the kind still lacks for "Gửi duyệt", as phrases to list after the missing fields: a photo
 * story's photos and their captions, a video and its poster, a sound file, an infographic's
 * picture and text, a long read's cover. A video still converting may be sent (the desk can work
 * on the text meanwhile); publication waits for it (ensureMediaPlayable).
 */
export async function kindShortfalls(db: Database, story: Checked): Promise<Phrase[]> {
  return shortfallsOf(story, await libraryOf(db, story));
}

function shortfallsOf(story: Checked, { rows, videos, audios }: Library): Phrase[] {
  const needs = kindRules[kindOf(story.kind)].needs;
  const missing: Phrase[] = [];
  const playable = (id: number, kind: "video" | "audio") => rows.get(id)?.kind === kind && rows.get(id)?.status !== "failed";

  if (needs.galleryPhotos) {
    const photos = blocksOf(story.body, "gallery").flatMap((g) => g.items);
    if (photos.length < needs.galleryPhotos) missing.push(phrase("workflow.kindNeeds.galleryPhotos", { min: needs.galleryPhotos, count: photos.length }));
    const unlabelled = photos.filter((p) => !p.caption.trim() || !p.credit.trim()).length;
    if (unlabelled) missing.push(phrase("workflow.kindNeeds.galleryCaptions", { count: unlabelled }));
  }
  if (needs.video) {
    const video = videos.find((id) => playable(id, "video"));
    if (video === undefined) missing.push(phrase("workflow.kindNeeds.video"));
    // The poster is made with the playable copy: a converting video gets it when done.
    else if (rows.get(video)!.status === "ready" && !rows.get(video)!.posterMediaId) missing.push(phrase("workflow.kindNeeds.videoPoster"));
  }
  if (needs.audio && !audios.some((id) => playable(id, "audio"))) missing.push(phrase("workflow.kindNeeds.audio"));
  if (needs.infographic) {
    const graphics = blocksOf(story.body, "infographic").filter((g) => rows.get(g.mediaId)?.kind === "image");
    if (graphics.length === 0) missing.push(phrase("workflow.kindNeeds.infographic"));
    else if (graphics.some((g) => !g.text.trim())) missing.push(phrase("workflow.kindNeeds.infographicText"));
  }
  if (needs.cover && story.coverMediaId === null) missing.push(phrase("workflow.kindNeeds.cover"));
  return missing;
}

/**
 * Before readers see a story (approve, schedule, publish, republish, correct): every figure has its
 * photo, the kind has what it needs, and every video and sound file plays in every browser — one
 * still converting (or whose conversion failed) holds the story back, with its progress said.
 */
export async function ensureReadyForReaders(db: Database, story: Checked): Promise<void> {
  const count = figuresWithoutPhoto(story.body);
  if (count) throw refuse("incomplete", "workflow.figurePhoto.refusal", { count }, { missing: ["figurePhoto"] });
  const library = await libraryOf(db, story);
  const { rows, videos, audios } = library;
  for (const id of [...videos, ...audios]) {
    const row = rows.get(id);
    if (row?.status === "processing") throw refuse("incomplete", "workflow.kindNeeds.converting", { progress: row.progress }, { missing: ["media"] });
    if (!row || row.status === "failed" || row.kind === "image") throw refuse("incomplete", "workflow.kindNeeds.unplayable", undefined, { missing: ["media"] });
  }
  const shortfalls = shortfallsOf(story, library);
  if (shortfalls.length) throw refuse("incomplete", "workflow.kindNeeds.refusal", { missing: { list: shortfalls } }, { missing: ["kind"] });
}

/**
 * On every save: the body's blocks point at library items of their own kind (a video block at a
 * video), and the cover at a photo. A block whose item is gone or of another kind is refused
 * before it is stored, since readers would get an empty player.
 */
export async function ensureMediaReferences(db: Database, fields: Pick<Story, "body" | "coverMediaId">): Promise<void> {
  const { images: photos, posters, videos, audios } = bodyMediaIds(fields.body);
  const images = [...photos, ...posters];
  const cover = fields.coverMediaId === null ? [] : [fields.coverMediaId];
  const rows = await rowsOf(db, [...images, ...videos, ...audios, ...cover]);
  const wrong = (ids: number[], kind: Media["kind"]) =>
    ids.some((id) => rows.get(id) && rows.get(id)!.kind !== kind) || ids.some((id) => !rows.get(id) && kind !== "image");
  // A photo id that is gone is the figure's old rule (it keeps its address); videos and sound need their row.
  if (wrong(videos, "video") || wrong(audios, "audio") || wrong(images, "image"))
    throw refuse("invalid", "refusals.story.mediaKind", undefined, { field: "body" });
  if (cover.length && rows.get(cover[0]!)?.kind !== "image") throw refuse("invalid", "refusals.story.coverMissing", undefined, { field: "coverMediaId" });
}
