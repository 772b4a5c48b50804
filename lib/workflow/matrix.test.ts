// The full permission matrix: every workflow action × every kind of person × every state, run as
// real commands against a real database. The expected table is written out by hand from
// DESIGN.md (not derived from the policy), and every refusal must leave the story untouched.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { stories, type Role, type StoryStatus } from "@/db/schema";
import type { CommandResult } from "@/lib/actions/command";
import type { Actor } from "@/lib/policy/policy";
import { bodyFromBlocks } from "@/lib/stories/body";
import { saveStory } from "@/lib/stories/commands";
import { kindChoices, kindRules } from "@/lib/stories/kinds";
import { emptyStoryFields, type StoryFields } from "@/lib/stories/schemas";
import * as workflow from "./commands";

let handle: DatabaseHandle;
let sectionId: number;

const kinds = ["author", "otherReporter", "holder", "editor", "chief", "admin"] as const;
type Kind = (typeof kinds)[number];
const roleOf: Record<Kind, Role> = { author: "reporter", otherReporter: "reporter", holder: "editor", editor: "editor", chief: "chief_editor", admin: "admin" };
const people = {} as Record<Kind, Actor>;

const states: StoryStatus[] = ["draft", "submitted", "in_review", "approved", "scheduled", "published", "unpublished"];

const fields = (): StoryFields => ({
  ...emptyStoryFields("THU HÀ"),
  title: "Lạng Sơn đẩy mạnh xây dựng Đảng ở cơ sở",
  sapo: "– Sáng nay, Tỉnh ủy tổ chức hội nghị.",
  body: bodyFromBlocks([{ type: "paragraph", text: "Hội nghị đánh giá công tác tổ chức xây dựng Đảng." }]),
  sectionId,
});

type Run = (id: number, version: number) => Promise<CommandResult<unknown>>;
const future = () => new Date(Date.now() + 3_600_000).toISOString();
const db = () => handle.db;

const actions: Record<string, (actor: Actor) => Run> = {
  edit: (a) => (id, version) => saveStory(db(), a, { id, baseVersion: version, fields: fields() }),
  submit: (a) => (id, version) => workflow.submitStory(db(), a, { id, version }),
  withdraw: (a) => (id, version) => workflow.withdrawStory(db(), a, { id, version }),
  claim: (a) => (id, version) => workflow.claimStory(db(), a, { id, version }),
  release: (a) => (id) => workflow.releaseStory(db(), a, { id }),
  takeover: (a) => (id) => workflow.takeOverStory(db(), a, { id }),
  return: (a) => (id, version) => workflow.returnStory(db(), a, { id, version, note: "Cần bổ sung số liệu của Sở." }),
  approve: (a) => (id, version) => workflow.approveStory(db(), a, { id, version }),
  schedule: (a) => (id, version) => workflow.scheduleStory(db(), a, { id, version, publishAt: future() }),
  reschedule: (a) => (id, version) => workflow.rescheduleStory(db(), a, { id, version, publishAt: future() }),
  unschedule: (a) => (id, version) => workflow.unscheduleStory(db(), a, { id, version }),
  publish: (a) => (id, version) => workflow.publishStory(db(), a, { id, version }),
  unpublish: (a) => (id, version) => workflow.unpublishStory(db(), a, { id, version, reason: "Thông tin chưa được kiểm chứng." }),
  republish: (a) => (id, version) => workflow.republishStory(db(), a, { id, version }),
  correct: (a) => (id, version) => workflow.correctStory(db(), a, { id, baseVersion: version, fields: fields(), notice: null }),
};

// Who may do what, state by state (DESIGN.md): anything not listed is refused.
const allowed: Record<StoryStatus, Partial<Record<keyof typeof actions, Kind[]>>> = {
  draft: { edit: ["author"], submit: ["author"] },
  submitted: { withdraw: ["author"], claim: ["holder", "editor", "chief"], return: ["holder", "editor", "chief"] },
  in_review: { edit: ["holder"], approve: ["holder"], release: ["holder"], return: ["holder", "chief"], takeover: ["editor", "chief"] },
  approved: { edit: ["chief"], return: ["holder", "editor", "chief"], schedule: ["chief"], publish: ["chief"] },
  scheduled: { edit: ["chief"], unschedule: ["chief"], reschedule: ["chief"], publish: ["chief"] },
  published: { unpublish: ["chief"], correct: ["chief"] },
  unpublished: { republish: ["chief"] },
};

/** A story in the given state, written by the author; in review it is held by the holder, who claimed and approved it. */
async function storyIn(status: StoryStatus): Promise<{ id: number; version: number }> {
  return makeStory(db(), {
    ...fields(),
    status,
    author: people.author,
    holder: status === "in_review" ? people.holder : null,
    desk: people.holder,
    chief: people.chief,
  });
}

beforeAll(async () => {
  handle = await openTestDatabase();
  for (const kind of kinds) people[kind] = await makePerson(handle.db, roleOf[kind]);
  ({ id: sectionId } = await makeSection(handle.db, { slug: "chinh-tri", name: "Chính trị" }));
});
afterAll(async () => handle?.close());

describe.each(states)("a story in state %s", (status) => {
  const cases = Object.keys(actions).flatMap((action) => kinds.map((kind) => ({ action, kind, expected: allowed[status][action]?.includes(kind) ?? false })));
  it.each(cases)("$action by $kind → allowed: $expected", async ({ action, kind, expected }) => {
    const story = await storyIn(status);
    const [before] = await db().select().from(stories).where(eq(stories.id, story.id));
    const result = await actions[action]!(people[kind])(story.id, story.version);
    if (result.ok !== expected) throw new Error(`${action} by ${kind} on ${status}: expected ${expected}, got ${JSON.stringify(result)}`);
    const [after] = await db().select().from(stories).where(eq(stories.id, story.id));
    if (!expected) {
      // A refusal speaks Vietnamese and changes nothing.
      expect(result.ok ? "" : result.error).toMatch(/[àáảãạăâđêôơưÀ-ỹ]/);
      expect(after).toEqual(before);
    } else {
      expect(after!.version).toBeGreaterThanOrEqual(before!.version);
    }
  });
});

// What submission requires depends on the story's kind (lib/stories/kinds.ts): a notice (Thông báo)
// needs no sapo, an article (Tin / Bài) does. Every kind × with and without a sapo, submitted by
// its author; a refusal names the missing fields in details.missing and changes nothing. A text
// without media lacks what a multimedia kind needs too ("kind": lib/stories/kind-checks.test.ts).
describe.each(kindChoices)("submitting a story of kind %s", (kind) => {
  const media = Object.keys(kindRules[kind].needs).length ? ["kind"] : [];
  const sapo = kindRules[kind].sapo === "required" ? ["sapo"] : [];
  const cases = [
    { sapo: "– Sáng nay, Tỉnh ủy tổ chức hội nghị.", missing: media },
    { sapo: "", missing: [...sapo, ...media] },
    { sapo: "   ", missing: [...sapo, ...media] },
  ];
  it.each(cases)("with sapo $sapo → missing $missing", async ({ sapo, missing }) => {
    const story = await makeStory(db(), { ...fields(), kind, sapo, status: "draft", author: people.author });
    const [before] = await db().select().from(stories).where(eq(stories.id, story.id));
    const result = await workflow.submitStory(db(), people.author, { id: story.id, version: story.version });
    const [after] = await db().select().from(stories).where(eq(stories.id, story.id));
    if (missing.length === 0) {
      expect(result).toMatchObject({ ok: true, data: { status: "submitted" } });
      expect(after!.status).toBe("submitted");
    } else {
      expect(result).toMatchObject({ ok: false, code: "incomplete", details: { missing } });
      if (missing.includes("sapo")) expect(result.ok ? "" : result.error).toContain("Sapo");
      expect(after).toEqual(before);
    }
  });
});

// The kind changes through a save until publication, by whoever may edit the story then; from
// publication on, not even a correction changes it.
describe.each(states.filter((s) => s !== "unpublished"))("changing the kind of a story in state %s", (status) => {
  const editor: Record<StoryStatus, Kind> = {
    draft: "author",
    submitted: "author",
    in_review: "holder",
    approved: "chief",
    scheduled: "chief",
    published: "chief",
    unpublished: "chief",
  };
  it(`by ${editor[status]}`, async () => {
    const story = await storyIn(status);
    const actor = people[editor[status]];
    const changed = { ...fields(), kind: "notice" as const };
    const result =
      status === "published"
        ? await workflow.correctStory(db(), actor, { id: story.id, baseVersion: story.version, fields: changed, notice: null })
        : await saveStory(db(), actor, { id: story.id, baseVersion: story.version, fields: changed });
    const [after] = await db().select().from(stories).where(eq(stories.id, story.id));
    if (status === "submitted") {
      // Nobody edits a story waiting for the desk (the matrix above): the kind is no exception.
      expect(result.ok).toBe(false);
      expect(after!.kind).toBe("article");
    } else if (status === "published") {
      expect(result).toMatchObject({ ok: false, code: "invalid_state", details: { field: "kind" } });
      expect(after!.kind).toBe("article");
    } else {
      expect(result.ok).toBe(true);
      expect(after!.kind).toBe("notice");
    }
  });
});
