import { describe, expect, it, vi } from "vitest";
import { guardLeaving } from "./leave-guard";

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
  const a = link ? { getAttribute: (name: string) => (name === "target" ? (link.target ?? null) : name === "href" ? "/toa-soan/lich" : null) } : null;
  return { closest: (selector: string) => (selector === "a[href]" ? a : null) } as unknown as EventTarget;
}

function setUp(unsaved: boolean) {
  const ask = vi.fn((_href: string) => undefined);
  const window = target();
  const document = target();
  const state = { unsaved };
  const remove = guardLeaving({ window, document }, () => state.unsaved, ask);
  return { window, document, ask, state, remove };
}

describe("leaving the editor", () => {
  it("asks the browser to warn on closing or reloading the tab while something is unsent", () => {
    const { window, state } = setUp(true);
    expect(window.fire("beforeunload", {}).prevented).toBe(true);
    state.unsaved = false;
    expect(window.fire("beforeunload", {}).prevented).toBe(false);
  });

  it("holds a newsroom link's click and asks, naming where it led", () => {
    const { document, ask } = setUp(true);
    expect(document.listeners.get("click")?.capture).toBe(true);
    const click = document.fire("click", { target: clickedInside({}) });
    expect(ask).toHaveBeenCalledWith("/toa-soan/lich");
    expect(click).toEqual({ prevented: true, stopped: true });
  });

  it("does not ask for a link to a new tab, a click outside links, or when everything is on the server", () => {
    const unsent = setUp(true);
    unsent.document.fire("click", { target: clickedInside({ target: "_blank" }) });
    unsent.document.fire("click", { target: clickedInside(null) });
    unsent.document.fire("click", { target: null });
    expect(unsent.ask).not.toHaveBeenCalled();

    const saved = setUp(false);
    saved.document.fire("click", { target: clickedInside({}) });
    expect(saved.ask).not.toHaveBeenCalled();
  });

  it("is removed with the editor", () => {
    const { window, document, remove } = setUp(true);
    remove();
    expect(window.listeners.size).toBe(0);
    expect(document.listeners.size).toBe(0);
  });
});
