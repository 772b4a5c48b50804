// Publishing a story from a file straight to the paper: archives of the old website and stories
// the desk already approved on paper. It bypasses the workflow on purpose, so it leaves the same
// traces a published story has (revision, transition, audit) and records the file it came from.
import { and, asc, eq, gte, lt, max, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sections, stories, storyAuthors, storyRevisions, storyTransitions, users, type Role, sectionSlugs } from "@/db/schema";
import { bodyFromBlocks } from "@/lib/stories/body";
import { derivedColumns } from "@/lib/stories/derived";
import { calendarDateIn, toIsoDate, vnDateToUtc, type VnDate } from "@/lib/text/dateline";
import { isReservedSlug } from "@/lib/sections/reserved-slugs";
import { slugify } from "@/lib/text/slug";
import type { ParsedStory } from "./parse-story";
import { importedBody, importedByline } from "./story-body";
import { recordAudit } from "@/lib/audit/record";

export type ImportPublishErrorCode = "no-date" | "no-title" | "future-date" | "bad-section" | "no-author";

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
  /** The clock, for tests. */
  now?: Date;
};

export type PublishImportedResult = { id: number; slug: string; created: boolean; sectionCreated: boolean };

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
 * Stores a parsed story as published in the section `sectionSlug` (created if missing), all in
 * one transaction. The same story again (same title and date line, same section) is not
 * stored twice: the existing one is returned with `created: false`.
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

  return db.transaction(async (tx) => {
    const [author] = await tx.select({ id: users.id, active: users.active }).from(users).where(eq(users.id, authorId));
    if (!author?.active) {
      throw new ImportPublishError(
        "no-author",
        author ? "Tài khoản tác giả đã bị khóa." : "Không tìm thấy tài khoản tác giả.",
        author ? "The author's account is deactivated." : "The author's account does not exist.",
      );
    }
    // Two imports of one file at once must not both find "no such story" and both insert it.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`story-import:${sectionSlug}`}))`);

    let sectionCreated = false;
    let [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, sectionSlug));
    // A section renamed or merged away: its old slug still means the section it became.
    if (!section) {
      const [renamed] = await tx.select({ id: sectionSlugs.sectionId }).from(sectionSlugs).where(eq(sectionSlugs.slug, sectionSlug));
      section = renamed;
    }
    if (section) {
      const [existing] = await tx
        .select({ id: stories.id, slug: stories.slug })
        .from(stories)
        .where(and(eq(stories.sectionId, section.id), eq(stories.title, title), gte(stories.publishedAt, dayStart), lt(stories.publishedAt, dayEnd)))
        .orderBy(asc(stories.id))
        .limit(1);
      if (existing) return { ...existing, created: false, sectionCreated };
    } else {
      const name = input.sectionName?.trim() || sectionNameFromSlug(sectionSlug);
      // New sections go to the end of the menu, where an admin will find and place them.
      const [last] = await tx.select({ position: max(sections.position) }).from(sections);
      [section] = await tx
        .insert(sections)
        .values({ slug: sectionSlug, name, position: (last?.position ?? -1) + 1 })
        .returning({ id: sections.id });
      sectionCreated = true;
      await recordAudit(tx, {
        actorId: authorId,
        action: "section.create",
        entityType: "section",
        entityId: section!.id,
        data: { slug: sectionSlug, name, source },
      });
    }
    const sectionId = section!.id;

    const body = bodyFromBlocks(importedBody(parsed, nfc));
    const slug = slugify(title);
    const fields = { title, sapo, body, byline, sectionId };
    const [row] = await tx
      .insert(stories)
      .values({
        ...fields,
        ...derivedColumns(fields),
        slug,
        status: "published",
        version: 1,
        publishedAt,
        createdById: authorId,
        createdAt: now,
        updatedAt: now,
        updatedById: authorId,
      })
      .returning({ id: stories.id });
    const id = row!.id;
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
    await recordAudit(tx, {
      actorId: authorId,
      action: "story.import",
      entityType: "story",
      entityId: id,
      data: { source, sectionSlug },
      at: now,
    });
    return { id, slug, created: true, sectionCreated };
  });
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
