// Test data factories: people, sections and stories in any workflow state, written as the commands
// would have left them (authors, hold, trail, approvals, publication events, the published
// revision), so a test arranges its data in a line and stays true to the schema and the workflow.
// Tests only: the app never imports this module.
// (One exception, for tests too: the e2e suite's factory route, app/api/test/factory, which answers
// only while E2E_FACTORY_TOKEN is set; see lib/env.ts.)
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  assignments,
  deskMembers,
  desks,
  proposals,
  publicationEvents,
  sections,
  stories,
  storyApprovals,
  storyAuthors,
  storyTransitions,
  users,
  type Assignment,
  type Desk,
  type Proposal,
  type Role,
  type Section,
  type Story,
  type StoryStatus,
} from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { keepRevision } from "@/lib/revisions/record";
import { bodyFromBlocks } from "@/lib/stories/body";
import { setTags } from "@/lib/stories/commands";
import { derivedColumns } from "@/lib/stories/derived";
import type { StoryFields } from "@/lib/stories/schemas";
import { formatDateline } from "@/lib/text/dateline";
import { slugify } from "@/lib/text/slug";
import { findTransition, type WorkflowEvent } from "@/lib/workflow/transitions";

// Vitest gives each test file its own module, and each file its own database: a counter per
// module keeps e-mails, section slugs and default titles unique.
let counter = 0;
const next = () => ++counter;

const personNames = ["Nguyễn Thị Mai", "Trần Văn Hùng", "Lê Thị Hồng", "Phạm Quốc Bảo", "Hoàng Minh Tuấn", "Vũ Thị Lan", "Đặng Văn Khoa", "Bùi Thị Thảo"];
const sectionNames = ["Thời sự", "Kinh tế", "Văn hóa", "Xã hội", "Du lịch", "Giáo dục", "Pháp luật", "Thể thao"];

export type PersonOverrides = Partial<Omit<typeof users.$inferInsert, "id" | "role">>;

/** An active account of this role, without a password unless a hash is given; returns the Actor commands take. */
export async function makePerson(db: Database, role: Role, overrides: PersonOverrides = {}): Promise<Actor> {
  const n = next();
  const name = overrides.name ?? personNames[n % personNames.length]!;
  // As createUser does: the pen name defaults to the name in capitals.
  const penName = overrides.penName ?? name.toLocaleUpperCase("vi");
  const [row] = await db
    .insert(users)
    .values({ email: `${role.replace("_", "-")}-${n}@toasoan.test`, ...overrides, name, penName, role })
    .returning();
  return { id: row!.id, role, name: row!.name, penName: row!.penName };
}

export type SectionOverrides = Partial<Omit<typeof sections.$inferInsert, "id">>;

/** A visible section; the slug follows the name, as createSection derives it, and the default name is unique. */
export async function makeSection(db: Database, overrides: SectionOverrides = {}): Promise<Section> {
  const n = next();
  const name = overrides.name ?? `${sectionNames[n % sectionNames.length]} ${n}`;
  const [row] = await db
    .insert(sections)
    .values({ slug: slugify(name), ...overrides, name })
    .returning();
  return row!;
}

export type MakeDeskOptions = { name?: string; sectionIds?: readonly number[]; members?: readonly { userId: number; head?: boolean }[] };

/** A desk (ban) owning these sections, with these members (heads where `head`). */
export async function makeDesk(db: Database, { name, sectionIds = [], members = [] }: MakeDeskOptions = {}): Promise<Desk> {
  const n = next();
  const [desk] = await db
    .insert(desks)
    .values({ name: name ?? `Ban ${sectionNames[n % sectionNames.length]} ${n}`, position: n })
    .returning();
  for (const id of sectionIds) await db.update(sections).set({ deskId: desk!.id }).where(eq(sections.id, id));
  if (members.length) await db.insert(deskMembers).values(members.map((m) => ({ deskId: desk!.id, userId: m.userId, head: m.head ?? false })));
  return desk!;
}

export type MakeProposalOptions = Partial<Omit<typeof proposals.$inferInsert, "id" | "proposedById">> & { proposedBy: Someone };

/** A proposal (đề xuất đề tài), pending unless a status is given. */
export async function makeProposal(db: Database, { proposedBy, ...overrides }: MakeProposalOptions): Promise<Proposal> {
  const n = next();
  const [row] = await db
    .insert(proposals)
    .values({ title: `Đề tài thử ${n}`, ...overrides, proposedById: proposedBy.id })
    .returning();
  return row!;
}

export type MakeAssignmentOptions = Partial<Omit<typeof assignments.$inferInsert, "id" | "assigneeId" | "assignedById">> & {
  assignee: Someone;
  assignedBy: Someone;
};

/** An assignment (giao việc), offered unless a status is given; due in a day unless a deadline is given. */
export async function makeAssignment(db: Database, { assignee, assignedBy, ...overrides }: MakeAssignmentOptions): Promise<Assignment> {
  const n = next();
  const [row] = await db
    .insert(assignments)
    .values({
      title: `Việc thử ${n}`,
      deadline: new Date(Date.now() + 24 * 3600_000),
      ...overrides,
      assigneeId: assignee.id,
      assignedById: assignedBy.id,
    })
    .returning();
  return row!;
}

/** Whoever a story passed through: only the account's id is needed (an Actor, a user row). */
type Someone = Pick<Actor, "id">;

export type MakeStoryOptions = Partial<StoryFields> & {
  /** The state to leave the story in; default a draft. */
  status?: StoryStatus;
  /** Writes the story and is credited with it; default a new reporter. */
  author?: Pick<Actor, "id" | "penName">;
  /** Shorthand for sectionId. Default: none for a draft, a new section otherwise (submitting needs one). */
  section?: Pick<Section, "id"> | null;
  /** Holds a story in review; default the desk member who claimed it, null for a lapsed or released hold. */
  holder?: Someone | null;
  /** Claimed and approved the story; default the holder, else the database's stand-in editor. */
  desk?: Someone;
  /** Scheduled, published or took it down; default the database's stand-in chief editor. */
  chief?: Someone;
  /** Default: slugify(title), as a draft's save derives it. */
  slug?: string;
  /** Default: in an hour when scheduled, an hour ago when published or taken down, none otherwise. Any state takes one. */
  publishedAt?: Date | null;
  /** The public "Cập nhật" time a correction leaves (the correction itself is not written). */
  revisedAt?: Date | null;
  /** false writes only the row, its author and tags, for a test that writes the trail itself. */
  history?: boolean;
};

// The path a story takes to each state; findTransition checks every step against the workflow table.
const pathTo: Record<StoryStatus, readonly WorkflowEvent[]> = {
  draft: [],
  submitted: ["submit"],
  in_review: ["submit", "claim"],
  approved: ["submit", "claim", "approve"],
  scheduled: ["submit", "claim", "approve", "schedule"],
  published: ["submit", "claim", "approve", "publish"],
  unpublished: ["submit", "claim", "approve", "publish", "unpublish"],
};

const MINUTE = 60_000;
const takeDownReason = "Thông tin chưa được kiểm chứng.";

// The desk a story went through when the test named nobody: one editor and one chief editor per
// database, so stories made without them do not fill the newsroom with strangers.
const standIns = new WeakMap<Database, Partial<Record<Role, Actor>>>();
async function standIn(db: Database, role: "editor" | "chief_editor"): Promise<Actor> {
  const known = standIns.get(db) ?? {};
  standIns.set(db, known);
  return (known[role] ??= await makePerson(db, role));
}

/**
 * A story in any workflow state, with the rows the commands write on the way there: its author,
 * one transition per move (the version rising with each), the desk's approval and the chief's
 * (two levels, the default setting), the hold in review, the publication event (pending while
 * scheduled, handled once published) and the published revision. No notifications are written.
 * As in the demo seed, the author is the last to have edited the text.
 */
export async function makeStory(db: Database, options: MakeStoryOptions = {}): Promise<Story> {
  const {
    status = "draft",
    history = true,
    author: givenAuthor,
    section,
    holder: givenHolder,
    desk: givenDesk,
    chief: givenChief,
    slug,
    publishedAt: givenPublishedAt,
    revisedAt = null,
    ...fields
  } = options;
  if (givenHolder && status !== "in_review") throw new Error(`makeStory: only a story in review is held, not one ${status}.`);
  const n = next();
  const events = history ? pathTo[status] : [];
  const author = givenAuthor ?? (await makePerson(db, "reporter"));
  const needsDesk = events.includes("claim") || (status === "in_review" && givenHolder === undefined);
  const desk = givenDesk ?? givenHolder ?? (needsDesk ? await standIn(db, "editor") : null);
  const holder = status !== "in_review" ? null : givenHolder === undefined ? desk : givenHolder;
  const chief = givenChief ?? (events.includes("schedule") || events.includes("publish") ? await standIn(db, "chief_editor") : null);
  const sectionId =
    section !== undefined ? (section?.id ?? null) : fields.sectionId !== undefined ? fields.sectionId : status === "draft" ? null : (await makeSection(db)).id;

  const now = Date.now();
  const publishedAt =
    givenPublishedAt !== undefined
      ? givenPublishedAt
      : status === "scheduled"
        ? new Date(now + 60 * MINUTE)
        : status === "published" || status === "unpublished"
          ? new Date(now - 60 * MINUTE)
          : null;
  // The desk's moves end at the publication, never in the future, ten minutes apart; a take-down is now.
  const publicState = status === "scheduled" || status === "published" || status === "unpublished";
  const anchor = publicState && publishedAt ? Math.min(publishedAt.getTime(), now) : now;
  const moves = events.filter((e) => e !== "unpublish").length;
  const at = (i: number) => new Date(events[i] === "unpublish" ? now : anchor - (moves - 1 - i) * 10 * MINUTE);

  const text = {
    title: fields.title ?? `Bài viết số ${n}`,
    sapo: fields.sapo ?? `Sapo của bài viết số ${n}.`,
    body: fields.body ?? bodyFromBlocks([{ type: "paragraph", text: `Nội dung bài viết số ${n}.` }]),
    byline: fields.byline ?? [author.penName],
  };

  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(stories)
      .values({
        kind: fields.kind ?? "article",
        ...text,
        ...derivedColumns(text),
        sectionId,
        slug: slug ?? slugify(text.title),
        status,
        version: 1 + events.length,
        publishedAt,
        revisedAt,
        unpublishedAt: status === "unpublished" ? new Date(now) : null,
        unpublishReason: status === "unpublished" ? takeDownReason : null,
        coverMediaId: fields.coverMediaId ?? null,
        coverCaption: fields.coverCaption ?? "",
        coverCredit: fields.coverCredit ?? "",
        seoTitle: fields.seoTitle ?? "",
        seoDescription: fields.seoDescription ?? "",
        createdById: author.id,
        updatedById: author.id,
        textUpdatedById: author.id,
        heldById: holder?.id ?? null,
        heldAt: holder ? new Date(now) : null,
        createdAt: events.length ? new Date(at(0).getTime() - 10 * MINUTE) : new Date(now),
        updatedAt: events.length ? at(events.length - 1) : new Date(now),
      })
      .returning();
    const story = row!;
    await tx.insert(storyAuthors).values({ storyId: story.id, userId: author.id });
    await setTags(tx, story.id, fields.tags ?? []);

    let from: StoryStatus = "draft";
    for (const [i, event] of events.entries()) {
      const move = findTransition(event, from);
      if (!move) throw new Error(`makeStory: the workflow has no ${event} from ${from}.`);
      const actor = event === "submit" ? author : event === "claim" || event === "approve" ? desk! : chief!;
      const version = i + 2;
      const when = at(i);
      const note =
        event === "schedule" ? `Xuất bản lúc ${formatDateline(publishedAt ?? when, { withTime: true })}` : event === "unpublish" ? takeDownReason : null;
      await tx.insert(storyTransitions).values({ storyId: story.id, event, fromStatus: from, toStatus: move.to, note, actorId: actor.id, version, at: when });
      if (event === "approve") await tx.insert(storyApprovals).values({ storyId: story.id, level: 1, userId: actor.id, version, at: when });
      if (event === "schedule" || event === "publish") {
        // The chief's decision is the last of the two approval levels.
        await tx.insert(storyApprovals).values({ storyId: story.id, level: 2, userId: actor.id, version, at: when });
        await tx
          .insert(publicationEvents)
          .values({ storyId: story.id, kind: "published", version, dueAt: publishedAt ?? when, handledAt: event === "publish" ? when : null });
      }
      // The copies the workflow keeps: as sent, as approved, as published (lib/workflow/commands.ts).
      const copy = event === "submit" ? "submitted" : event === "approve" ? "approved" : event === "publish" ? "published" : null;
      if (copy) await keepRevision(tx, { ...story, version, updatedById: actor.id, updatedAt: when }, copy);
      if (event === "unpublish") await tx.insert(publicationEvents).values({ storyId: story.id, kind: "unpublished", version, dueAt: when, handledAt: when });
      from = move.to;
    }
    return story;
  });
}
