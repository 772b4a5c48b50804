// Seeding: the base data every paper starts with (sections), and the demo newsroom (one account
// per role, the fixture story and a few dozen stories in every state of the workflow).
import fs from "node:fs";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { count, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { defaultSettings } from "@/lib/settings/settings";
import { hashPassword } from "@/lib/auth/password";
import { parseStory } from "@/lib/importer/parse-story";
import { importedBody, importedByline } from "@/lib/importer/story-body";
import { bodyFromBlocks, type BodyBlock } from "@/lib/stories/body";
import { derivedColumns } from "@/lib/stories/derived";
import { vnDateToUtc } from "@/lib/text/dateline";
import { slugify } from "@/lib/text/slug";
import { demoStories, type DemoStory } from "./demo-stories";
import { baseSections } from "./sections";

export const demoPassword = "toasoan-demo";

export const demoAccounts = [
  { key: "phongvien", email: "phongvien@toasoan.test", name: "Lê Phương Dung", penName: "PHƯƠNG DUNG", role: "reporter" },
  { key: "bientap", email: "bientap@toasoan.test", name: "Trần Minh Đức", penName: "MINH ĐỨC", role: "editor" },
  { key: "thuky", email: "thuky@toasoan.test", name: "Hoàng Thu Hà", penName: "THU HÀ", role: "chief_editor" },
  { key: "quantri", email: "quantri@toasoan.test", name: "Vi Văn Quân", penName: "VĂN QUÂN", role: "admin" },
] as const satisfies readonly { key: string; email: string; name: string; penName: string; role: t.Role }[];

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

/** The demo newsroom. Runs in one transaction: a half-seeded database never survives a crash. */
export async function seedDemo(db: Database, now = new Date()): Promise<void> {
  await seedBase(db);
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const userIds = new Map<string, number>();
    for (const account of demoAccounts) {
      const [row] = await tx
        .insert(t.users)
        .values({ email: account.email, name: account.name, penName: account.penName, role: account.role, passwordHash })
        .returning({ id: t.users.id });
      userIds.set(account.key, row!.id);
    }
    const sectionIds = new Map((await tx.select({ id: t.sections.id, slug: t.sections.slug }).from(t.sections)).map((s) => [s.slug, s.id]));
    const tagIds = new Map<string, number>();
    const ids = { users: userIds, sections: sectionIds, tags: tagIds };

    const fixture = parseStory(fs.readFileSync(fixturePath, "utf8"));
    const [year, month, day] = (fixture.date ?? "2022-07-04").split("-").map(Number) as [number, number, number];
    await insertStory(tx, ids, now, {
      key: "fixture",
      section: "chinh-tri",
      status: "published",
      author: "phongvien",
      publishedAt: vnDateToUtc({ year, month, day }, 8, 30),
      title: fixture.title,
      sapo: fixture.sapo,
      body: importedBody(fixture),
      byline: importedByline(fixture),
      tags: ["Xây dựng Đảng", "Công tác tổ chức"],
    });

    for (const story of demoStories) {
      const day = new Date(now.getTime() - story.daysAgo * 86_400_000);
      const local = new TZDate(day, defaultSettings.timeZone); // the demo paper's calendar day
      const publishedAt = vnDateToUtc(
        { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() },
        story.hour,
        (story.key.length * 7) % 60,
      );
      await insertStory(tx, ids, now, { ...story, publishedAt: story.daysAgo === 0 && publishedAt > now ? new Date(now.getTime() - 3_600_000) : publishedAt });
    }
    await recordAudit(tx, { actorId: null, action: "seed.demo", entityType: "system", data: { stories: demoStories.length + 1 } });
  });
}

type SeedStory = Omit<DemoStory, "daysAgo" | "hour" | "body"> & { publishedAt: Date; body: readonly BodyBlock[] };
type SeedIds = { users: Map<string, number>; sections: Map<string, number>; tags: Map<string, number> };

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

async function insertStory(db: Database, ids: SeedIds, now: Date, story: SeedStory): Promise<void> {
  const authorId = ids.users.get(story.author)!;
  const body = bodyFromBlocks(story.body);
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
      title: story.title,
      sapo: story.sapo,
      body,
      byline: story.byline,
      ...derivedColumns({ title: story.title, sapo: story.sapo, body, byline: story.byline }),
      sectionId: ids.sections.get(story.section),
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
      coverCaption: "",
      coverCredit: "",
      seoTitle: "",
      seoDescription: "",
      createdById: authorId,
      createdAt: at(steps.length),
    });
  }
}

/** Used by scripts and tests to find a demo account's id. */
export async function demoUserId(db: Database, key: (typeof demoAccounts)[number]["key"]): Promise<number> {
  const email = demoAccounts.find((a) => a.key === key)!.email;
  const [row] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email));
  if (!row) throw new Error(`demo account ${email} is missing`);
  return row.id;
}
