import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { media } from "./media";
import { sections } from "./sections";
import { users } from "./users";

export const storyStatuses = ["draft", "submitted", "in_review", "approved", "scheduled", "published", "unpublished"] as const;
export type StoryStatus = (typeof storyStatuses)[number];
export const storyStatusEnum = pgEnum("story_status", storyStatuses);

// The editor's document (Tiptap/ProseMirror JSON). Rendered to HTML on the server through an allowlist.
export type RichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};
export type StoryBody = { type: "doc"; content: RichTextNode[] };

export const stories = pgTable(
  "stories",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull().default(""),
    sapo: text().notNull().default(""),
    body: jsonb().$type<StoryBody>().notNull().default({ type: "doc", content: [] }),
    // Plain text of the body, kept beside the JSON for search, word count and feeds.
    bodyText: text().notNull().default(""),
    byline: text().array().notNull().default(sql`'{}'::text[]`),
    // slugify() of each pen name in the byline: the author pages' key (/tac-gia/<slug>).
    bylineSlugs: text().array().notNull().default(sql`'{}'::text[]`),
    sectionId: integer().references(() => sections.id),
    slug: text().notNull().default(""),
    status: storyStatusEnum().notNull().default("draft"),
    // Bumped on every write; saves carry the version they started from.
    version: integer().notNull().default(1),
    // For scheduled and published stories: readers see the story once this time has passed.
    publishedAt: timestamp({ withTimezone: true }),
    // The public "Cập nhật" time: set by corrections, not by routine saves.
    revisedAt: timestamp({ withTimezone: true }),
    unpublishedAt: timestamp({ withTimezone: true }),
    unpublishReason: text(),
    coverMediaId: integer().references(() => media.id),
    coverCaption: text().notNull().default(""),
    coverCredit: text().notNull().default(""),
    seoTitle: text().notNull().default(""),
    seoDescription: text().notNull().default(""),
    wordCount: integer().notNull().default(0),
    // Which version of lib/stories/derived.ts computed the derived columns; older rows are
    // recomputed at start, so adding a derived column needs no hand-written backfill.
    derivedVersion: integer().notNull().default(0),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    // The editor who holds the story in review (Nhận bài), kept alive by a heartbeat.
    heldById: integer().references(() => users.id),
    heldAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedById: integer().references(() => users.id),
  },
  (t) => [
    index("stories_status_published_at_idx").on(t.status, t.publishedAt),
    index("stories_section_published_at_idx").on(t.sectionId, t.publishedAt),
    index("stories_created_by_idx").on(t.createdById, t.updatedAt),
    index("stories_byline_slugs_idx").using("gin", t.bylineSlugs),
  ],
);
export type Story = typeof stories.$inferSelect;

// The accounts credited with a story (the byline's pen names may differ).
export const storyAuthors = pgTable(
  "story_authors",
  {
    storyId: integer()
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.userId] }), index("story_authors_user_idx").on(t.userId)],
);

export const tags = pgTable("tags", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type Tag = typeof tags.$inferSelect;

export const storyTags = pgTable(
  "story_tags",
  {
    storyId: integer()
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    tagId: integer()
      .notNull()
      .references(() => tags.id),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.tagId] }), index("story_tags_tag_idx").on(t.tagId)],
);

// Slugs a story was published under before; their URLs answer 301 to the current one.
export const storySlugs = pgTable(
  "story_slugs",
  {
    storyId: integer()
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    slug: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.slug] })],
);

export type RevisionKind = "save" | "published" | "correction" | "takeover" | "restore" | "import";

// A whole copy of the story at one moment. Published revisions are never changed (Luật Báo chí).
export const storyRevisions = pgTable(
  "story_revisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    storyId: integer()
      .notNull()
      .references(() => stories.id),
    version: integer().notNull(),
    kind: text().$type<RevisionKind>().notNull(),
    title: text().notNull(),
    sapo: text().notNull(),
    body: jsonb().$type<StoryBody>().notNull(),
    byline: text().array().notNull(),
    sectionId: integer().references(() => sections.id),
    tags: text().array().notNull(),
    coverMediaId: integer().references(() => media.id),
    coverCaption: text().notNull(),
    coverCredit: text().notNull(),
    seoTitle: text().notNull(),
    seoDescription: text().notNull(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("story_revisions_story_idx").on(t.storyId, t.createdAt)],
);
export type StoryRevision = typeof storyRevisions.$inferSelect;

// A public correction notice ("Thông tin cải chính"): which story, what was wrong, what is right.
export const storyCorrections = pgTable(
  "story_corrections",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    storyId: integer()
      .notNull()
      .references(() => stories.id),
    revisionId: integer().references(() => storyRevisions.id),
    wrong: text().notNull(),
    right: text().notNull(),
    note: text().notNull().default(""),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("story_corrections_story_idx").on(t.storyId), index("story_corrections_created_at_idx").on(t.createdAt)],
);

// Who approved at each level (the editor-in-chief answers for what is published).
export const storyApprovals = pgTable(
  "story_approvals",
  {
    storyId: integer()
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    level: integer().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    version: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("story_approvals_story_level_key").on(t.storyId, t.level)],
);
