import { describe, expect, it, vi } from "vitest";
import { guardLeaving } from "./leave-guard";

const leaveQuestion = "Bài có thay đổi chưa lưu lên máy chủ (một bản sao vẫn được giữ trong trình duyệt). Vẫn rời trang?";

type Listener = (event: Event) => void;

/** A window or document that records its listeners, so that a test can fire them. */
function target() {
  const listeners = new Map<string, { listener: Listener; capture: boolean }>();
  return {
    listeners,
    addEventListener: (type: string, listener: Listener, capture = false) => void listeners.set(type, { listener, capture }),
    removeEventListener: (type: string, listener: Listener) => {
      if (listeners.get(type)?.listener === listener) listeners.delete(type);
    },
    /** Fires the event at the listener; says whether it was cancelled or stopped. */
    fire(type: string, event: { target?: EventTarget | null }) {
      const seen = { prevented: false, stopped: false };
      const e = { ...event, preventDefault: () => void (seen.prevented = true), stopPropagation: () => void (seen.stopped = true) };
      listeners.get(type)?.listener(e as unknown as Event);
      return seen;
    },
  };
}

/** An element inside a link (or not), as a click's target. */
function clickedInside(link: { target?: string } | null) {
  const a = link ? { getAttribute: (name: string) => (name === "target" ? (link.target ?? null) : null) } : null;
  return { closest: (selector: string) => (selector === "a[href]" ? a : null) } as unknown as EventTarget;
}

function setUp(unsaved: boolean, answer = false) {
  const confirm = vi.fn((_question: string) => answer);
  const window = { ...target(), confirm };
  const document = target();
  const state = { unsaved };
  const remove = guardLeaving({ window, document }, () => state.unsaved, leaveQuestion);
  return { window, document, confirm, state, remove };
}

describe("leaving the editor", () => {
  it("asks the browser to warn on closing or reloading the tab while something is unsent", () => {
    const { window, state } = setUp(true);
    expect(window.fire("beforeunload", {}).prevented).toBe(true);
    state.unsaved = false;
    expect(window.fire("beforeunload", {}).prevented).toBe(false);
  });

  it("asks before following a newsroom link, and stays when the writer says no", () => {
    const { document, confirm } = setUp(true, false);
    expect(document.listeners.get("click")?.capture).toBe(true);
    const click = document.fire("click", { target: clickedInside({}) });
    expect(confirm).toHaveBeenCalledWith(leaveQuestion);
    expect(click).toEqual({ prevented: true, stopped: true });
  });

  it("lets the link go when the writer says yes", () => {
    const { document, confirm } = setUp(true, true);
    const click = document.fire("click", { target: clickedInside({}) });
    expect(confirm).toHaveBeenCalledOnce();
    expect(click).toEqual({ prevented: false, stopped: false });
  });

  it("does not ask for a link to a new tab, a click outside links, or when everything is on the server", () => {
    const unsent = setUp(true);
    unsent.document.fire("click", { target: clickedInside({ target: "_blank" }) });
    unsent.document.fire("click", { target: clickedInside(null) });
    unsent.document.fire("click", { target: null });
    expect(unsent.confirm).not.toHaveBeenCalled();

    const saved = setUp(false);
    saved.document.fire("click", { target: clickedInside({}) });
    expect(saved.confirm).not.toHaveBeenCalled();
  });

  it("is removed with the editor", () => {
    const { window, document, remove } = setUp(true);
    remove();
    expect(window.listeners.size).toBe(0);
    expect(document.listeners.size).toBe(0);
  });
});
