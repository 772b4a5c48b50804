// The proposal's table, every state against every event: allowed with its target, or refused
// with the sentence the proposer or the decider reads.
import { describe, expect, it } from "vitest";
import { proposalStatuses, type ProposalStatus } from "@/db/schema";
import { say } from "@/lib/i18n/phrase";
import { findProposalTransition, proposalEvents, proposalEventsFrom, proposalRefusal, type ProposalEvent } from "./proposal-states";

type Row = { to: ProposalStatus; by: "proposer" | "decider"; note: boolean } | null;
const proposer = (to: ProposalStatus): Row => ({ to, by: "proposer", note: false });
const decider = (to: ProposalStatus, note: boolean): Row => ({ to, by: "decider", note });

const expected: Record<ProposalStatus, Record<ProposalEvent, Row>> = {
  pending: {
    edit: proposer("pending"),
    withdraw: proposer("withdrawn"),
    approve: decider("approved", false),
    request_changes: decider("changes_requested", true),
    reject: decider("rejected", true),
  },
  changes_requested: {
    // Editing a proposal sent back resubmits it.
    edit: proposer("pending"),
    withdraw: proposer("withdrawn"),
    approve: null,
    request_changes: null,
    reject: decider("rejected", true),
  },
  approved: { edit: null, withdraw: null, approve: null, request_changes: null, reject: null },
  rejected: { edit: null, withdraw: null, approve: null, request_changes: null, reject: null },
  withdrawn: { edit: null, withdraw: null, approve: null, request_changes: null, reject: null },
};

const statusWords: Record<ProposalStatus, string> = {
  pending: "Chờ duyệt",
  changes_requested: "Cần sửa",
  approved: "Đã duyệt",
  rejected: "Bị từ chối",
  withdrawn: "Đã rút lại",
};
const eventWords: Record<ProposalEvent, string> = { edit: "sửa", withdraw: "rút lại", approve: "duyệt", request_changes: "yêu cầu sửa", reject: "từ chối" };

describe("the proposal's states", () => {
  for (const from of proposalStatuses) {
    for (const event of proposalEvents) {
      const row = expected[from][event];
      it(`${from} × ${event}: ${row ? `→ ${row.to}` : "refused"}`, () => {
        const found = findProposalTransition(event, from);
        if (row) {
          expect(found).toMatchObject({ to: row.to, by: row.by, noteRequired: row.note });
        } else {
          expect(found).toBeUndefined();
          expect(say("vi", proposalRefusal(event, from))).toBe(`Đề xuất đang ở trạng thái “${statusWords[from]}”: không thể ${eventWords[event]}.`);
        }
      });
    }
  }

  it("offers the screen exactly the events the table allows", () => {
    expect(proposalEventsFrom("pending")).toEqual(["edit", "withdraw", "approve", "request_changes", "reject"]);
    expect(proposalEventsFrom("approved")).toEqual([]);
  });

  it("says a refusal in English too", () => {
    expect(say("en", proposalRefusal("withdraw", "approved"))).toBe("The proposal is “Approved”: you cannot withdraw it.");
  });
});
