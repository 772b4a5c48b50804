// The assignment's table, every state against every event: allowed with its target, or refused
// with the sentence the assignee or the manager reads.
import { describe, expect, it } from "vitest";
import { assignmentStatuses, type AssignmentStatus } from "@/db/schema";
import { say } from "@/lib/i18n/phrase";
import {
  assignmentEvents,
  assignmentEventsFrom,
  assignmentRefusal,
  findAssignmentTransition,
  isOpenAssignment,
  type AssignmentActor,
  type AssignmentEvent,
} from "./assignment-states";

type Row = { to: AssignmentStatus | "same"; by: AssignmentActor; note: boolean } | null;
const row = (to: AssignmentStatus | "same", by: AssignmentActor, note = false): Row => ({ to, by, note });
const open = (over: Partial<Record<AssignmentEvent, Row>>): Record<AssignmentEvent, Row> => ({
  accept: null,
  decline: null,
  start: null,
  deliver: row("done", "assignee", true),
  complete: row("done", "system"),
  reassign: row("offered", "manager", true),
  cancel: row("cancelled", "manager", true),
  change_deadline: row("same", "manager"),
  ...over,
});
const closed: Record<AssignmentEvent, Row> = {
  accept: null,
  decline: null,
  start: null,
  deliver: null,
  complete: null,
  reassign: null,
  cancel: null,
  change_deadline: null,
};

const expected: Record<AssignmentStatus, Record<AssignmentEvent, Row>> = {
  offered: open({ accept: row("accepted", "assignee"), decline: row("declined", "assignee", true), start: row("in_progress", "assignee") }),
  accepted: open({ start: row("in_progress", "assignee") }),
  in_progress: open({}),
  done: closed,
  // A refusal asks for someone else: the manager reassigns it.
  declined: { ...closed, reassign: row("offered", "manager", true) },
  cancelled: closed,
};

const statusWords: Record<AssignmentStatus, string> = {
  offered: "Chờ nhận",
  accepted: "Đã nhận",
  in_progress: "Đang làm",
  done: "Đã xong",
  declined: "Bị từ chối",
  cancelled: "Đã hủy",
};
const eventWords: Record<AssignmentEvent, string> = {
  accept: "nhận việc",
  decline: "từ chối",
  start: "bắt đầu",
  deliver: "báo đã giao",
  complete: "hoàn thành",
  reassign: "giao lại",
  cancel: "hủy",
  change_deadline: "đổi hạn",
};

describe("the assignment's states", () => {
  for (const from of assignmentStatuses) {
    for (const event of assignmentEvents) {
      const want = expected[from][event];
      it(`${from} × ${event}: ${want ? `→ ${want.to}` : "refused"}`, () => {
        const found = findAssignmentTransition(event, from);
        if (want) {
          expect(found).toMatchObject({ to: want.to, by: want.by, noteRequired: want.note });
        } else {
          expect(found).toBeUndefined();
          expect(say("vi", assignmentRefusal(event, from))).toBe(`Việc đang ở trạng thái “${statusWords[from]}”: không thể ${eventWords[event]}.`);
        }
      });
    }
  }

  it("watches the deadline of open work only", () => {
    expect(assignmentStatuses.filter(isOpenAssignment)).toEqual(["offered", "accepted", "in_progress"]);
  });

  it("offers the screen exactly the events the table allows", () => {
    expect(assignmentEventsFrom("declined")).toEqual(["reassign"]);
    expect(assignmentEventsFrom("done")).toEqual([]);
  });
});
