// The draft's state machine alone: each event gives the next state and the effects as data.
import { describe, expect, it } from "vitest";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { autosaveDelayMs, draftReducer, initialDraft, retryDelayMs, type DraftEvent, type DraftState } from "./draft-reducer";

const at = "2026-11-24T03:00:00.000Z";
const fresh = initialDraft({ fields: emptyStoryFields("THU HÀ"), id: null, version: null, savedAt: null, autosaves: true });

function run(state: DraftState, ...events: DraftEvent[]) {
  let effects: ReturnType<typeof draftReducer>["effects"] = [];
  for (const event of events) ({ state, effects } = draftReducer(state, event));
  return { state, effects };
}

describe("draftReducer", () => {
  it("copies a change to the browser at once and arms the autosave", () => {
    const { state, effects } = run(fresh, { type: "edited", patch: { title: "Cầu treo" }, at });
    expect(state).toMatchObject({ status: "dirty", editSeq: 1, savedSeq: 0, fields: { title: "Cầu treo", byline: ["THU HÀ"] } });
    expect(effects).toEqual([
      { type: "writeBackup", id: null, backup: { fields: state.fields, baseVersion: null, at } },
      { type: "timer", ms: autosaveDelayMs },
    ]);
  });

  it("sends the text as it is when the save goes out, and arms nothing while it is under way", () => {
    const typed = run(fresh, { type: "edited", patch: { title: "Cầu treo" }, at }).state;
    const { state, effects } = run(typed, { type: "timerFired" });
    expect(state.status).toBe("saving");
    expect(effects).toEqual([
      { type: "send", request: { id: null, baseVersion: null, fields: typed.fields, replaces: false } },
      { type: "timer", ms: null },
    ]);

    const more = run(state, { type: "edited", patch: { title: "Cầu treo Khuổi Mỏ" }, at });
    expect(more.state.status).toBe("dirty");
    expect(more.effects).toEqual([expect.objectContaining({ type: "writeBackup" }), { type: "timer", ms: null }]);
  });

  it("gives a new story its address and moves its copy under its id when typing went on during the first save", () => {
    const sending = run(
      fresh,
      { type: "edited", patch: { title: "Cầu treo" }, at },
      { type: "saveRequested" },
      { type: "edited", patch: { sapo: "Sáng nay" }, at },
    ).state;
    const { state, effects } = run(sending, { type: "saveSucceeded", data: { id: 42, version: 1, updatedAt: at, slug: "cau-treo", status: "draft" }, at });
    expect(state).toMatchObject({ id: 42, version: 1, savedSeq: 1, editSeq: 2, status: "dirty", savedAt: at });
    expect(effects).toEqual([
      { type: "removeBackup", id: null },
      { type: "replaceAddress", id: 42 },
      { type: "writeBackup", id: 42, backup: { fields: state.fields, baseVersion: 1, at } },
      { type: "timer", ms: autosaveDelayMs },
    ]);
  });

  it("retries a save that never reached the server after a longer pause", () => {
    const { state, effects } = run(fresh, { type: "edited", patch: { title: "Cầu treo" }, at }, { type: "saveRequested" }, { type: "saveFailed" });
    expect(state.status).toBe("offline");
    expect(effects).toEqual([{ type: "timer", ms: retryDelayMs }]);
  });

  it("retries a save the server refused as busy (its database away) the same way, keeping the text", () => {
    const { state, effects } = run(
      fresh,
      { type: "edited", patch: { title: "Cầu treo" }, at },
      { type: "saveRequested" },
      { type: "saveRefused", code: "busy", error: "…" },
    );
    expect(state).toMatchObject({ status: "offline", message: null, fields: { title: "Cầu treo" }, savedSeq: 0 });
    expect(effects).toEqual([{ type: "timer", ms: retryDelayMs }]);
  });

  it("ignores an answer to no save, and 'Giữ bản của tôi' without a conflict", () => {
    expect(run(fresh, { type: "saveFailed" }).state).toBe(fresh);
    expect(run(fresh, { type: "keptMine" }).state).toBe(fresh);
    expect(run(fresh, { type: "autosavesChanged", autosaves: true }).state).toBe(fresh);
  });
});
