// Seeding: the base data every paper starts with (sections), and the demo newsroom (one account
// per role and an accountant, the fixture story, a few dozen stories in every state of the
// workflow, and their nhuận bút: last month closed, this month being graded).
import fs from "node:fs";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { count, eq } from "drizzle-orm";
import pLimit from "p-limit";
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { recordLibraryImage, storeImageFiles } from "@/lib/media/commands";
import { mediaSummary } from "@/lib/media/queries";
import { mediaStorage } from "@/lib/media/storage";
import { defaultSettings, settingFields, type Settings } from "@/lib/settings/settings";
import { hashPassword } from "@/lib/auth/password";
import { parseStory } from "@/lib/importer/parse-story";
import { importedBody, importedByline } from "@/lib/importer/story-body";
import { bodyFromBlocks, type BodyBlock } from "@/lib/stories/body";
import { derivedColumns } from "@/lib/stories/derived";
import { vnDateToUtc } from "@/lib/text/dateline";
import { slugify } from "@/lib/text/slug";
import { demoPhotoDir, demoPhotos, demoStoryPhotos } from "./demo-photos";
import { seedDemoDesks } from "./demo-desks";
import { seedDemoPlan } from "./demo-plan";
import { seedDemoRoyalties, type GradableStory } from "./demo-royalties";
import { demoStories, type DemoStory } from "./demo-stories";
import { demoMediaKeys, demoMultimediaStories, recordDemoMedia, storeDemoMedia, type MultimediaStory, type StoredDemoMedia } from "./demo-multimedia";
import { baseSections } from "./sections";

export const demoPassword = "toasoan-demo";

// Roles stay as they are (bientap@ on no desk: it reviews every section); grants add the royalty verbs: the chief editor grades and approves the
// month, and the accountant (kế toán) is a reporter's account given the accountant's grant.
export const demoAccounts = [
  { key: "phongvien", email: "phongvien@toasoan.test", name: "Lê Phương Dung", penName: "PHƯƠNG DUNG", role: "reporter", grants: [] },
  { key: "bientap", email: "bientap@toasoan.test", name: "Trần Minh Đức", penName: "MINH ĐỨC", role: "editor", grants: [] },
  {
    key: "thuky",
    email: "thuky@toasoan.test",
    name: "Hoàng Thu Hà",
    penName: "THU HÀ",
    role: "chief_editor",
    grants: ["royalty.grade", "royalty.approve"],
  },
  { key: "quantri", email: "quantri@toasoan.test", name: "Vi Văn Quân", penName: "VĂN QUÂN", role: "admin", grants: [] },
  { key: "ketoan", email: "ketoan@toasoan.test", name: "Đỗ Thị Ngân", penName: "THU NGÂN", role: "reporter", grants: ["royalty.accounting"] },
  // On the demo desks (demo-desks.ts): a desk head, an editor whose review is scoped to one desk, a photographer.
  { key: "truongban", email: "truongban@toasoan.test", name: "Nông Thanh Hương", penName: "THANH HƯƠNG", role: "editor", grants: [] },
  { key: "bientapkinhte", email: "bientap.kinhte@toasoan.test", name: "Lương Văn Thành", penName: "VĂN THÀNH", role: "editor", grants: [] },
  { key: "phongvienanh", email: "phongvienanh@toasoan.test", name: "Hà Quang Huy", penName: "QUANG HUY", role: "reporter", grants: [] },
] as const satisfies readonly { key: string; email: string; name: string; penName: string; role: t.Role; grants: readonly t.Grant[] }[];

export const fixturePath = path.join(process.cwd(), "db", "seed", "seed-article.txt");

/** Sections, when the database has none. Safe to run on every start. */
export async function seedBase(db: Database): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(t.sections);
  if ((existing?.n ?? 0) > 0) return;
  const ids = new Map<string, number>();
  for (const [position, section] of baseSections.entries()) {
    const parentId = "parent" in section ? ids.get(section.parent) : undefined;
    const [row] = await db.insert(t.sections).values({ slug: section.slug, name: section.name, position, parentId }).returning({ id: t.sections.id });
    ids.set(section.slug, row!.id);
  }
}

export async function hasUsers(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(t.users);
  return (row?.n ?? 0) > 0;
}

/** The demo paper's own details, in place of the placeholders a fresh install shows. */
export const demoSettings = {
  paperName: "Báo Biên Cương",
  description: "Tin tức, thời sự, kinh tế, văn hóa của tỉnh biên giới Biên Cương — bản trình diễn của Tòa soạn",
  governingBody: "Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Biên Cương",
  licenceNumber: "Giấy phép số 128/GP-BVHTTDL",
  licenceDate: "15/03/2024",
  licenceIssuer: "Bộ Văn hóa, Thể thao và Du lịch",
  editorInChief: "Tổng biên tập: Nông Văn Thắng",
  address: "Số 1, đường Trần Đăng Ninh, phường Lương Văn Tri, tỉnh Biên Cương",
  phone: "0205 3812 345",
  email: "toasoan@baobiencuong.example",
} satisfies Partial<Settings>;

export type SeedDemoOptions = {
  now?: Date;
  /**
   * Puts the demo photos in the media library (through the library's own code, into DATA_DIR/media)
   * and on the stories. Tests that only need the newsroom leave them out: it is the slow part.
   */
  photos?: boolean;
};

/** The demo newsroom. Runs in one transaction: a half-seeded database never survives a crash. */
export async function seedDemo(db: Database, { now = new Date(), photos = true }: SeedDemoOptions = {}): Promise<void> {
  await seedBase(db);
  const passwordHash = await hashPassword(demoPassword);
  const photoFiles = photos ? await readDemoPhotos() : [];
  // The multimedia stories need the photos too (posters, galleries): both or neither.
  const mediaFiles = photos ? await storeDemoMedia() : null;
  try {
    await seedDemoRows(db, now, passwordHash, photoFiles, mediaFiles);
  } catch (error) {
    // Files without rows would stay on disk for nothing: remove what this seed stored.
    const storage = mediaStorage();
    const keys = [...photoFiles.flatMap((p) => p.stored.keys), ...(mediaFiles ? demoMediaKeys(mediaFiles) : [])];
    await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
}

async function seedDemoRows(db: Database, now: Date, passwordHash: string, photoFiles: DemoPhotoFiles, mediaFiles: StoredDemoMedia | null): Promise<void> {
  await db.transaction(async (tx) => {
    const userIds = new Map<string, number>();
    for (const account of demoAccounts) {
      const [row] = await tx
        .insert(t.users)
        .values({ email: account.email, name: account.name, penName: account.penName, role: account.role, grants: [...account.grants], passwordHash })
        .returning({ id: t.users.id });
      userIds.set(account.key, row!.id);
    }
    const sectionIds = new Map((await tx.select({ id: t.sections.id, slug: t.sections.slug }).from(t.sections)).map((s) => [s.slug, s.id]));
    await seedDemoDesks(tx, { users: userIds, sections: sectionIds });
    const tagIds = new Map<string, number>();
    // The files were stored before the transaction (in parallel); here each row is recorded.
    const library = new Map<string, SeedPhoto>();
    for (const { stored, ...photo } of photoFiles) {
      const row = await recordLibraryImage(tx, stored, { ...photo, uploadedById: userIds.get("phongvien")! });
      library.set(photo.fileName, { id: row.id, src: mediaSummary(row).url, caption: row.caption, credit: row.credit, alt: row.alt });
    }
    const ids = { users: userIds, sections: sectionIds, tags: tagIds, photos: library };

    const fixture = parseStory(fs.readFileSync(fixturePath, "utf8"));
    const [year, month, day] = (fixture.date ?? "2022-07-04").split("-").map(Number) as [number, number, number];
    const visible: { id: number; publishedAt: Date }[] = [];
    const gradable: GradableStory[] = [];
    const fixtureAt = vnDateToUtc({ year, month, day }, 8, 30);
    const fixtureId = await insertStory(tx, ids, now, {
      key: "fixture",
      section: "chinh-tri",
      status: "published",
      author: "phongvien",
      publishedAt: fixtureAt,
      title: fixture.title,
      sapo: fixture.sapo,
      body: importedBody(fixture),
      byline: importedByline(fixture),
      tags: ["Xây dựng Đảng", "Công tác tổ chức"],
    });
    visible.push({ id: fixtureId, publishedAt: fixtureAt });

    const multimedia = mediaFiles ? demoMultimediaStories(await recordDemoMedia(tx, mediaFiles, library, userIds.get("phongvienanh")!)) : [];
    for (const story of [...demoStories, ...multimedia]) {
      const day = new Date(now.getTime() - story.daysAgo * 86_400_000);
      const local = new TZDate(day, defaultSettings.timeZone); // the demo paper's calendar day
      const publishedAt = vnDateToUtc(
        { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() },
        story.hour,
        (story.key.length * 7) % 60,
      );
      const at = story.daysAgo === 0 && publishedAt > now ? new Date(now.getTime() - 3_600_000) : publishedAt;
      const id = await insertStory(tx, ids, now, { ...story, publishedAt: at });
      if ((story.status === "published" || story.status === "scheduled") && at <= now) visible.push({ id, publishedAt: at });
      if ((story.status === "published" || story.status === "unpublished") && at <= now) {
        gradable.push({ id, key: story.key, kind: kindOfSeed(story), authorId: userIds.get(story.author)!, byline: story.byline, publishedAt: at });
      }
    }
    await seedViews(tx, visible, now);
    const thuky = demoAccounts.find((a) => a.key === "thuky")!;
    const chief = { id: userIds.get("thuky")!, role: thuky.role, name: thuky.name, penName: thuky.penName, grants: thuky.grants };
    const royalties = await seedDemoRoyalties(tx, { chief, users: userIds, stories: gradable, now });
    const plan = await seedDemoPlan(tx, { users: userIds, sections: sectionIds, stories: gradable, now });
    await tx
      .insert(t.siteSettings)
      .values(Object.entries(demoSettings).map(([key, value]) => ({ key, value: settingFields[key as keyof typeof demoSettings].parse(value) })))
      // What an operator already saved stays.
      .onConflictDoNothing();
    await recordAudit(tx, {
      actorId: null,
      action: "seed.demo",
      entityType: "system",
      data: { stories: demoStories.length + multimedia.length + 1, photos: library.size, royalties, plan },
    });
  });
}

type SeedPhoto = { id: number; src: string; caption: string; credit: string; alt: string };
type SeedStory = Omit<DemoStory, "daysAgo" | "hour" | "body" | "author"> & {
  publishedAt: Date;
  body: readonly BodyBlock[];
  author: MultimediaStory["author"];
  kind?: t.StoryKind;
  cover?: SeedPhoto;
};

const kindOfSeed = (story: DemoStory | SeedStory | MultimediaStory): t.StoryKind => ("kind" in story && story.kind) || "article";
type SeedIds = { users: Map<string, number>; sections: Map<string, number>; tags: Map<string, number>; photos: Map<string, SeedPhoto> };

type DemoPhotoFiles = Awaited<ReturnType<typeof readDemoPhotos>>;

/** The demo photos checked, resized and stored the way an upload is, two at a time (the slow part). */
async function readDemoPhotos() {
  const limit = pLimit(2);
  return Promise.all(
    demoPhotos.map((photo) =>
      limit(async () => ({
        stored: await storeImageFiles(await fs.promises.readFile(path.join(demoPhotoDir, photo.file))),
        fileName: photo.file,
        caption: photo.caption,
        credit: photo.credit,
        alt: photo.alt,
      })),
    ),
  );
}

// Past the desk's approval a figure must have its photo, so there a caption left without one is
// dropped; a story still being written keeps it (the reporter adds the photo later).
const approvedStates: readonly t.StoryStatus[] = ["approved", "scheduled", "published", "unpublished"];

/** The story's blocks with its demo photos: the caption block becomes a figure with its picture. */
function withPhotos(story: SeedStory, photos: SeedIds["photos"]): { body: readonly BodyBlock[]; cover: SeedPhoto | undefined } {
  const chosen = demoStoryPhotos[story.key];
  const cover = chosen?.cover ? photos.get(chosen.cover) : undefined;
  const figure = chosen?.figure ? photos.get(chosen.figure) : undefined;
  const asFigure = (p: SeedPhoto): BodyBlock => ({ type: "caption", text: p.caption, credit: p.credit, photo: { mediaId: p.id, src: p.src } });
  if (story.key === "fixture") return { body: story.body, cover };
  const rest = story.body.filter((b) => !(b.type === "caption" && (figure || approvedStates.includes(story.status))));
  // The cover repeated as the body's first figure: what a reporter often does, printed once.
  if (figure && figure.id === cover?.id) return { body: [asFigure(figure), ...rest], cover };
  if (!figure) return { body: rest, cover };
  const at = story.body.findIndex((b) => b.type === "caption");
  const body = [...rest];
  body.splice(at >= 0 ? at : Math.min(2, body.length), 0, asFigure(figure));
  return { body, cover };
}

/**
 * Views over the last two days, so "Đọc nhiều" has something to rank on a fresh demo: a few
 * hundred an hour spread over the stories, more for the newer and for some evergreen ones.
 */
async function seedViews(db: Database, visible: { id: number; publishedAt: Date }[], now: Date): Promise<void> {
  const thisHour = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  const rows: { storyId: number; hour: Date; views: number }[] = [];
  for (const [i, story] of visible.entries()) {
    const ageDays = (now.getTime() - story.publishedAt.getTime()) / 86_400_000;
    const appeal = 40 / (1 + ageDays / 3) + ((story.id * 37) % 23);
    for (let h = 0; h < 48; h++) {
      const hour = new Date(thisHour - h * 3_600_000);
      if (hour.getTime() + 3_600_000 <= story.publishedAt.getTime()) break;
      const views = Math.round(appeal * (1 + (((i + 1) * (h + 3)) % 7) / 10));
      if (views > 0) rows.push({ storyId: story.id, hour, views });
    }
  }
  if (rows.length > 0) await db.insert(t.storyViews).values(rows);
}

// The path each state took through the workflow, so the history the demo shows is coherent.
const pathTo: Record<t.StoryStatus, { event: string; from: t.StoryStatus | null; to: t.StoryStatus; by: "author" | "bientap" | "thuky" }[]> = {
  draft: [],
  submitted: [{ event: "submit", from: "draft", to: "submitted", by: "author" }],
  in_review: [
    { event: "submit", from: "draft", to: "submitted", by: "author" },
    { event: "claim", from: "submitted", to: "in_review", by: "bientap" },
  ],
  approved: [
    { event: "submit", from: "draft", to: "submitted", by: "author" },
    { event: "claim", from: "submitted", to: "in_review", by: "bientap" },
    { event: "approve", from: "in_review", to: "approved", by: "bientap" },
  ],
  scheduled: [
    { event: "submit", from: "draft", to: "submitted", by: "author" },
    { event: "claim", from: "submitted", to: "in_review", by: "bientap" },
    { event: "approve", from: "in_review", to: "approved", by: "bientap" },
    { event: "schedule", from: "approved", to: "scheduled", by: "thuky" },
  ],
  published: [
    { event: "submit", from: "draft", to: "submitted", by: "author" },
    { event: "claim", from: "submitted", to: "in_review", by: "bientap" },
    { event: "approve", from: "in_review", to: "approved", by: "bientap" },
    { event: "publish", from: "approved", to: "published", by: "thuky" },
  ],
  unpublished: [
    { event: "submit", from: "draft", to: "submitted", by: "author" },
    { event: "claim", from: "submitted", to: "in_review", by: "bientap" },
    { event: "approve", from: "in_review", to: "approved", by: "bientap" },
    { event: "publish", from: "approved", to: "published", by: "thuky" },
    { event: "unpublish", from: "published", to: "unpublished", by: "thuky" },
  ],
};

async function insertStory(db: Database, ids: SeedIds, now: Date, story: SeedStory): Promise<number> {
  const authorId = ids.users.get(story.author)!;
  const pictured = withPhotos(story, ids.photos);
  const body = bodyFromBlocks(pictured.body);
  const coverMediaId = story.cover?.id ?? pictured.cover?.id ?? null;
  const returned = story.status === "draft" && Boolean(story.note);
  const published = story.status === "published" || story.status === "scheduled" || story.status === "unpublished";
  const steps = returned
    ? [...pathTo.in_review, { event: "return", from: "in_review" as const, to: "draft" as const, by: "bientap" as const }]
    : pathTo[story.status];
  // The desk's moves happen before publication, and never in the future (a scheduled story was
  // scheduled already).
  const lastMove = Math.min(story.publishedAt.getTime(), now.getTime() - 60_000);
  const at = (i: number) => new Date(lastMove - (steps.length - i) * 45 * 60_000);
  const version = 1 + steps.length;

  const [row] = await db
    .insert(t.stories)
    .values({
      kind: kindOfSeed(story),
      title: story.title,
      sapo: story.sapo,
      body,
      byline: story.byline,
      ...derivedColumns({ title: story.title, sapo: story.sapo, body, byline: story.byline }),
      sectionId: ids.sections.get(story.section),
      coverMediaId,
      slug: slugify(story.title),
      status: story.status,
      version,
      publishedAt: published ? story.publishedAt : null,
      unpublishedAt: story.status === "unpublished" ? new Date(story.publishedAt.getTime() + 3 * 3_600_000) : null,
      unpublishReason: story.status === "unpublished" ? (story.note ?? null) : null,
      createdById: authorId,
      heldById: story.status === "in_review" ? ids.users.get("bientap") : null,
      // Held as of the seed: a fresh demo shows the desk at work (the hold lapses like any other).
      heldAt: story.status === "in_review" ? now : null,
      createdAt: at(0),
      updatedAt: at(steps.length),
      updatedById: authorId,
    })
    .returning({ id: t.stories.id });
  const storyId = row!.id;
  await db.insert(t.storyAuthors).values({ storyId, userId: authorId });

  for (const [position, name] of story.tags.entries()) {
    const slug = slugify(name);
    let tagId = ids.tags.get(slug);
    if (!tagId) {
      const [tag] = await db.insert(t.tags).values({ slug, name }).returning({ id: t.tags.id });
      tagId = tag!.id;
      ids.tags.set(slug, tagId);
    }
    await db.insert(t.storyTags).values({ storyId, tagId, position });
  }

  for (const [i, step] of steps.entries()) {
    const actorId = step.by === "author" ? authorId : ids.users.get(step.by)!;
    const note = step.event === "return" || step.event === "unpublish" ? (story.note ?? "") : null;
    const [transition] = await db
      .insert(t.storyTransitions)
      .values({ storyId, event: step.event, fromStatus: step.from, toStatus: step.to, note, actorId, version: i + 2, at: at(i + 1) })
      .returning({ id: t.storyTransitions.id });
    if (note && step.event === "return") {
      await db.insert(t.editorialNotes).values({ storyId, authorId: actorId, body: note, transitionId: transition!.id, createdAt: at(i + 1) });
    }
    if (step.event === "approve") {
      await db.insert(t.storyApprovals).values({ storyId, level: 1, userId: actorId, version: i + 2, at: at(i + 1) });
    }
    if (step.event === "publish" || step.event === "schedule") {
      await db.insert(t.storyApprovals).values({ storyId, level: 2, userId: actorId, version: i + 2, at: at(i + 1) });
    }
  }

  if (published) {
    await db.insert(t.storyRevisions).values({
      storyId,
      version,
      kind: story.key === "fixture" ? "import" : "published",
      title: story.title,
      sapo: story.sapo,
      body,
      byline: story.byline,
      sectionId: ids.sections.get(story.section),
      tags: [...story.tags],
      coverMediaId,
      coverCaption: "",
      coverCredit: "",
      seoTitle: "",
      seoDescription: "",
      createdById: authorId,
      createdAt: at(steps.length),
    });
  }
  return storyId;
}

/** Used by scripts and tests to find a demo account's id. */
export async function demoUserId(db: Database, key: (typeof demoAccounts)[number]["key"]): Promise<number> {
  const email = demoAccounts.find((a) => a.key === key)!.email;
  const [row] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email));
  if (!row) throw new Error(`demo account ${email} is missing`);
  return row.id;
}
