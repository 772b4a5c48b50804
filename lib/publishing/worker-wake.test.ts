// When the publication worker wakes after a run: on time for the next event, never held back by
// another event's failure (a scheduled story once became visible 10 s late in the bench because its
// event fell due a millisecond after the run's query and was taken for a failed one).
import { describe, expect, it } from "vitest";
import { HELD_ELSEWHERE_MS, nextWakeIn, RETRY_MS, SWEEP_MS } from "./worker";

const now = Date.parse("2026-12-07T03:00:00.000Z");
const at = (ms: number) => new Date(now + ms);

describe("the worker's next wake", () => {
  it("sweeps after a minute when nothing is pending", () => {
    expect(nextWakeIn({ nextFresh: null, failing: false }, now)).toBe(SWEEP_MS);
  });

  it("wakes just after the next event's time, never before it", () => {
    const wait = nextWakeIn({ nextFresh: at(1_500), failing: false }, now);
    expect(wait).toBeGreaterThan(1_500);
    expect(wait).toBeLessThan(1_600);
  });

  it("runs again at once, not after the retry pause, for an event that fell due during the run", () => {
    const ranAt = now - 40;
    expect(nextWakeIn({ nextFresh: at(-1), failing: false }, now, ranAt)).toBeLessThan(100);
    expect(nextWakeIn({ nextFresh: at(0), failing: false }, now, ranAt)).toBeLessThan(100);
  });

  it("looks again within a second at an event another instance holds, in case it dies mid-event", () => {
    // Due before the run began, yet not handled by it: locked by another instance.
    expect(nextWakeIn({ nextFresh: at(-200), failing: false }, now, now - 40)).toBe(HELD_ELSEWHERE_MS);
    expect(HELD_ELSEWHERE_MS).toBeLessThan(1_000);
  });

  it("retries failed events after a pause", () => {
    expect(nextWakeIn({ nextFresh: null, failing: true }, now)).toBe(RETRY_MS);
  });

  it("does not let a failing event hold back the next scheduled one", () => {
    const wait = nextWakeIn({ nextFresh: at(2_000), failing: true }, now);
    expect(wait).toBeGreaterThan(2_000);
    expect(wait).toBeLessThan(2_100);
  });

  it("sleeps at most a sweep before an event far ahead", () => {
    expect(nextWakeIn({ nextFresh: at(5 * 60_000), failing: false }, now)).toBe(SWEEP_MS);
  });
});
