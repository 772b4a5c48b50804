// Runs the draft's state machine (draft-reducer.ts): keeps the state, carries out its effects
// (the browser copy, the save request, the autosave timer) and feeds the answers back as events.
// No React: the hook (use-story-draft.ts) subscribes to it, tests drive it with fake timers.
import type { BrowserBackup } from "./browser-backup";
import { draftReducer, timerDelay, type DraftEffect, type DraftEvent, type DraftState, type EditorMessage, type SaveRequest } from "./draft-reducer";
import type { CommandResult } from "@/lib/actions/command";
import type { SavedStory } from "@/lib/stories/commands";
import type { StoryFields } from "@/lib/stories/schemas";

export type DraftSession = ReturnType<typeof createDraftSession>;

type Waiter = { resolve: (result: CommandResult<SavedStory>) => void; reject: (error: unknown) => void };

export function createDraftSession(options: {
  initial: DraftState;
  /** Creates the story on its first save, saves it after; throws when the server cannot be reached. */
  send: (request: SaveRequest) => Promise<CommandResult<SavedStory>>;
  backup: Pick<BrowserBackup, "write" | "remove">;
  replaceAddress: (id: number) => void;
  now?: () => Date;
}) {
  const now = options.now ?? (() => new Date());
  let state = options.initial;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let connected = false;
  const listeners = new Set<() => void>();
  /** Callers of flush() whose save has not gone out yet. */
  let waiting: Waiter[] = [];

  // Events raised while effects run (a send that fails at once) wait their turn, so that every
  // effect acts on the state its own event made.
  const queue: DraftEvent[] = [];
  let dispatching = false;

  function dispatch(event: DraftEvent) {
    queue.push(event);
    if (dispatching) return;
    dispatching = true;
    const before = state;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const step = draftReducer(state, next);
        state = step.state;
        for (const effect of step.effects) run(effect);
      }
    } finally {
      dispatching = false;
    }
    if (state !== before) for (const listener of listeners) listener();
  }

  function run(effect: DraftEffect) {
    switch (effect.type) {
      case "writeBackup":
        return options.backup.write(effect.id, effect.backup);
      case "removeBackup":
        return options.backup.remove(effect.id);
      case "replaceAddress":
        return options.replaceAddress(effect.id);
      case "timer":
        return arm(effect.ms);
      case "send":
        return void sendNow(effect.request);
    }
  }

  function arm(ms: number | null) {
    if (timer) clearTimeout(timer);
    timer = null;
    // A screen that is gone saves nothing more on its own.
    if (ms === null || !connected) return;
    timer = setTimeout(() => {
      timer = null;
      dispatch({ type: "timerFired" });
    }, ms);
  }

  async function sendNow(request: SaveRequest) {
    const waiters = waiting;
    waiting = [];
    let result: CommandResult<SavedStory>;
    try {
      result = await options.send(request);
    } catch (error) {
      dispatch({ type: "saveFailed" });
      for (const w of waiters) w.reject(error);
      return;
    }
    if (result.ok) dispatch({ type: "saveSucceeded", data: result.data, at: now().toISOString() });
    else dispatch({ type: "saveRefused", code: result.code, error: result.error, details: result.details });
    for (const w of waiters) w.resolve(result);
  }

  return {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** While the screen is mounted the timer runs; the returned function stops it. */
    connect: () => {
      connected = true;
      arm(timerDelay(state));
      return () => {
        connected = false;
        arm(null);
      };
    },

    edit: (patch: Partial<StoryFields>) => dispatch({ type: "edited", patch, at: now().toISOString() }),
    /** "Lưu nháp". */
    saveNow: () => dispatch({ type: "saveRequested" }),
    keepMine: () => dispatch({ type: "keptMine" }),
    online: () => dispatch({ type: "online" }),
    offline: () => dispatch({ type: "offline" }),
    restore: (fields: StoryFields, message: string) => dispatch({ type: "restored", fields, message }),
    notify: (message: EditorMessage | null) => dispatch({ type: "notified", message }),
    setAutosaves: (autosaves: boolean) => dispatch({ type: "autosavesChanged", autosaves }),
    moved: (version?: number) => dispatch({ type: "moved", version }),
    moveRefused: ({ code, error, details }: { code: string; error: string; details?: Record<string, unknown> }) =>
      dispatch({ type: "moveRefused", code, error, details }),

    /**
     * Saves what is on screen now (after any save under way) and answers with the server's
     * result; rejects when the server cannot be reached.
     */
    flush: (): Promise<CommandResult<SavedStory>> =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        dispatch({ type: "saveRequested" });
      }),
  };
}
