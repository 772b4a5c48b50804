// The policy matrix with a desk dimension (issue 14): every role × story status × story verb ×
// who the actor is to the story (author, holder, neither) × the story's section (the actor's desk's,
// another desk's, none), against a frozen copy of the story rules as they were before desks:
//   (a) on a paper without desks (desks absent, or empty) every answer is exactly today's;
//   (b) an editor on a desk is refused claim, approve, return, takeover and edit-in-review outside
//       their desks' sections and allowed inside as before; reading and notes do not change;
//   (c) the chief editor, and reporters, answer as before whatever their desks;
//   (d) a story with no section is acted on only by paper-wide people.
// Then canPlan: who leads a desk's plan (heads, the chief editor, editors on no desk) against a table,
// and one claim through the real workflow command on the database.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeDesk, makePerson, makeSection, makeStory } from "@/db/factories";
import { roles, stories, storyStatuses, storyTransitions, type Role, type StoryStatus } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { deskReachOf } from "@/lib/desks/reach";
import { claimStory } from "@/lib/workflow/commands";
import { findTransition, type WorkflowEvent } from "@/lib/workflow/transitions";
import { can, canPlan, planActions, storyActions, type Actor, type DeskReach, type PlanAction, type StoryAction, type StoryScope } from "./policy";

// ——— The story rules before desks (commit e92c7b4), frozen: the reference for "behaves exactly as now" ———
function before(actor: Actor, action: StoryAction, story: StoryScope): boolean {
  const { role } = actor;
  if (role === "admin") return false;
  const own = story.createdById === actor.id || story.authorIds.includes(actor.id);
  const onDesk = role === "editor" || role === "chief_editor";
  const holds = story.heldById === actor.id;
  switch (action) {
    case "story.view":
    case "story.note":
      return own || (onDesk && story.status !== "draft");
    case "story.edit":
      if (story.status === "draft") return own;
      if (story.status === "in_review") return onDesk && holds;
      if (story.status === "approved" || story.status === "scheduled") return role === "chief_editor";
      return false;
    case "story.correct":
      return role === "chief_editor" && story.status === "published";
    case "story.takeover":
      return onDesk && story.status === "in_review" && !holds;
    default: {
      const event = action.slice("story.".length) as WorkflowEvent;
      const transition = findTransition(event, story.status);
      if (!transition || !transition.roles.includes(role)) return false;
      if (event === "submit" || event === "withdraw") return own;
      if (event === "approve") return holds;
      if (event === "return") return story.status !== "in_review" || holds || role === "chief_editor";
      return true;
    }
  }
}

const ME = 10;
const OTHER = 20;
const deskSection = 11;
const otherSection = 22;
type Relation = "author" | "holder" | "neither";
const relations: readonly Relation[] = ["author", "holder", "neither"];
const sectionsTried = [deskSection, otherSection, null] as const;

function scope(status: StoryStatus, relation: Relation, sectionId: number | null): StoryScope {
  return {
    status,
    createdById: relation === "author" ? ME : OTHER,
    authorIds: relation === "author" ? [ME] : [OTHER],
    heldById: status === "in_review" ? (relation === "holder" ? ME : OTHER + 1) : null,
    sectionId,
  };
}

const person = (role: Role, desks?: DeskReach): Actor => ({ id: ME, role, name: role, penName: role.toUpperCase(), ...(desks ? { desks } : {}) });
const onDesk: DeskReach = { memberOf: [1], headOf: [], sectionIds: [deskSection] };
const headOfDesk: DeskReach = { memberOf: [1], headOf: [1], sectionIds: [deskSection] };

/** The verbs a desk scopes: acting on a story in review or before it, not reading it. */
const scoped = (action: StoryAction, status: StoryStatus) =>
  action === "story.claim" ||
  action === "story.approve" ||
  action === "story.return" ||
  action === "story.takeover" ||
  (action === "story.edit" && status === "in_review");

/** Every cell where `answer` differs from `expected`, named. */
function mismatches(answer: (s: StoryScope, a: StoryAction) => boolean, expected: (s: StoryScope, a: StoryAction) => boolean): string[] {
  const wrong: string[] = [];
  for (const status of storyStatuses)
    for (const action of storyActions)
      for (const relation of relations)
        for (const sectionId of sectionsTried) {
          const s = scope(status, relation, sectionId);
          const got = answer(s, action);
          if (got !== expected(s, action)) wrong.push(`${action} on ${status}, ${relation}, section ${sectionId}: ${got ? "allowed" : "refused"}`);
        }
  return wrong;
}

describe("the story matrix with desks", () => {
  it("the frozen rules are not trivial (the comparison can fail)", () => {
    const allowed = storyStatuses.flatMap((status) => storyActions.filter((a) => before(person("editor"), a, scope(status, "holder", deskSection))));
    expect(allowed).toContain("story.approve");
    expect(before(person("reporter"), "story.approve", scope("in_review", "holder", deskSection))).toBe(false);
  });

  describe.each(roles)("(a) a paper without desks: %s", (role) => {
    it("answers exactly as before desks, with desks absent or empty", () => {
      for (const desks of [undefined, { memberOf: [], headOf: [], sectionIds: [] }]) {
        const actor = person(role, desks);
        expect(
          mismatches(
            (s, a) => can(actor, a, s),
            (s, a) => before(actor, a, s),
          ),
        ).toEqual([]);
      }
    });
  });

  it("(b) an editor on a desk: the acting verbs only within their desks' sections, the rest as before", () => {
    for (const desks of [onDesk, headOfDesk]) {
      const actor = person("editor", desks);
      expect(
        mismatches(
          (s, a) => can(actor, a, s),
          (s, a) => before(actor, a, s) && (!scoped(a, s.status) || s.sectionId === deskSection),
        ),
      ).toEqual([]);
    }
    // Spelled out for the five verbs, on another desk's section and inside their own.
    const editor = person("editor", onDesk);
    const cases: [StoryAction, StoryStatus, Relation][] = [
      ["story.claim", "submitted", "neither"],
      ["story.approve", "in_review", "holder"],
      ["story.return", "submitted", "neither"],
      ["story.takeover", "in_review", "neither"],
      ["story.edit", "in_review", "holder"],
    ];
    for (const [action, status, relation] of cases) {
      expect(can(editor, action, scope(status, relation, otherSection)), `${action} outside`).toBe(false);
      expect(can(editor, action, scope(status, relation, deskSection)), `${action} inside`).toBe(true);
      expect(can(editor, "story.view", scope(status, relation, otherSection)), `reading ${status} outside`).toBe(true);
    }
  });

  it("(c) the chief editor and reporters answer as before, on desks or not", () => {
    for (const role of ["chief_editor", "reporter", "admin"] as const)
      for (const desks of [onDesk, headOfDesk]) {
        const actor = person(role, desks);
        expect(
          mismatches(
            (s, a) => can(actor, a, s),
            (s, a) => before(actor, a, s),
          ),
          `${role}`,
        ).toEqual([]);
      }
  });

  it("(d) a story with no section: a desk editor acts on none of it, paper-wide people as before", () => {
    const desk = person("editor", onDesk);
    for (const status of storyStatuses)
      for (const action of storyActions) {
        const s = scope(status, status === "in_review" ? "holder" : "neither", null);
        if (scoped(action, status)) expect(can(desk, action, s), `${action} ${status}`).toBe(false);
        for (const paperWide of [person("editor"), person("chief_editor", onDesk)]) expect(can(paperWide, action, s)).toBe(before(paperWide, action, s));
      }
  });
});

describe("canPlan with desks", () => {
  const who = {
    chief: person("chief_editor"),
    chiefOnDesk: person("chief_editor", onDesk),
    head: person("editor", headOfDesk),
    reporterHead: person("reporter", headOfDesk),
    member: person("editor", onDesk),
    reporterMember: person("reporter", onDesk),
    editorNoDesk: person("editor"),
    reporter: person("reporter"),
    admin: person("admin"),
  } as const;
  type Who = keyof typeof who;
  const leads: Record<Who, readonly (number | null)[]> = {
    chief: [1, 2, null],
    chiefOnDesk: [1, 2, null],
    head: [1],
    reporterHead: [1],
    member: [],
    reporterMember: [],
    editorNoDesk: [1, 2, null],
    reporter: [],
    admin: [],
  };
  const newsroom = (w: Who) => w !== "admin";

  function expected(w: Who, action: PlanAction, deskId: number | null, owner: boolean, assigner: boolean): boolean {
    if (w === "admin") return false;
    switch (action) {
      case "plan.view":
      case "proposal.create":
        return newsroom(w);
      case "proposal.edit":
      case "assignment.respond":
        return owner;
      case "proposal.decide":
      case "assignment.create":
        return leads[w].includes(deskId);
      case "assignment.manage":
        return leads[w].includes(deskId) || assigner;
    }
  }

  it("answers as the table for heads, members, the chief editor and editors on no desk", () => {
    const wrong: string[] = [];
    for (const w of Object.keys(who) as Who[])
      for (const action of planActions)
        for (const deskId of [1, 2, null])
          for (const owner of [false, true])
            for (const assigner of [false, true]) {
              const answer = canPlan(who[w], action, { deskId, ownerId: owner ? ME : OTHER, assignedById: assigner ? ME : OTHER });
              if (answer !== expected(w, action, deskId, owner, assigner))
                wrong.push(`${w} ${action} desk ${deskId} owner=${owner} assigner=${assigner}: ${answer}`);
            }
    expect(wrong).toEqual([]);
  });
});

describe("through the workflow command, on the database", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => handle?.close());

  it("refuses a desk editor's claim outside their desk and changes nothing; inside, the claim goes through", async () => {
    const db = handle.db;
    const [mine, theirs] = [await makeSection(db), await makeSection(db)];
    const editor = await makePerson(db, "editor");
    await makeDesk(db, { sectionIds: [mine.id], members: [{ userId: editor.id }] });
    await makeDesk(db, { sectionIds: [theirs.id] });
    const actor = { ...editor, desks: await deskReachOf(db, editor.id) };
    const outside = await makeStory(db, { status: "submitted", section: theirs });
    const inside = await makeStory(db, { status: "submitted", section: mine });
    const trail = async (id: number) => (await db.select().from(storyTransitions).where(eq(storyTransitions.storyId, id))).length;
    const trailBefore = await trail(outside.id);

    expect(await claimStory(db, actor, { id: outside.id, version: outside.version })).toMatchObject({ ok: false, code: "forbidden" });
    const [after] = await db.select().from(stories).where(eq(stories.id, outside.id));
    expect(after).toMatchObject({ status: "submitted", heldById: null, version: outside.version });
    expect(await trail(outside.id)).toBe(trailBefore);

    expect(await claimStory(db, actor, { id: inside.id, version: inside.version })).toMatchObject({ ok: true });
    const [claimed] = await db.select().from(stories).where(eq(stories.id, inside.id));
    expect(claimed).toMatchObject({ status: "in_review", heldById: editor.id });

    // The same person on no desk claims anywhere, as on a paper without desks.
    const paperWide = { ...editor, desks: { memberOf: [], headOf: [], sectionIds: [] } };
    expect(await claimStory(db, paperWide, { id: outside.id, version: outside.version })).toMatchObject({ ok: true });
  });
});
