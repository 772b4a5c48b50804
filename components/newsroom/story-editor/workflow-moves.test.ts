// The moves table: each event calls its own server action with the input that action takes.
import { describe, expect, it, vi } from "vitest";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { workflowEvents } from "@/lib/workflow/transitions";
import { afterMove, moves, type MoveEvent } from "./workflow-moves";

const calls = vi.hoisted(() => [] as { action: string; input: unknown }[]);
vi.mock("@/lib/workflow/actions", () =>
  recorder([
    "submitStoryAction",
    "withdrawStoryAction",
    "approveStoryAction",
    "claimStoryAction",
    "correctStoryAction",
    "publishStoryAction",
    "releaseStoryAction",
    "republishStoryAction",
    "returnStoryAction",
    "scheduleStoryAction",
    "takeOverStoryAction",
    "unpublishStoryAction",
    "unscheduleStoryAction",
  ]),
);
function recorder(names: string[]) {
  return Object.fromEntries(names.map((action) => [action, async (input: unknown) => (calls.push({ action, input }), { ok: true, data: null })]));
}

const fields = { ...emptyStoryFields("PHƯƠNG DUNG"), title: "Lạng Sơn khánh thành cầu treo Khuổi Mỏ, xã Tân Tri" };
const story = { id: 7, version: 3, fields };

async function called(event: MoveEvent, extra = {}) {
  calls.length = 0;
  await moves[event].run({ ...story, extra });
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

describe("workflow moves", () => {
  it("has a move for every event of the workflow and the desk's three steps", () => {
    expect(Object.keys(moves).sort()).toEqual([...workflowEvents, "takeover", "release", "correct"].sort());
  });

  it("sends the version the move is based on", async () => {
    for (const [event, action] of [
      ["submit", "submitStoryAction"],
      ["withdraw", "withdrawStoryAction"],
      ["approve", "approveStoryAction"],
      ["unschedule", "unscheduleStoryAction"],
      ["publish", "publishStoryAction"],
      ["republish", "republishStoryAction"],
    ] as const)
      expect(await called(event)).toEqual({ action, input: { id: 7, version: 3 } });
  });

  it("takes a hold by id alone", async () => {
    expect(await called("claim")).toEqual({ action: "claimStoryAction", input: { id: 7 } });
    expect(await called("takeover")).toEqual({ action: "takeOverStoryAction", input: { id: 7 } });
    expect(await called("release")).toEqual({ action: "releaseStoryAction", input: { id: 7 } });
  });

  it("passes the note, the time, the reason and the correction the forms collected", async () => {
    expect(await called("return", { note: "Bổ sung kinh phí." })).toEqual({
      action: "returnStoryAction",
      input: { id: 7, version: 3, note: "Bổ sung kinh phí." },
    });
    expect(await called("unpublish", { note: "Cần kiểm chứng." })).toEqual({
      action: "unpublishStoryAction",
      input: { id: 7, version: 3, reason: "Cần kiểm chứng." },
    });
    expect(await called("schedule", { publishAt: "2026-11-24T15:00:00+07:00" })).toEqual({
      action: "scheduleStoryAction",
      input: { id: 7, version: 3, publishAt: "2026-11-24T15:00:00+07:00" },
    });
    const notice = { wrong: "bản Khuổi Mỏ", right: "Khuổi Mỏ" };
    expect(await called("correct", { notice })).toEqual({ action: "correctStoryAction", input: { id: 7, baseVersion: 3, fields, notice } });
    expect((await called("correct")).input).toMatchObject({ notice: null });
    expect((await called("return")).input).toMatchObject({ note: "" });
  });

  it("leaves the story after submitting or returning it, and opens it again after any other move", () => {
    expect(afterMove("submit", 7)).toEqual({ push: "/toa-soan?da-gui=1" });
    expect(afterMove("return", 7)).toEqual({ push: "/toa-soan?xong=return" });
    expect(afterMove("approve", 7)).toEqual({ replace: "/toa-soan/bai-viet/7?xong=approve" });
    expect(afterMove("correct", 7)).toEqual({ replace: "/toa-soan/bai-viet/7?xong=correct" });
  });
});
