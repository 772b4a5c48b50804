// Publishing a story from a file straight to the paper: archives of the old website and stories
// the desk already approved on paper. It bypasses the workflow on purpose, so it leaves the same
// traces a published story has (revision, transition, audit) and records the file it came from.
import { createHash } from "node:crypto";
import { and, asc, eq, gte, lt, notExists, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  media,
  oldAddresses,
  sections,
  sectionSlugs,
  stories,
  storyAuthors,
  storyRevisions,
  storySources,
  storyTransitions,
  users,
  type Role,
} from "@/db/schema";
import { normalizeOldAddress, recordOldAddress } from "@/lib/archive/old-addresses";
import { defaultLocale } from "@/lib/i18n/locales";
import { say } from "@/lib/i18n/phrase";
import { addToLibrary } from "@/lib/media/commands";
import { ImageError } from "@/lib/media/process-image";
import { displayVariant } from "@/lib/media/queries";
import { mediaStorage, mediaUrl } from "@/lib/media/storage";
import { bodyFromBlocks, type BodyBlock } from "@/lib/stories/body";
import { derivedColumns } from "@/lib/stories/derived";
import { calendarDateIn, toIsoDate, vnDateToUtc, type VnDate } from "@/lib/text/dateline";
import { isReservedSlug } from "@/lib/sections/reserved-slugs";
import { slugify } from "@/lib/text/slug";
import type { ParsedStory } from "./parse-story";
import { importedBody, importedByline } from "./story-body";
import { recordAudit } from "@/lib/audit/record";

export type ImportPublishErrorCode = "no-date" | "no-title" | "future-date" | "bad-section" | "no-author" | "bad-photo";

/** The story cannot be published as given. `message` is Vietnamese, `english` for logs and CLIs. */
export class ImportPublishError extends Error {
  readonly code: ImportPublishErrorCode;
  readonly english: string;

  constructor(code: ImportPublishErrorCode, message: string, english: string) {
    super(message);
    this.name = "ImportPublishError";
    this.code = code;
    this.english = english;
  }
}

export type PublishImportedInput = {
  parsed: ParsedStory;
  sectionSlug: string;
  /** Name for the section when it has to be created; by default a guess from the slug. */
  sectionName?: string;
  /** The account credited with the story and recorded as having imported it. */
  authorId: number;
  /** The file the story came from, kept in the transition note and the audit log. */
  source: string;
  /** Time of day in Vietnam when the source gives one; 06:00 otherwise. */
  time?: { hour: number; minute: number };
  /** The story's address on the old website: it will answer 301 to the new one. */
  oldUrl?: string;
  /** Photos for the story's captions, in their order; a caption left without one becomes an italic line. */
  photos?: readonly ImportedPhoto[];
  /** The story's identity when it is not its own content's (the archive import maps names after hashing). */
  contentHash?: string;
  /** The clock, for tests. */
  now?: Date;
};

export type ImportedPhoto = { fileName: string; data: Buffer };

export type PublishImportedResult = {
  id: number;
  slug: string;
  created: boolean;
  sectionCreated: boolean;
  /** Why the old address was not recorded (it is a live address here, or another story's), if it was given and not. */
  oldUrlRefused?: "live-address" | "taken" | "invalid";
};

/** The date line carries no time; 06:00 is when the morning paper's stories go up. */
export const IMPORT_PUBLISH_HOUR = 6;

const nfc = (s: string): string => s.normalize("NFC");
const SECTION_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "van-hoa-xa-hoi" → "Van Hoa Xa Hoi": a placeholder until an admin types the real name. */
export function sectionNameFromSlug(slug: string): string {
  return slug
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/**
 * The identity of a story's content, whatever file it came in: .txt or .docx, UTF-8 or UTF-16,
 * CRLF or LF all give one hash, and any change of a word gives another.
 */
export function storyContentHash(parsed: ParsedStory): string {
  const { date, title, sapo, body, byline, bylineNote } = parsed;
  return createHash("sha256").update(JSON.stringify({ date, title, sapo, body, byline, bylineNote })).digest("hex");
}

/** The story already imported with this content (its storyContentHash) or this old address, if any. */
export async function findImported(db: Database, contentHash: string, oldUrl?: string): Promise<{ id: number; slug: string } | null> {
  const [bySource] = await db
    .select({ id: stories.id, slug: stories.slug })
    .from(storySources)
    .innerJoin(stories, eq(stories.id, storySources.storyId))
    .where(eq(storySources.contentHash, contentHash));
  if (bySource) return bySource;
  const old = oldUrl === undefined ? null : normalizeOldAddress(oldUrl);
  if (!old) return null;
  const [byAddress] = await db
    .select({ id: stories.id, slug: stories.slug })
    .from(oldAddresses)
    .innerJoin(stories, eq(stories.id, oldAddresses.storyId))
    .where(eq(oldAddresses.address, old.address));
  return byAddress ?? null;
}

/**
 * Stores a parsed story as published in the section `sectionSlug` (created if missing), all in
 * one transaction. The same story again (the same content, from whatever file, or the same old
 * address) is not stored twice: the existing one is returned with `created: false`. A story
 * imported before contents were hashed is recognised by its title, date line and section.
 */
export async function publishImportedStory(db: Database, input: PublishImportedInput): Promise<PublishImportedResult> {
  const { parsed, sectionSlug, authorId, source } = input;
  const now = input.now ?? new Date();
  // The parser gives NFC already; a story edited on the web page may not be.
  const title = nfc(parsed.title).trim();
  const sapo = nfc(parsed.sapo);
  const byline = importedByline(parsed, nfc);
  if (!title) {
    throw new ImportPublishError("no-title", "Bài không có tiêu đề, không xuất bản được.", "The story has no title, so it cannot be published.");
  }
  const date = readDate(parsed.date);
  if (!SECTION_SLUG.test(sectionSlug)) {
    const hint = slugify(sectionSlug);
    throw new ImportPublishError(
      "bad-section",
      `Chuyên mục phải là đường dẫn viết thường không dấu, ví dụ "chinh-tri"${hint ? ` (có phải "${hint}"?)` : ""}; nhận được "${sectionSlug}".`,
      `The section must be given as its slug, e.g. "chinh-tri"${hint ? ` (did you mean "${hint}"?)` : ""}; got "${sectionSlug}".`,
    );
  }
  if (isReservedSlug(sectionSlug)) {
    throw new ImportPublishError(
      "bad-section",
      `"${sectionSlug}" là đường dẫn dành riêng của hệ thống, không dùng làm chuyên mục được.`,
      `"${sectionSlug}" is a reserved path and cannot be a section.`,
    );
  }
  const publishedAt = publicationTime(date, now, input.time);
  const dayStart = vnDateToUtc(date);
  const dayEnd = new Date(dayStart.getTime() + 86_400_000);

  const contentHash = input.contentHash ?? storyContentHash(parsed);
  const blocks = importedBody(parsed, nfc);
  const captions = blocks.filter((b) => b.type === "caption");
  // Photos are stored before the story's transaction (files cannot roll back): only for a story
  // not already here, and removed again if it turns out to be after all.
  const photos =
    captions.length > 0 && input.photos?.length && !(await findImported(db, contentHash, input.oldUrl))
      ? await storePhotos(db, captions, input.photos, authorId)
      : [];

  try {
    return await db.transaction(async (tx) => {
      const [author] = await tx.select({ id: users.id, active: users.active }).from(users).where(eq(users.id, authorId));
      if (!author?.active) {
        throw new ImportPublishError(
          "no-author",
          author ? "Tài khoản tác giả đã bị khóa." : "Không tìm thấy tài khoản tác giả.",
          author ? "The author's account is deactivated." : "The author's account does not exist.",
        );
      }
      // Two imports of one story at once must not both find "no such story" and both insert it.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`story-import:${contentHash}`}))`);
      const { id: sectionId, created: sectionCreated } = await sectionFor(tx, sectionSlug, input.sectionName, authorId, source);

      const existing = (await findImported(tx, contentHash, input.oldUrl)) ?? (await findUnhashed(tx, { sectionId, title, dayStart, dayEnd }));
      if (existing) {
        await Promise.all(photos.map((photo) => forgetPhoto(tx, photo)));
        return { ...existing, created: false, sectionCreated };
      }

      let photoAt = 0;
      const body = bodyFromBlocks(
        blocks.flatMap((block): BodyBlock[] => {
          if (block.type !== "caption") return [block];
          const photo = photos[photoAt++];
          if (photo) return [{ ...block, photo }];
          // A caption whose photo was not brought is printed as the lines it was, never an empty frame.
          const lines = [block.text, ...(block.credit ? [`Ảnh: ${block.credit}`] : [])];
          return lines.map((text) => ({ type: "paragraph", text, italic: true }));
        }),
      );
      const slug = slugify(title);
      const fields = { title, sapo, body, byline, sectionId };
      const [row] = await tx
        .insert(stories)
        .values({
          ...fields,
          ...derivedColumns(fields),
          kind: parsed.kind,
          slug,
          status: "published",
          version: 1,
          publishedAt,
          createdById: authorId,
          createdAt: now,
          updatedAt: now,
          updatedById: authorId,
          textUpdatedById: authorId,
          textUpdatedAt: now,
        })
        .returning({ id: stories.id });
      const id = row!.id;
      await tx.insert(storySources).values({ contentHash, storyId: id, file: source, importedAt: now });
      await tx.insert(storyAuthors).values({ storyId: id, userId: authorId });
      await tx.insert(storyRevisions).values({
        ...fields,
        storyId: id,
        version: 1,
        kind: "import",
        tags: [],
        coverCaption: "",
        coverCredit: "",
        seoTitle: "",
        seoDescription: "",
        createdById: authorId,
        createdAt: now,
      });
      await tx.insert(storyTransitions).values({
        storyId: id,
        event: "import",
        fromStatus: null,
        toStatus: "published",
        note: source,
        actorId: authorId,
        version: 1,
        at: now,
      });
      const oldAddress = input.oldUrl === undefined ? null : await recordOldAddress(tx, id, input.oldUrl);
      await recordAudit(tx, {
        actorId: authorId,
        action: "story.import",
        entityType: "story",
        entityId: id,
        data: { source, sectionSlug, ...(input.oldUrl === undefined ? {} : { oldUrl: input.oldUrl }) },
        at: now,
      });
      return { id, slug, created: true, sectionCreated, ...(oldAddress && !oldAddress.recorded ? { oldUrlRefused: oldAddress.reason } : {}) };
    });
  } catch (error) {
    await Promise.all(photos.map((photo) => forgetPhoto(db, photo)));
    throw error;
  }
}

/** The section of this slug (or of a slug it had before), created at the end of the menu if there is none. */
async function sectionFor(tx: Database, slug: string, givenName: string | undefined, actorId: number, source: string) {
  const [current] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
  if (current) return { id: current.id, created: false };
  // A section renamed or merged away: its old slug still means the section it became.
  const [renamed] = await tx.select({ id: sectionSlugs.sectionId }).from(sectionSlugs).where(eq(sectionSlugs.slug, slug));
  if (renamed) return { id: renamed.id, created: false };
  const name = givenName?.trim() || sectionNameFromSlug(slug);
  // Imports running side by side may create it at once: one inserts, the others find it.
  const [inserted] = await tx
    .insert(sections)
    .values({ slug, name, position: sql`(select coalesce(max(${sections.position}), -1) + 1 from ${sections})` })
    .onConflictDoNothing({ target: sections.slug })
    .returning({ id: sections.id });
  if (!inserted) {
    const [other] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
    return { id: other!.id, created: false };
  }
  await recordAudit(tx, { actorId, action: "section.create", entityType: "section", entityId: inserted.id, data: { slug, name, source } });
  return { id: inserted.id, created: true };
}

/** A story of this title, day and section that no import hashed (imported earlier, or written here). */
async function findUnhashed(tx: Database, where: { sectionId: number; title: string; dayStart: Date; dayEnd: Date }) {
  const [row] = await tx
    .select({ id: stories.id, slug: stories.slug })
    .from(stories)
    .where(
      and(
        eq(stories.sectionId, where.sectionId),
        eq(stories.title, where.title),
        gte(stories.publishedAt, where.dayStart),
        lt(stories.publishedAt, where.dayEnd),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(storySources)
            .where(eq(storySources.storyId, stories.id)),
        ),
      ),
    )
    .orderBy(asc(stories.id))
    .limit(1);
  return row ?? null;
}

type StoredPhoto = { mediaId: number; src: string };

/** Adds the photos to the library, one per caption, with the caption as printed. */
async function storePhotos(
  db: Database,
  captions: readonly Extract<BodyBlock, { type: "caption" }>[],
  given: readonly ImportedPhoto[],
  authorId: number,
): Promise<StoredPhoto[]> {
  const stored: StoredPhoto[] = [];
  try {
    for (const [i, photo] of given.slice(0, captions.length).entries()) {
      const row = await addToLibrary(db, {
        data: photo.data,
        fileName: photo.fileName,
        caption: captions[i]!.text,
        credit: captions[i]!.credit ?? "",
        alt: "",
        uploadedById: authorId,
      });
      const shown = displayVariant(row.variants);
      stored.push({ mediaId: row.id, src: mediaUrl(shown?.key ?? row.storageKey) });
    }
  } catch (error) {
    await Promise.all(stored.map((photo) => forgetPhoto(db, photo)));
    if (error instanceof ImageError) {
      throw new ImportPublishError(
        "bad-photo",
        `Ảnh kèm bài không dùng được: ${say(defaultLocale, error.phrase)}`,
        `A photo of the story cannot be used: ${say("en", error.phrase)}`,
      );
    }
    throw error;
  }
  return stored;
}

/** Removes a photo stored for a story that was not created after all. */
async function forgetPhoto(db: Database, photo: StoredPhoto): Promise<void> {
  const [row] = await db.delete(media).where(eq(media.id, photo.mediaId)).returning();
  if (!row) return;
  const storage = mediaStorage();
  await Promise.all([row.storageKey, ...row.variants.map((v) => v.key)].map((key) => storage.delete(key).catch(() => undefined)));
}

function readDate(iso: string | null): VnDate {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) {
    throw new ImportPublishError(
      "no-date",
      'Bài không có dòng ngày tháng (ví dụ "Thứ hai, 04/07/2022") ở dòng đầu, nên không biết ngày xuất bản. Hãy thêm dòng ngày rồi nhập lại.',
      'The story has no date line (e.g. "Thứ hai, 04/07/2022") on its first line, so its publication date is unknown. Add the date line and import again.',
    );
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * The given time, or 06:00, Vietnam time on the date line's day. A story dated today but timed
 * later goes up now; a later date would be a scheduled story, which is the workflow's job.
 */
function publicationTime(date: VnDate, now: Date, time = { hour: IMPORT_PUBLISH_HOUR, minute: 0 }): Date {
  const at = vnDateToUtc(date, time.hour, time.minute);
  if (at <= now) return at;
  if (toIsoDate(calendarDateIn(now)) === toIsoDate(date)) return now;
  throw new ImportPublishError(
    "future-date",
    `Ngày trên dòng ngày tháng (${toIsoDate(date).split("-").reverse().join("/")}) chưa tới. Bài đăng sau phải được Lên lịch trong tòa soạn, không nhập thẳng.`,
    `The date line's date (${toIsoDate(date)}) is in the future. Stories for later dates are scheduled in the newsroom, not imported.`,
  );
}

export type ImportAuthor = { id: number; email: string; name: string; role: Role };

/**
 * Whom an import is credited to: the active account with this e-mail, or by default the first
 * active chief editor (the person who answers for what is published), else the first admin.
 */
export async function resolveImportAuthor(db: Database, email?: string): Promise<ImportAuthor> {
  const columns = { id: users.id, email: users.email, name: users.name, role: users.role, active: users.active };
  if (email !== undefined) {
    const wanted = email.normalize("NFC").trim().toLowerCase();
    const [user] = await db
      .select(columns)
      .from(users)
      .where(sql`lower(${users.email}) = ${wanted}`);
    if (!user) {
      throw new ImportPublishError("no-author", `Không có tài khoản với email ${wanted}.`, `No account has the e-mail ${wanted}.`);
    }
    if (!user.active) {
      throw new ImportPublishError("no-author", `Tài khoản ${user.email} đã bị khóa.`, `The account ${user.email} is deactivated.`);
    }
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }
  for (const role of ["chief_editor", "admin"] as const) {
    const [user] = await db
      .select(columns)
      .from(users)
      .where(and(eq(users.role, role), eq(users.active, true)))
      .orderBy(asc(users.id))
      .limit(1);
    if (user) return { id: user.id, email: user.email, name: user.name, role: user.role };
  }
  throw new ImportPublishError(
    "no-author",
    "Không có tài khoản Thư ký tòa soạn hay Quản trị nào đang hoạt động để đứng tên bài nhập. Hãy chỉ định --author <email>.",
    "No active chief editor or admin account to credit the import to. Name one with --author <email>.",
  );
}
