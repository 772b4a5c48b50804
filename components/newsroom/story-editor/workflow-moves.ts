// The moves the editor's buttons make, as a table keyed by the workflow's events
// (lib/workflow/transitions.ts) and the desk's steps that leave a story's state as it is: which
// server action each calls with what, and where the screen goes once it succeeded.
import {
  submitStoryAction,
  withdrawStoryAction,
  approveStoryAction,
  claimStoryAction,
  correctStoryAction,
  publishStoryAction,
  releaseStoryAction,
  republishStoryAction,
  returnStoryAction,
  scheduleStoryAction,
  takeOverStoryAction,
  unpublishStoryAction,
  unscheduleStoryAction,
} from "@/lib/workflow/actions";
import type { CommandResult } from "@/lib/actions/command";
import type { StoryFields } from "@/lib/stories/schemas";
import type { WorkflowEvent } from "@/lib/workflow/transitions";

/** On the story's trail, but the story stays where it is. */
type DeskStep = "takeover" | "release" | "correct";
export type MoveEvent = WorkflowEvent | DeskStep;
export type MoveExtra = { note?: string; publishAt?: string; notice?: { wrong: string; right: string } | null };

/** The story as the move finds it, once what is on screen has been saved. */
type MoveInput = { id: number; version: number; fields: StoryFields; extra: MoveExtra };

type Move = {
  run: (input: MoveInput) => Promise<CommandResult<unknown>>;
  /** The screen to go to afterwards; without it the story opens again with the move's message. */
  leaveFor?: string;
};

export const moves = {
  submit: { run: ({ id, version }) => submitStoryAction({ id, version }), leaveFor: "/toa-soan?da-gui=1" },
  withdraw: { run: ({ id, version }) => withdrawStoryAction({ id, version }) },
  claim: { run: ({ id }) => claimStoryAction({ id }) },
  takeover: { run: ({ id }) => takeOverStoryAction({ id }) },
  release: { run: ({ id }) => releaseStoryAction({ id }) },
  // A returned story is the reporter's draft again: the desk no longer sees it.
  return: { run: ({ id, version, extra }) => returnStoryAction({ id, version, note: extra.note ?? "" }), leaveFor: "/toa-soan?xong=return" },
  approve: { run: ({ id, version }) => approveStoryAction({ id, version }) },
  schedule: { run: ({ id, version, extra }) => scheduleStoryAction({ id, version, publishAt: extra.publishAt ?? "" }) },
  unschedule: { run: ({ id, version }) => unscheduleStoryAction({ id, version }) },
  publish: { run: ({ id, version }) => publishStoryAction({ id, version }) },
  unpublish: { run: ({ id, version, extra }) => unpublishStoryAction({ id, version, reason: extra.note ?? "" }) },
  republish: { run: ({ id, version }) => republishStoryAction({ id, version }) },
  correct: {
    run: ({ id, version, fields, extra }) =>
      correctStoryAction({ id, baseVersion: version, fields: JSON.parse(JSON.stringify(fields)) as StoryFields, notice: extra.notice ?? null }),
  },
} satisfies Record<MoveEvent, Move>;

/** Where the screen goes after a move succeeded. */
export function afterMove(event: MoveEvent, id: number): { push: string } | { replace: string } {
  const move: Move = moves[event];
  return move.leaveFor ? { push: move.leaveFor } : { replace: `/toa-soan/bai-viet/${id}?xong=${event}` };
}
