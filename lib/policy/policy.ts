// The one permission policy: "may this actor do this, to this story, now?". Every server action,
// route handler and newsroom page asks it; hiding a button is never the protection.
// A role table says what each role may do at all; state rules narrow story actions by the
// story's status, its authors and who holds it. Anything not granted is denied.
import type { Grant, Role, RoyaltyMonthStatus, StoryStatus } from "@/db/schema";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { phrase, say, type Phrase } from "@/lib/i18n/phrase";
import { findTransition, type WorkflowEvent } from "@/lib/workflow/transitions";

/** Who is acting; `locale` is the newsroom language they chose (Vietnamese when absent). */
export type Actor = {
  id: number;
  role: Role;
  name: string;
  penName: string;
  locale?: Locale;
  /** The session this request came in (lib/auth/sessions.ts). */ sessionId?: string;
  /** Must set up two-factor sign-in before anything else. */ mustEnrol?: boolean;
  /** Verbs given beside the role (Người dùng → Quyền thêm); none when absent. */
  grants?: readonly Grant[];
  /** The desks they belong to; absent or empty: paper-wide, as on a paper without desks. */
  desks?: DeskReach;
};

/** What desk membership gives: the desks, those led, and the sections they review (subsections included). */
export type DeskReach = { memberOf: readonly number[]; headOf: readonly number[]; sectionIds: readonly number[] };

/** What the policy needs to know about a story; loaded from the database by the caller. */
export type StoryScope = {
  status: StoryStatus;
  createdById: number;
  authorIds: readonly number[];
  heldById: number | null;
  /** Decides which desk reviews it (sections.deskId). */
  sectionId: number | null;
};

export const siteActions = [
  "newsroom.enter",
  "story.create",
  "story.import",
  "media.upload",
  "queue.view",
  "homepage.curate",
  "users.manage",
  "sections.manage",
  "desks.manage",
  "settings.manage",
  "audit.view",
  "profile.edit",
] as const;
export type SiteAction = (typeof siteActions)[number];

export const storyActions = [
  "story.view",
  "story.edit",
  "story.note",
  "story.correct",
  "story.takeover",
  "story.submit",
  "story.withdraw",
  "story.claim",
  "story.return",
  "story.approve",
  "story.schedule",
  "story.unschedule",
  "story.publish",
  "story.unpublish",
  "story.republish",
] as const satisfies readonly `story.${string}`[];
export type StoryAction = (typeof storyActions)[number];

const site: Record<SiteAction, readonly Role[]> = {
  "newsroom.enter": ["reporter", "editor", "chief_editor", "admin"],
  "story.create": ["reporter", "editor", "chief_editor"],
  "story.import": ["reporter", "editor", "chief_editor"],
  "media.upload": ["reporter", "editor", "chief_editor"],
  "queue.view": ["editor", "chief_editor"],
  "homepage.curate": ["chief_editor"],
  "users.manage": ["admin"],
  "sections.manage": ["admin"],
  "desks.manage": ["admin"],
  "settings.manage": ["admin"],
  "audit.view": ["admin"],
  "profile.edit": ["reporter", "editor", "chief_editor", "admin"],
};

const desk: readonly Role[] = ["editor", "chief_editor"];

/** On a desk, an editor reviews only its sections; the chief editor and editors on no desk, the whole paper. */
export function reaches(actor: Actor, sectionId: number | null): boolean {
  if (actor.role === "chief_editor" || !actor.desks?.memberOf.length) return true;
  return sectionId !== null && actor.desks.sectionIds.includes(sectionId);
}

export function isAuthor(actor: Actor, story: StoryScope): boolean {
  return story.createdById === actor.id || story.authorIds.includes(actor.id);
}

export function can(actor: Actor | null, action: SiteAction): boolean;
export function can(actor: Actor | null, action: StoryAction, story: StoryScope): boolean;
export function can(actor: Actor | null, action: SiteAction | StoryAction, story?: StoryScope): boolean {
  if (!actor) return false;
  if (action in site) return site[action as SiteAction].includes(actor.role);
  if (!story) return false;
  return canOnStory(actor, action as StoryAction, story);
}

function canOnStory(actor: Actor, action: StoryAction, story: StoryScope): boolean {
  const { role } = actor;
  if (role === "admin") return false; // no editorial power unless also given an editorial role
  const own = isAuthor(actor, story);
  // Reading is paper-wide for the desk; acting on a story (claim, edit, return, approve) is
  // scoped to the actor's desks' sections.
  const onDesk = desk.includes(role);
  const acts = onDesk && reaches(actor, story.sectionId);
  const holds = story.heldById === actor.id;

  switch (action) {
    case "story.view":
      // Drafts are private to their authors; the desk sees everything sent to it.
      return own || (onDesk && story.status !== "draft");
    case "story.note":
      return own || (onDesk && story.status !== "draft");
    case "story.edit":
      if (story.status === "draft") return own;
      if (story.status === "in_review") return acts && holds;
      if (story.status === "approved" || story.status === "scheduled") return role === "chief_editor";
      return false; // submitted: claim first; published: correct; unpublished: republish first
    case "story.correct":
      return role === "chief_editor" && story.status === "published";
    case "story.takeover":
      // Also when nobody holds it any more (a lapsed or released lock), or it would be stuck.
      return acts && story.status === "in_review" && !holds;
    default:
      return canTransition(actor, action.slice("story.".length) as WorkflowEvent, story, own, holds);
  }
}

function canTransition(actor: Actor, event: WorkflowEvent, story: StoryScope, own: boolean, holds: boolean): boolean {
  const transition = findTransition(event, story.status);
  if (!transition || !transition.roles.includes(actor.role)) return false;
  switch (event) {
    case "claim":
      return reaches(actor, story.sectionId);
    case "submit":
    case "withdraw":
      return own;
    case "approve":
      return holds && reaches(actor, story.sectionId);
    case "return":
      // In review only the holder (or the chief editor) returns it; before or after, any desk
      // member whose desks review its section.
      if (!reaches(actor, story.sectionId)) return false;
      return story.status !== "in_review" || holds || actor.role === "chief_editor";
    default:
      return true;
  }
}

// Nhuận bút: verbs that come from grants, not roles. A grant never bypasses a story rule: grading
// a story also needs story.view on it (lib/royalties/commands.ts asks both).
export const royaltyActions = [
  "royalty.grade",
  "royalty.month.view",
  "royalty.month.approve",
  "royalty.month.unapprove",
  "royalty.month.close",
  "royalty.export",
  "royalty.pay",
  "royalty.own",
  "payees.manage",
  "payees.details",
  "royalty.settings",
  "grants.manage",
] as const;
export type RoyaltyAction = (typeof royaltyActions)[number];

/** The month a royalty verb acts on; verbs about no month (payees, settings) take none. */
export type RoyaltyScope = { month: RoyaltyMonthStatus };

const grantOf = (actor: Actor, grant: Grant) => actor.grants?.includes(grant) ?? false;

/** May this actor do this royalty verb, on a month in this state? Deny by default. */
export function canRoyalty(actor: Actor | null, action: RoyaltyAction, scope?: RoyaltyScope): boolean {
  if (!actor) return false;
  const grader = grantOf(actor, "royalty.grade");
  const approver = grantOf(actor, "royalty.approve");
  const accountant = grantOf(actor, "royalty.accounting");
  const month = scope?.month;
  switch (action) {
    case "royalty.own":
      return can(actor, "newsroom.enter");
    case "royalty.month.view":
      return grader || approver || accountant;
    // Grading a work whose month is open, or closed (the change becomes an adjustment in an open
    // month); an approved month is refused until the approver reopens it.
    case "royalty.grade":
      return grader && (month === "open" || month === "closed");
    case "royalty.month.approve":
      return approver && month === "open";
    case "royalty.month.unapprove":
    case "royalty.month.close":
      return approver && month === "approved";
    // The accountant exports any month (an open one as a draft), and pays only from a closed one.
    case "royalty.export":
      return (accountant || approver) && month !== undefined;
    case "royalty.pay":
      return accountant && month === "closed";
    case "payees.manage":
      return grader || accountant || actor.role === "admin";
    case "payees.details":
      return accountant || actor.role === "admin";
    case "royalty.settings":
    case "grants.manage":
      return actor.role === "admin";
  }
}

// Kế hoạch: proposals and assignments. Who decides a desk's plan is a member flag (its heads),
// beside the chief editor; on a paper or a topic without desks, editors on no desk decide too.
export const planActions = [
  "plan.view",
  "proposal.create",
  "proposal.edit",
  "proposal.decide",
  "assignment.create",
  "assignment.respond",
  "assignment.manage",
] as const;
export type PlanAction = (typeof planActions)[number];

/** The proposal or assignment acted on: its desk, who proposed it or is assigned, who assigned it. */
export type PlanScope = { deskId: number | null; ownerId?: number; assignedById?: number };

/** Leads the plan of this desk (null: of topics on no desk). */
export function leadsPlan(actor: Actor, deskId: number | null): boolean {
  if (actor.role === "chief_editor") return true;
  if (deskId !== null && actor.desks?.headOf.includes(deskId)) return true;
  return actor.role === "editor" && !actor.desks?.memberOf.length;
}

/** May this actor do this plan verb, on this proposal or assignment? Deny by default. */
export function canPlan(actor: Actor | null, action: PlanAction, scope?: PlanScope): boolean {
  if (!actor || actor.role === "admin") return false;
  switch (action) {
    case "plan.view":
    case "proposal.create":
      return can(actor, "story.create");
    case "proposal.edit":
    case "assignment.respond":
      return scope?.ownerId === actor.id;
    case "proposal.decide":
    case "assignment.create":
      return scope !== undefined && leadsPlan(actor, scope.deskId);
    case "assignment.manage":
      return scope !== undefined && (leadsPlan(actor, scope.deskId) || scope.assignedById === actor.id);
  }
}

/** A role's name in a language (the catalogue's `roles`). */
export function roleLabel(role: Role, locale: Locale = defaultLocale): string {
  return messagesFor(locale).roles[role];
}

/** The roles' Vietnamese names; screens in the person's language use roleLabel(role, locale). */
export const roleLabels: Record<Role, string> = messagesFor(defaultLocale).roles;

/** The policy said no; the wrappers say `phrase` in the person's language. */
export class PermissionDeniedError extends Error {
  readonly phrase: Phrase | string;
  constructor(message: Phrase | string = phrase("refusals.forbidden")) {
    super(say(defaultLocale, message));
    this.phrase = message;
  }
}
