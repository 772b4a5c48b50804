// The editorial workflow as a table (DESIGN.md): which event moves a story from which state to
// which, who may take it, and whether a note is required. Pure: used by the policy, the server
// actions and the screens alike.
import type { Role, StoryStatus } from "@/db/schema";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

export const workflowEvents = ["submit", "withdraw", "claim", "return", "approve", "schedule", "unschedule", "publish", "unpublish", "republish"] as const;
export type WorkflowEvent = (typeof workflowEvents)[number];

export type Transition = {
  event: WorkflowEvent;
  from: readonly StoryStatus[];
  to: StoryStatus;
  roles: readonly Role[];
  noteRequired: boolean;
};

const desk = ["editor", "chief_editor"] as const;
const writers = ["reporter", "editor", "chief_editor"] as const;

export const transitions: readonly Transition[] = [
  { event: "submit", from: ["draft"], to: "submitted", roles: writers, noteRequired: false },
  { event: "withdraw", from: ["submitted"], to: "draft", roles: writers, noteRequired: false },
  { event: "claim", from: ["submitted"], to: "in_review", roles: desk, noteRequired: false },
  { event: "return", from: ["submitted", "in_review", "approved"], to: "draft", roles: desk, noteRequired: true },
  { event: "approve", from: ["in_review"], to: "approved", roles: desk, noteRequired: false },
  { event: "schedule", from: ["approved"], to: "scheduled", roles: ["chief_editor"], noteRequired: false },
  { event: "unschedule", from: ["scheduled"], to: "approved", roles: ["chief_editor"], noteRequired: false },
  { event: "publish", from: ["approved", "scheduled"], to: "published", roles: ["chief_editor"], noteRequired: false },
  { event: "unpublish", from: ["published"], to: "unpublished", roles: ["chief_editor"], noteRequired: true },
  { event: "republish", from: ["unpublished"], to: "published", roles: ["chief_editor"], noteRequired: false },
];

export function findTransition(event: WorkflowEvent, from: StoryStatus): Transition | undefined {
  return transitions.find((t) => t.event === event && t.from.includes(from));
}

// The words of the workflow live in the catalogue (messages/*.json, `workflow`). The records below
// are the Vietnamese ones, kept for screens not yet speaking the person's language; the functions
// take a locale. Pure and client-safe, like the rest of this module.
const words = messagesFor(defaultLocale).workflow;

/** A status's name ("Chờ duyệt" / "Submitted"). */
export function statusLabel(status: StoryStatus, locale: Locale = defaultLocale): string {
  return messagesFor(locale).workflow.status[status];
}

/** A move's button ("Gửi duyệt" / "Submit"). */
export function eventLabel(event: WorkflowEvent, locale: Locale = defaultLocale): string {
  return messagesFor(locale).workflow.event[event];
}

/** An event of a story's trail, including the steps that leave its state as it is; unknown ones as they are. */
export function trailLabel(event: string, locale: Locale = defaultLocale): string {
  const trail: Record<string, string> = messagesFor(locale).workflow.trail;
  return Object.prototype.hasOwnProperty.call(trail, event) ? trail[event]! : event;
}

export type MoveDone = keyof typeof words.done;

/** What the screen says after a move succeeded. */
export function moveDoneMessage(move: MoveDone, locale: Locale = defaultLocale): string {
  return messagesFor(locale).workflow.done[move];
}

/** In Vietnamese: statusLabel(status, locale) speaks the person's language. */
export const statusLabels: Record<StoryStatus, string> = words.status;

/** In Vietnamese: eventLabel(event, locale) speaks the person's language. */
export const eventLabels: Record<WorkflowEvent, string> = words.event;

/** Every event of a story's trail, in Vietnamese: trailLabel(event, locale) speaks the person's language. */
export const trailLabels: Record<string, string> = words.trail;

/** What the screen says after a move succeeded, in Vietnamese: see moveDoneMessage(move, locale). */
export const moveDoneMessages: Record<MoveDone, string> = words.done;
