// Reads of the audit trail (Nhật ký). Two tables record what people did: audit_log (administrative
// actions, uploads, imports, profile changes) and story_transitions (every workflow move). Here
// they become one list, newest first, filtered in SQL. Admins only, asked of the policy first.
import { and, asc, count, eq, gte, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { auditLog, media, sections, stories, storyTransitions, users } from "@/db/schema";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import type { AuditFilters } from "./filters";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { text } from "@/lib/i18n/phrase";
import { loadSettings } from "@/lib/settings/settings";
import { storyPath } from "@/lib/stories/public-queries";
import { auditActionLabel, entityTypeLabel } from "./labels";
import { auditSentence, transitionSentence, type SentenceContext, type StoryRef } from "./sentences";
import { parseIsoDate, vnDayRange } from "./time";

export const auditPageSize = 50;
/** The most rows one CSV export carries; narrow the dates for more. */
export const auditExportLimit = 100_000;

export type AuditEntry = {
  /** Unique across both sources: "a12" (audit_log) or "t34" (story_transitions). */
  key: string;
  source: "audit" | "transition";
  at: Date;
  actorId: number | null;
  /** Null for what the system did itself (seeding, scheduled jobs). */
  actorName: string | null;
  action: string;
  actionLabel: string;
  entityType: string;
  entityTypeLabel: string;
  entityId: string | null;
  /** The story's title, the person's or section's name, the image's caption… */
  entityLabel: string;
  /** Set when the object is a story, for the link to it. */
  storyId: number | null;
  /** Where readers see that story, when they do (an admin opens no newsroom story). */
  storyHref: string | null;
  /** Chi tiết: what happened, as a sentence in the reader's language (lib/audit/sentences.ts). */
  details: string;
  /** Stories the sentence names, in its order, for links beside it. */
  detailStories: StoryRef[];
  /** The data as recorded (audit_log only), for the CSV export. */
  data: Record<string, unknown> | null;
  address: string | null;
};

export type AuditPage = { entries: AuditEntry[]; page: number; pageCount: number; pageSize: number; total: number };

function assertMayView(actor: Actor | null): asserts actor is Actor {
  if (!can(actor, "audit.view")) throw new PermissionDeniedError();
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/** A filter value ending in "." is a prefix ("user."), anything else an exact action. */
function actionCondition(column: SQL | typeof auditLog.action, action: string): SQL {
  return action.endsWith(".") ? sql`${column} like ${`${escapeLike(action)}%`}` : sql`${column} = ${action}`;
}

/**
 * Which workflow events an action filter selects: all of them, those matching a condition, or
 * none (a "user." filter never needs to read story_transitions at all).
 */
function eventCondition(action: string | undefined): SQL | undefined | null {
  if (!action) return undefined;
  const prefix = "story.";
  if (action.endsWith(".") && prefix.startsWith(action)) return undefined; // "story." itself
  if (!action.startsWith(prefix)) return null;
  return actionCondition(sql`${storyTransitions.event}`, action.slice(prefix.length));
}

type Bounds = { start: Date | null; end: Date | null; until: Date | null };

function bounds(filters: AuditFilters, until: Date | null = null): Bounds {
  const from = filters.from ? parseIsoDate(filters.from) : null;
  const to = filters.to ? parseIsoDate(filters.to) : null;
  if ((filters.from && !from) || (filters.to && !to)) throw new RangeError("invalid audit date filter");
  return { ...vnDayRange(from, to), until };
}

function auditWhere(filters: AuditFilters, b: Bounds): SQL | undefined {
  return and(
    filters.personId ? eq(auditLog.actorId, filters.personId) : undefined,
    filters.storyId ? and(eq(auditLog.entityType, "story"), eq(auditLog.entityId, String(filters.storyId))) : undefined,
    filters.action ? actionCondition(auditLog.action, filters.action) : undefined,
    b.start ? gte(auditLog.at, b.start) : undefined,
    b.end ? lt(auditLog.at, b.end) : undefined,
    b.until ? lte(auditLog.at, b.until) : undefined,
  );
}

/** Null when the filters rule out every workflow move. */
function transitionWhere(filters: AuditFilters, b: Bounds): SQL | undefined | null {
  const events = eventCondition(filters.action);
  if (events === null) return null;
  return and(
    // A move that was also written to audit_log (an import writes both) is shown once, from there.
    sql`not exists (select 1 from ${auditLog} where ${auditLog.entityType} = 'story' and ${auditLog.entityId} = ${storyTransitions.storyId}::text and ${auditLog.action} = 'story.' || ${storyTransitions.event} and ${auditLog.at} = ${storyTransitions.at})`,
    filters.personId ? eq(storyTransitions.actorId, filters.personId) : undefined,
    filters.storyId ? eq(storyTransitions.storyId, filters.storyId) : undefined,
    events,
    b.start ? gte(storyTransitions.at, b.start) : undefined,
    b.end ? lt(storyTransitions.at, b.end) : undefined,
    b.until ? lte(storyTransitions.at, b.until) : undefined,
  );
}

async function countEntries(db: Database, filters: AuditFilters, b: Bounds): Promise<number> {
  const tw = transitionWhere(filters, b);
  const [audit, moves] = await Promise.all([
    db.select({ n: count() }).from(auditLog).where(auditWhere(filters, b)),
    tw === null ? Promise.resolve([{ n: 0 }]) : db.select({ n: count() }).from(storyTransitions).where(tw),
  ]);
  return (audit[0]?.n ?? 0) + (moves[0]?.n ?? 0);
}

type RawEntry = {
  kind: string;
  id: number;
  at: Date;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Record<string, unknown> | null;
  address: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
};

/** One slice of the merged list, in its one total order: time, then source, then id. */
async function readSlice(db: Database, filters: AuditFilters, b: Bounds, limit: number, offset: number): Promise<RawEntry[]> {
  const fromAudit = db
    .select({
      kind: sql<string>`'audit'::text`.as("kind"),
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      data: sql<Record<string, unknown> | null>`${auditLog.data}`.as("data"),
      address: auditLog.address,
      fromStatus: sql<string | null>`null::text`.as("from_status"),
      toStatus: sql<string | null>`null::text`.as("to_status"),
      note: sql<string | null>`null::text`.as("note"),
    })
    .from(auditLog)
    .where(auditWhere(filters, b));
  const tw = transitionWhere(filters, b);
  const order = [sql`"at" desc`, sql`"kind" asc`, sql`"id" desc`];
  if (tw === null) {
    return fromAudit
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
  }
  const fromMoves = db
    .select({
      kind: sql<string>`'transition'::text`.as("kind"),
      id: storyTransitions.id,
      at: storyTransitions.at,
      actorId: storyTransitions.actorId,
      action: sql<string>`'story.' || ${storyTransitions.event}`.as("action"),
      entityType: sql<string>`'story'::text`.as("entity_type"),
      entityId: sql<string | null>`${storyTransitions.storyId}::text`.as("entity_id"),
      data: sql<Record<string, unknown> | null>`null::jsonb`.as("data"),
      address: sql<string | null>`null::text`.as("address"),
      fromStatus: sql<string | null>`${storyTransitions.fromStatus}::text`.as("from_status"),
      toStatus: sql<string | null>`${storyTransitions.toStatus}::text`.as("to_status"),
      note: sql<string | null>`${storyTransitions.note}`.as("note"),
    })
    .from(storyTransitions)
    .where(tw);
  return fromAudit
    .unionAll(fromMoves)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}

// entity_id is text; only what fits an integer key is looked up (anything else would make the
// database refuse the whole query).
const numericId = (s: string | null) => (s && /^\d{1,10}$/.test(s) && Number(s) <= 2_147_483_647 ? Number(s) : null);

/** Ids a record's data names (people, stories, sections, images), to name them in its sentence. */
function referencedIds(r: RawEntry) {
  const d = r.data ?? {};
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]).map((x) => numericId(typeof x === "number" ? String(x) : typeof x === "string" ? x : null));
  const pick = (...values: unknown[]) => values.flatMap((v) => list(v)).filter((n): n is number => n !== null);
  const before = (d.before ?? {}) as Record<string, unknown>;
  const after = (d.after ?? {}) as Record<string, unknown>;
  return {
    users: pick(d.from, d.personId),
    stories: pick(d.storyIds ?? [], d.releasedStoryIds ?? [], d.storyId),
    sections: pick(d.intoId, before.parentId, after.parentId),
    media: pick(before.avatarMediaId, after.avatarMediaId, before.logoMediaId, after.logoMediaId),
  };
}

const definedIds = (values: (number | null)[]) => [...new Set(values.filter((n): n is number => n !== null))];

/**
 * Names the people and objects of a slice, a handful of lookups per slice rather than per row, in
 * the reader's language (Vietnamese for the CSV export), and says each entry as a sentence.
 */
async function describe(db: Database, raw: RawEntry[], locale: Locale = defaultLocale): Promise<AuditEntry[]> {
  const ofType = (type: string) => raw.filter((r) => r.entityType === type).map((r) => numericId(r.entityId));
  const refs = raw.map(referencedIds);
  const personIds = definedIds([...raw.map((r) => r.actorId), ...ofType("user"), ...refs.flatMap((x) => x.users)]);
  const storyIds = definedIds([...ofType("story"), ...refs.flatMap((x) => x.stories)]);
  const sectionIds = definedIds([...ofType("section"), ...refs.flatMap((x) => x.sections)]);
  const mediaIds = definedIds([...ofType("media"), ...refs.flatMap((x) => x.media)]);
  const [people, storyRows, sectionRows, mediaRows, { timeZone }] = await Promise.all([
    personIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, personIds)) : [],
    storyIds.length
      ? db
          .select({
            id: stories.id,
            title: stories.title,
            slug: stories.slug,
            status: stories.status,
            publishedAt: stories.publishedAt,
            sectionSlug: sections.slug,
          })
          .from(stories)
          .leftJoin(sections, eq(sections.id, stories.sectionId))
          .where(inArray(stories.id, storyIds))
      : [],
    sectionIds.length ? db.select({ id: sections.id, name: sections.name }).from(sections).where(inArray(sections.id, sectionIds)) : [],
    mediaIds.length ? db.select({ id: media.id, caption: media.caption, originalName: media.originalName }).from(media).where(inArray(media.id, mediaIds)) : [],
    loadSettings(db),
  ]);
  const now = Date.now();
  // Nhật ký is the admin's, and an admin opens no newsroom story: a story links to where readers see it, if they do.
  const isPublic = (s: (typeof storyRows)[number]) =>
    (s.status === "published" || s.status === "scheduled") && s.publishedAt !== null && s.publishedAt.getTime() <= now && s.sectionSlug !== null;
  const storyRefs = new Map<number, StoryRef>(
    storyRows.map((s) => [
      s.id,
      {
        id: s.id,
        title: s.title || text(locale, "auditLabels.untitled"),
        href: isPublic(s) ? storyPath({ id: s.id, slug: s.slug, sectionSlug: s.sectionSlug! }) : null,
      },
    ]),
  );
  const names = {
    user: new Map(people.map((p) => [p.id, p.name])),
    story: new Map([...storyRefs].map(([id, ref]) => [id, ref.title])),
    section: new Map(sectionRows.map((s) => [s.id, s.name])),
    media: new Map(mediaRows.map((m) => [m.id, m.caption || m.originalName])),
  };

  return raw.map((r): AuditEntry => {
    const source = r.kind === "transition" ? "transition" : "audit";
    const entityNumber = numericId(r.entityId);
    const typeLabel = entityTypeLabel(r.entityType, locale);
    const known = r.entityType in names && entityNumber !== null ? names[r.entityType as keyof typeof names].get(entityNumber) : undefined;
    const entityLabel =
      known ??
      (r.entityType === "system"
        ? text(locale, "auditLabels.system")
        : r.entityType === "settings"
          ? text(locale, "auditLabels.settings")
          : r.entityId
            ? `${typeLabel} #${r.entityId}`
            : typeLabel);
    const ctx: SentenceContext = {
      locale,
      timeZone,
      person: (id) => names.user.get(id),
      story: (id) => storyRefs.get(id),
      section: (id) => names.section.get(id),
      media: (id) => names.media.get(id),
      entityLabel,
    };
    const sentence =
      source === "transition"
        ? { text: transitionSentence(r.fromStatus, r.toStatus ?? "", r.note, ctx), stories: [] }
        : auditSentence(r.action, r.data, r.entityType, ctx);
    return {
      key: `${source === "audit" ? "a" : "t"}${r.id}`,
      source,
      at: r.at,
      actorId: r.actorId,
      actorName: r.actorId === null ? null : (names.user.get(r.actorId) ?? `#${r.actorId}`),
      action: r.action,
      actionLabel: auditActionLabel(r.action, locale),
      entityType: r.entityType,
      entityTypeLabel: typeLabel,
      entityId: r.entityId,
      entityLabel,
      storyId: r.entityType === "story" ? entityNumber : null,
      storyHref: r.entityType === "story" && entityNumber !== null ? (storyRefs.get(entityNumber)?.href ?? null) : null,
      details: sentence.text,
      detailStories: sentence.stories,
      data: source === "audit" ? r.data : null,
      address: r.address,
    };
  });
}

/** One page of the audit trail, newest first, with the number of matching entries, in the reader's language. */
export async function listAuditEntries(
  db: Database,
  actor: Actor | null,
  filters: AuditFilters & { page?: number } = {},
  locale: Locale = actor?.locale ?? defaultLocale,
): Promise<AuditPage> {
  assertMayView(actor);
  const b = bounds(filters);
  const total = await countEntries(db, filters, b);
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  const page = Math.min(Math.max(1, Math.trunc(filters.page ?? 1)), pageCount);
  const raw = total === 0 ? [] : await readSlice(db, filters, b, auditPageSize, (page - 1) * auditPageSize);
  return { entries: await describe(db, raw, locale), page, pageCount, pageSize: auditPageSize, total };
}

/**
 * Every matching entry up to `limit`, in slices, for the CSV export, in Vietnamese whoever exports
 * (lib/audit/csv.ts says why). Entries recorded after the
 * export began are left out, so that slices read by offset neither repeat nor skip a row.
 */
export async function* exportAuditEntries(
  db: Database,
  actor: Actor | null,
  filters: AuditFilters,
  { limit = auditExportLimit, sliceSize = 2000, now = new Date() }: { limit?: number; sliceSize?: number; now?: Date } = {},
): AsyncGenerator<AuditEntry[]> {
  assertMayView(actor);
  const b = bounds(filters, now);
  for (let offset = 0; offset < limit; offset += sliceSize) {
    const raw = await readSlice(db, filters, b, Math.min(sliceSize, limit - offset), offset);
    if (raw.length === 0) return;
    yield await describe(db, raw);
    if (raw.length < sliceSize) return;
  }
}

/** Everyone who could have done something, for the "Người thực hiện" filter; Vietnamese order. */
export async function listAuditPeople(db: Database, actor: Actor | null): Promise<{ id: number; name: string; email: string; active: boolean }[]> {
  assertMayView(actor);
  const rows = await db.select({ id: users.id, name: users.name, email: users.email, active: users.active }).from(users).orderBy(asc(users.id));
  const collator = new Intl.Collator("vi");
  // Sorted in JS: PGlite has no Vietnamese collation.
  return rows.sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
}

// The Nhật ký page reads through these, on the app's own database: pages hold no handle.

export async function getAuditEntries(actor: Actor | null, filters: AuditFilters & { page?: number } = {}): Promise<AuditPage> {
  return listAuditEntries(await appDatabase(), actor, filters);
}

export async function getAuditPeople(actor: Actor | null): Promise<{ id: number; name: string; email: string; active: boolean }[]> {
  return listAuditPeople(await appDatabase(), actor);
}
