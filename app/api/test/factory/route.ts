// The end-to-end suite's data factory: people, sections and stories written through the running
// server's own database handle (the embedded PGlite must never be opened by a second process)
// with db/factories.ts, so that specs arrange their own data instead of finding the demo seed's.
//
// It exists only for a run of the suite: without E2E_FACTORY_TOKEN (lib/env.ts refuses it beside
// SITE_URL or DATABASE_URL) every request answers 404, and so does every request that does not
// carry the token in the x-e2e-factory-token header, compared in constant time. No person's
// permission applies: the token is the whole check, as for the worker's loopback route.
import crypto from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db as database } from "@/db";
import type { Database } from "@/db/client";
import { makeAssignment, makeDesk, makePerson, makeProposal, makeSection, makeStory } from "@/db/factories";
import { recordDeadlineEvents } from "@/lib/plan/deadlines";
import { wakePublicationWorker } from "@/lib/publishing/events";
import {
  assignmentPriorities,
  assignmentStatuses,
  assignmentTasks,
  grants,
  media,
  mediaKinds,
  mediaRights,
  mediaStatuses,
  proposalStatuses,
  roles,
  sections,
  storyKinds,
  storyStatuses,
  topicKinds,
  users,
} from "@/db/schema";
import { publicRoute, RouteError } from "@/lib/actions/route";
import { recordOldAddress, reloadOldAddresses } from "@/lib/archive/old-addresses";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { BodyTooLargeError, readBoundedText } from "@/lib/http/bounded-body";
import { recordLibraryImage, storeImageFiles } from "@/lib/media/commands";
import { mediaKey, mediaStorage, mediaUrl, newMediaStem } from "@/lib/media/storage";
import { makeTestPhoto } from "@/lib/media/test-images";
import { bodyFromBlocks } from "@/lib/stories/body";
import { storyBodySchema } from "@/lib/stories/schemas";
import { storyPath } from "@/lib/stories/public-queries";
import { slugify } from "@/lib/text/slug";

export const dynamic = "force-dynamic";

const tokenHeader = "x-e2e-factory-token";
const digest = (value: string) => crypto.createHash("sha256").update(value).digest();

/** Answers as if the route did not exist unless the suite's token is set and carried. */
function assertFactoryOpen(request: Request): void {
  const expected = env().E2E_FACTORY_TOKEN;
  const given = request.headers.get(tokenHeader) ?? "";
  // Digests of equal length, so the comparison takes the same time whatever was sent.
  if (!expected || !crypto.timingSafeEqual(digest(given), digest(expected))) throw new RouteError("Không tìm thấy.", "not_found");
}

/** Someone already in the database: by id, or by e-mail (the demo accounts the role sessions use). */
const someone = z.union([z.number().int().positive(), z.email()]);
const text = (max: number) => z.string().trim().min(1).max(max);

const order = z.discriminatedUnion("make", [
  z.object({
    make: z.literal("person"),
    role: z.enum(roles),
    name: text(200).optional(),
    penName: text(200).optional(),
    email: z.email().optional(),
    password: z.string().min(8).max(200).optional(),
    active: z.boolean().optional(),
    /** Verbs beside the role (chấm nhuận bút…), as an admin gives them. */
    grants: z.array(z.enum(grants)).max(grants.length).optional(),
  }),
  z.object({
    make: z.literal("section"),
    name: text(200),
    slug: text(200).optional(),
    hidden: z.boolean().optional(),
  }),
  z.object({
    make: z.literal("story"),
    status: z.enum(storyStatuses).optional(),
    kind: z.enum(storyKinds).optional(),
    title: text(500),
    sapo: z.string().max(2000).optional(),
    paragraphs: z.array(z.string().max(10_000)).max(50).optional(),
    tags: z.array(text(80)).max(20).optional(),
    /** Pen names under the story; default the author's. */
    byline: z.array(text(200)).min(1).max(10).optional(),
    author: someone.optional(),
    holder: someone.nullable().optional(),
    desk: someone.optional(),
    chief: someone.optional(),
    /** A section's id or slug; null for none. */
    section: z
      .union([z.number().int().positive(), text(200)])
      .nullable()
      .optional(),
    publishedAt: z.iso.datetime().nullable().optional(),
    /** A cover from the photo library: its first photo (the demo seed's, uploaded by phongvien@). */
    withCover: z.boolean().optional(),
    // A cover by id (a photo made with make: "media"), and a body of blocks as the editor saves it
    // (checked by the story schema, as a save would be).
    coverMediaId: z.number().int().positive().optional(),
    body: z.unknown().optional(),
  }),
  // A desk (ban) with its sections (ids or slugs) and members (heads flagged).
  z.object({
    make: z.literal("desk"),
    name: text(200),
    sections: z
      .array(z.union([z.number().int().positive(), text(200)]))
      .max(50)
      .optional(),
    members: z
      .array(z.object({ who: someone, head: z.boolean().optional() }))
      .max(50)
      .optional(),
  }),
  z.object({
    make: z.literal("proposal"),
    title: text(500),
    proposedBy: someone,
    desk: z.number().int().positive().nullable().optional(),
    section: z.union([z.number().int().positive(), text(200)]).optional(),
    kind: z.enum(topicKinds).optional(),
    status: z.enum(proposalStatuses).optional(),
    /** The planned publication day, YYYY-MM-DD. */
    plannedFor: z.iso.date().optional(),
  }),
  z.object({
    make: z.literal("assignment"),
    title: text(500),
    assignee: someone,
    assignedBy: someone,
    proposal: z.number().int().positive().optional(),
    desk: z.number().int().positive().nullable().optional(),
    section: z.union([z.number().int().positive(), text(200)]).optional(),
    task: z.enum(assignmentTasks).optional(),
    priority: z.enum(assignmentPriorities).optional(),
    status: z.enum(assignmentStatuses).optional(),
    deadline: z.iso.datetime(),
    story: z.number().int().positive().optional(),
    doneAt: z.iso.datetime().optional(),
  }),
  // A published story imported from the old website: its old addresses recorded as the import
  // records them (lib/archive/old-addresses.ts), and the server's table of them reloaded.
  // A library item: a photo drawn and stored as an upload would be (variants and all); a video or
  // sound recording as a row, with its file (base64 `data`, made by the spec with ffmpeg) and its
  // captions stored where the media route serves them.
  z.object({
    make: z.literal("media"),
    kind: z.enum(mediaKinds),
    caption: z.string().max(1000).optional(),
    credit: z.string().max(200).optional(),
    alt: z.string().max(500).optional(),
    width: z.number().int().min(16).max(4000).optional(),
    height: z.number().int().min(16).max(4000).optional(),
    ext: z.enum(["mp4", "m4a", "mp3"]).optional(),
    mimeType: z.string().max(100).optional(),
    size: z.number().int().positive().optional(),
    durationMs: z.number().int().positive().optional(),
    posterMediaId: z.number().int().positive().optional(),
    data: z.base64().max(700_000).optional(),
    tracks: z
      .array(
        z.object({ lang: z.string().max(20), label: z.string().max(100), kind: z.enum(["captions", "subtitles"]), text: z.string().max(20_000).optional() }),
      )
      .max(5)
      .optional(),
    transcript: z.string().max(20_000).optional(),
    status: z.enum(mediaStatuses).optional(),
    rights: z.enum(mediaRights).optional(),
    rightsSource: z.string().max(200).optional(),
  }),
  z.object({
    make: z.literal("archivedStory"),
    title: text(500),
    section: z.union([z.number().int().positive(), text(200)]).optional(),
    oldUrls: z.array(z.string().max(2100)).min(1).max(20),
    publishedAt: z.iso.datetime().optional(),
  }),
]);

const tag = () => crypto.randomBytes(3).toString("hex");

async function findPerson(db: Database, who: z.infer<typeof someone>) {
  const [row] = await db
    .select()
    .from(users)
    .where(typeof who === "number" ? eq(users.id, who) : eq(sql`lower(${users.email})`, who.toLowerCase()))
    .limit(1);
  if (!row) throw new RouteError(`Không có người dùng ${who}.`, "invalid");
  return row;
}

async function findSectionId(db: Database, key: number | string): Promise<number> {
  const [row] = await db
    .select({ id: sections.id })
    .from(sections)
    .where(typeof key === "number" ? eq(sections.id, key) : eq(sections.slug, key))
    .limit(1);
  if (!row) throw new RouteError(`Không có chuyên mục ${key}.`, "invalid");
  return row.id;
}

/**
 * Where a story goes when the test names no section and its state needs one: one hidden section
 * for all of them, so that made stories neither add sections to the paper's menu nor reach readers.
 */
async function defaultSectionId(db: Database): Promise<number> {
  const slug = "bai-thu-e2e";
  await db.insert(sections).values({ slug, name: "Bài thử (e2e)", hidden: true, position: 1000 }).onConflictDoNothing({ target: sections.slug });
  return findSectionId(db, slug);
}

async function readOrder(request: Request) {
  // A made recording rides in the order (base64): within the server's bound for such requests.
  const raw = await readBoundedText(request, 900 * 1024).catch((error: unknown) => {
    if (error instanceof BodyTooLargeError) throw new RouteError("Yêu cầu quá lớn.", "too_large");
    throw error;
  });
  const parsed = order.safeParse(JSON.parse(raw || "null"));
  if (!parsed.success) throw new RouteError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), "invalid");
  return parsed.data;
}

const reason = "the e2e suite's data factory, guarded by its per-run token (E2E_FACTORY_TOKEN); 404 without it";

/** A probe: 200 with the token, 404 otherwise (the suite's own check of the guard). */
export const GET = publicRoute(reason, {}, async ({ request }) => {
  assertFactoryOpen(request);
  return { makes: ["person", "section", "story", "archivedStory", "desk", "proposal", "assignment", "media"] };
});

export const POST = publicRoute(reason, {}, async ({ request }) => {
  assertFactoryOpen(request);
  const wanted = await readOrder(request).catch((error: unknown) => {
    if (error instanceof SyntaxError) throw new RouteError("JSON không hợp lệ.", "invalid");
    throw error;
  });
  const db = await database();

  if (wanted.make === "person") {
    const suffix = tag();
    const actor = await makePerson(db, wanted.role, {
      email: wanted.email ?? `e2e-${wanted.role.replace("_", "-")}-${suffix}@toasoan.test`,
      ...(wanted.name ? { name: wanted.name } : {}),
      ...(wanted.penName ? { penName: wanted.penName } : {}),
      ...(wanted.password ? { passwordHash: await hashPassword(wanted.password) } : {}),
      ...(wanted.active === false ? { active: false } : {}),
      ...(wanted.grants ? { grants: wanted.grants } : {}),
    });
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, actor.id));
    return { id: actor.id, role: actor.role, name: actor.name, penName: actor.penName, email: row!.email, grants: wanted.grants ?? [] };
  }

  if (wanted.make === "section") {
    // After the paper's own sections in the menu.
    const section = await makeSection(db, { name: wanted.name, slug: wanted.slug ?? slugify(wanted.name), hidden: wanted.hidden ?? false, position: 1000 });
    return { id: section.id, name: section.name, slug: section.slug };
  }

  if (wanted.make === "desk") {
    const sectionIds = await Promise.all((wanted.sections ?? []).map((key) => findSectionId(db, key)));
    const members = await Promise.all((wanted.members ?? []).map(async (m) => ({ userId: (await findPerson(db, m.who)).id, head: m.head ?? false })));
    const desk = await makeDesk(db, { name: wanted.name, sectionIds, members });
    return { id: desk.id, name: desk.name, sectionIds, members };
  }

  if (wanted.make === "proposal") {
    const proposal = await makeProposal(db, {
      title: wanted.title,
      proposedBy: await findPerson(db, wanted.proposedBy),
      ...(wanted.desk !== undefined ? { deskId: wanted.desk } : {}),
      ...(wanted.section !== undefined ? { sectionId: await findSectionId(db, wanted.section) } : {}),
      ...(wanted.kind ? { kind: wanted.kind } : {}),
      ...(wanted.status ? { status: wanted.status } : {}),
      ...(wanted.plannedFor ? { plannedFor: wanted.plannedFor } : {}),
    });
    return { id: proposal.id, title: proposal.title, status: proposal.status, deskId: proposal.deskId };
  }

  if (wanted.make === "assignment") {
    const assignment = await makeAssignment(db, {
      title: wanted.title,
      assignee: await findPerson(db, wanted.assignee),
      assignedBy: await findPerson(db, wanted.assignedBy),
      deadline: new Date(wanted.deadline),
      ...(wanted.proposal ? { proposalId: wanted.proposal } : {}),
      ...(wanted.desk !== undefined ? { deskId: wanted.desk } : {}),
      ...(wanted.section !== undefined ? { sectionId: await findSectionId(db, wanted.section) } : {}),
      ...(wanted.task ? { task: wanted.task } : {}),
      ...(wanted.priority ? { priority: wanted.priority } : {}),
      ...(wanted.status ? { status: wanted.status } : {}),
      ...(wanted.story ? { storyId: wanted.story } : {}),
      ...(wanted.doneAt ? { doneAt: new Date(wanted.doneAt) } : {}),
    });
    // Its deadline watched as the assign command does, and the worker woken to time it.
    await recordDeadlineEvents(db, assignment);
    wakePublicationWorker();
    return { id: assignment.id, title: assignment.title, status: assignment.status, deadline: assignment.deadline.toISOString() };
  }

  if (wanted.make === "media") {
    const uploader = await makePerson(db, "reporter");
    const words = { caption: wanted.caption ?? "", credit: wanted.credit ?? "", alt: wanted.alt ?? "" };
    if (wanted.kind === "image") {
      const stored = await storeImageFiles(await makeTestPhoto({ width: wanted.width ?? 1600, height: wanted.height ?? 1000 }));
      const row = await recordLibraryImage(db, stored, { ...words, fileName: "anh-e2e.jpg", uploadedById: uploader.id });
      return { id: row.id, kind: row.kind, storageKey: row.storageKey, src: mediaUrl(row.storageKey), variants: row.variants.map((v) => mediaUrl(v.key)) };
    }
    const ext = wanted.ext ?? (wanted.kind === "video" ? "mp4" : "m4a");
    const mimeType = wanted.mimeType ?? (wanted.kind === "video" ? "video/mp4" : ext === "mp3" ? "audio/mpeg" : "audio/mp4");
    const storageKey = mediaKey(newMediaStem(), "original", ext);
    const data = wanted.data ? Buffer.from(wanted.data, "base64") : null;
    if (data) await mediaStorage().put(storageKey, data, mimeType);
    const tracks = [];
    for (const { text, ...track } of wanted.tracks ?? []) {
      const key = mediaKey(newMediaStem(), "original", "vtt");
      if (text !== undefined) await mediaStorage().put(key, Buffer.from(text, "utf8"), "text/vtt; charset=utf-8");
      tracks.push({ ...track, key });
    }
    const [row] = await db
      .insert(media)
      .values({
        kind: wanted.kind,
        storageKey,
        mimeType,
        originalName: `e2e.${ext}`,
        size: data?.length ?? wanted.size ?? 100_000,
        width: wanted.width ?? null,
        height: wanted.height ?? null,
        durationMs: wanted.durationMs ?? null,
        posterMediaId: wanted.posterMediaId ?? null,
        tracks,
        transcript: wanted.transcript ?? "",
        status: wanted.status ?? "ready",
        rights: wanted.rights ?? "own",
        rightsSource: wanted.rightsSource ?? "",
        ...words,
        uploadedById: uploader.id,
      })
      .returning();
    return { id: row!.id, kind: row!.kind, storageKey, src: mediaUrl(storageKey), tracks: tracks.map((t) => ({ ...t, src: mediaUrl(t.key) })) };
  }

  if (wanted.make === "archivedStory") {
    const sectionId = wanted.section === undefined ? await defaultSectionId(db) : await findSectionId(db, wanted.section);
    const story = await makeStory(db, {
      status: "published",
      title: wanted.title,
      sectionId,
      publishedAt: wanted.publishedAt ? new Date(wanted.publishedAt) : new Date("2019-02-10T02:00:00.000Z"),
    });
    const oldAddresses = [];
    for (const url of wanted.oldUrls) oldAddresses.push({ url, ...(await recordOldAddress(db, story.id, url)) });
    await reloadOldAddresses(db);
    const [section] = await db.select({ slug: sections.slug }).from(sections).where(eq(sections.id, sectionId));
    return {
      id: story.id,
      title: story.title,
      slug: story.slug,
      status: story.status,
      authorId: story.createdById,
      sectionSlug: section!.slug,
      path: storyPath({ id: story.id, slug: story.slug, sectionSlug: section!.slug }),
      oldAddresses,
    };
  }

  const [author, holder, desk, chief] = await Promise.all([
    wanted.author === undefined ? undefined : findPerson(db, wanted.author),
    wanted.holder === undefined || wanted.holder === null ? wanted.holder : findPerson(db, wanted.holder),
    wanted.desk === undefined ? undefined : findPerson(db, wanted.desk),
    wanted.chief === undefined ? undefined : findPerson(db, wanted.chief),
  ]);
  const status = wanted.status ?? "draft";
  const sectionId =
    wanted.section === undefined
      ? status === "draft"
        ? null
        : await defaultSectionId(db)
      : wanted.section === null
        ? null
        : await findSectionId(db, wanted.section);
  const [cover] = wanted.coverMediaId
    ? [{ id: wanted.coverMediaId }]
    : wanted.withCover
      ? await db.select({ id: media.id }).from(media).orderBy(asc(media.id)).limit(1)
      : [];
  if (wanted.withCover && !cover) throw new RouteError("Thư viện ảnh chưa có ảnh nào.", "invalid");
  const body = wanted.body === undefined ? null : storyBodySchema.safeParse(wanted.body);
  if (body && !body.success) throw new RouteError(body.error.issues.map((i) => `body.${i.path.join(".")}: ${i.message}`).join("; "), "invalid");
  const story = await makeStory(db, {
    status,
    title: wanted.title,
    ...(cover ? { coverMediaId: cover.id } : {}),
    ...(wanted.kind ? { kind: wanted.kind } : {}),
    ...(wanted.sapo !== undefined ? { sapo: wanted.sapo } : {}),
    ...(wanted.paragraphs ? { body: bodyFromBlocks(wanted.paragraphs.map((p) => ({ type: "paragraph" as const, text: p }))) } : {}),
    ...(body?.success ? { body: body.data } : {}),
    ...(wanted.tags ? { tags: wanted.tags } : {}),
    ...(wanted.byline ? { byline: wanted.byline } : {}),
    ...(author ? { author } : {}),
    ...(holder !== undefined ? { holder } : {}),
    ...(desk ? { desk } : {}),
    ...(chief ? { chief } : {}),
    sectionId,
    ...(wanted.publishedAt !== undefined ? { publishedAt: wanted.publishedAt === null ? null : new Date(wanted.publishedAt) } : {}),
  });
  const [section] = story.sectionId ? await db.select({ slug: sections.slug }).from(sections).where(eq(sections.id, story.sectionId)) : [];
  return {
    id: story.id,
    title: story.title,
    slug: story.slug,
    status: story.status,
    kind: story.kind,
    authorId: story.createdById,
    sectionSlug: section?.slug ?? null,
    path: section ? storyPath({ id: story.id, slug: story.slug, sectionSlug: section.slug }) : null,
    coverMediaId: story.coverMediaId,
  };
});
