// The story editor's draft as a state machine: what is on screen, what the server has, and what to
// do next. Pure: every event gives the next state and the effects to run (copy to the browser,
// send a save, arm the autosave timer), which draft-session.ts carries out. Nothing typed may be
// lost: a change is copied to the browser at once, saved a few seconds after typing stops (and on
// demand), resent when the server can be reached again, and a save based on an old version becomes
// a conflict with the other person's name while this text stays on screen.
import type { Backup } from "./browser-backup";
import type { SavedStory } from "@/lib/stories/commands";
import type { ConflictDetails } from "@/lib/stories/loader";
import type { StoryFields } from "@/lib/stories/schemas";

export const autosaveDelayMs = 3_000;
export const retryDelayMs = 5_000;

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "offline" | "error" | "conflict";
export type EditorMessage = { kind: "error" | "info"; text: string };

/** One save at a time: asked for while the browser is offline, it waits for the network. */
type SaveInFlight = { sending: true; seq: number } | { sending: false; replaces: boolean };

export type DraftState = {
  fields: StoryFields;
  /** Null until the first save of a new story. */
  id: number | null;
  /** The version the next save is based on. */
  version: number | null;
  savedAt: string | null;
  status: SaveState;
  conflict: ConflictDetails | null;
  message: EditorMessage | null;
  /** Counts changes; `savedSeq` is the count the server has. */
  editSeq: number;
  savedSeq: number;
  save: SaveInFlight | null;
  /** A save asked for while another was under way goes out after it. */
  queued: { replaces: boolean } | null;
  /** The browser's word (its online and offline events), as TanStack Query reads it. */
  online: boolean;
  /** Writers' saves go out on their own; a published story changes only through Đính chính. */
  autosaves: boolean;
  /** Changes when the text is replaced from outside, so the rich-text editor starts again. */
  editorKey: number;
};

export type SaveRequest = { id: number | null; baseVersion: number | null; fields: StoryFields; replaces: boolean };

export type DraftEvent =
  | { type: "edited"; patch: Partial<StoryFields>; at: string }
  | { type: "saveRequested"; replaces?: boolean }
  /** "Giữ bản của tôi": save on top of the version just seen; the server keeps that one as a revision. */
  | { type: "keptMine" }
  | { type: "timerFired" }
  | { type: "saveSucceeded"; data: SavedStory; at: string }
  | { type: "saveRefused"; code: string; error: string; details?: Record<string, unknown> }
  /** The request never reached the server (offline, server down): the copy in the browser stays. */
  | { type: "saveFailed" }
  | { type: "online" }
  | { type: "offline" }
  /** A copy left in this browser by a save that never arrived. */
  | { type: "restored"; fields: StoryFields; message: string }
  | { type: "moved"; version?: number }
  | { type: "moveRefused"; code: string; error: string; details?: Record<string, unknown> }
  | { type: "notified"; message: EditorMessage | null }
  | { type: "autosavesChanged"; autosaves: boolean };

export type DraftEffect =
  | { type: "writeBackup"; id: number | null; backup: Omit<Backup, "tab"> }
  | { type: "removeBackup"; id: number | null }
  /** The new story got its id: its address follows without a navigation. */
  | { type: "replaceAddress"; id: number }
  | { type: "send"; request: SaveRequest }
  /** Clear the timer, then arm it for `ms` unless null. */
  | { type: "timer"; ms: number | null };

export type DraftStep = { state: DraftState; effects: DraftEffect[] };

export function initialDraft(start: {
  fields: StoryFields;
  id: number | null;
  version: number | null;
  savedAt: string | null;
  autosaves: boolean;
}): DraftState {
  return {
    ...start,
    status: "idle",
    conflict: null,
    message: null,
    editSeq: 0,
    savedSeq: 0,
    save: null,
    queued: null,
    online: true,
    editorKey: 0,
  };
}

/** Something is not on the server yet: leaving now would need the browser's copy. */
export function hasUnsentChanges(state: DraftState): boolean {
  return state.editSeq !== state.savedSeq || state.save !== null;
}

export function waitingForNetwork(state: DraftState): boolean {
  return state.save !== null && !state.save.sending;
}

/** The autosave timer: a few seconds after typing stops, and again and again while offline. */
export function timerDelay(state: DraftState): number | null {
  if (!state.autosaves || state.save) return null;
  if (state.status === "dirty") return autosaveDelayMs;
  if (state.status === "offline") return retryDelayMs;
  return null;
}

export function draftReducer(state: DraftState, event: DraftEvent): DraftStep {
  const step = apply(state, event);
  const next = step.state;
  // The timer starts again whenever the text, the save state or the save under way changes, so
  // that it fires only once typing has stopped.
  if (next.fields !== state.fields || next.status !== state.status || (next.save === null) !== (state.save === null) || next.autosaves !== state.autosaves) {
    step.effects.push({ type: "timer", ms: timerDelay(next) });
  }
  return step;
}

function apply(state: DraftState, event: DraftEvent): DraftStep {
  switch (event.type) {
    case "edited": {
      const fields = { ...state.fields, ...event.patch };
      return {
        state: { ...state, fields, editSeq: state.editSeq + 1, status: state.status === "conflict" ? "conflict" : "dirty" },
        effects: [{ type: "writeBackup", id: state.id, backup: { fields, baseVersion: state.version, at: event.at } }],
      };
    }
    case "timerFired":
      return requestSave(state, false);
    case "saveRequested":
      return requestSave(state, event.replaces ?? false);
    case "keptMine":
      if (!state.conflict) return { state, effects: [] };
      return requestSave({ ...state, version: state.conflict.currentVersion }, true);
    case "saveSucceeded": {
      if (!state.save?.sending) return { state, effects: [] };
      const seq = state.save.seq;
      const { data } = event;
      const effects: DraftEffect[] = [];
      const firstSave = state.id === null;
      if (firstSave) effects.push({ type: "removeBackup", id: null }, { type: "replaceAddress", id: data.id });
      const upToDate = seq === state.editSeq;
      // Typed while the save was under way: the copy now belongs to the saved story's version.
      effects.push(
        upToDate
          ? { type: "removeBackup", id: data.id }
          : { type: "writeBackup", id: data.id, backup: { fields: state.fields, baseVersion: data.version, at: event.at } },
      );
      const next: DraftState = {
        ...state,
        id: data.id,
        version: data.version,
        savedSeq: seq,
        savedAt: data.updatedAt,
        conflict: null,
        message: null,
        status: upToDate ? "saved" : "dirty",
        save: null,
      };
      return then(next, effects);
    }
    case "saveRefused": {
      if (!state.save?.sending) return { state, effects: [] };
      // The server could not reach its database: kept and sent again, as when the network is down.
      if (event.code === "busy") return then({ ...state, save: null, status: "offline" }, []);
      const next: DraftState =
        event.code === "conflict"
          ? { ...state, save: null, conflict: event.details as ConflictDetails, status: "conflict" }
          : { ...state, save: null, status: "error", message: { kind: "error", text: event.error } };
      return then(next, []);
    }
    case "saveFailed":
      if (!state.save?.sending) return { state, effects: [] };
      return then({ ...state, save: null, status: "offline" }, []);
    case "online": {
      const next: DraftState = { ...state, online: true, status: state.status === "offline" ? "dirty" : state.status };
      return next.save && !next.save.sending ? send(next) : { state: next, effects: [] };
    }
    case "offline":
      return { state: { ...state, online: false }, effects: [] };
    case "restored":
      return {
        state: {
          ...state,
          fields: event.fields,
          editSeq: state.editSeq + 1,
          editorKey: state.editorKey + 1,
          message: { kind: "info", text: event.message },
          status: "dirty",
        },
        effects: [],
      };
    case "moved":
      // Nothing is left unsent (a correction was just saved), and a move that keeps the screen
      // mounted must build on the version it made.
      return { state: { ...state, savedSeq: state.editSeq, version: event.version ?? state.version }, effects: [] };
    case "moveRefused": {
      const next: DraftState = event.code === "conflict" ? { ...state, conflict: event.details as ConflictDetails, status: "conflict" } : state;
      return { state: { ...next, message: { kind: "error", text: event.error } }, effects: [] };
    }
    case "notified":
      return { state: { ...state, message: event.message }, effects: [] };
    case "autosavesChanged":
      return { state: event.autosaves === state.autosaves ? state : { ...state, autosaves: event.autosaves }, effects: [] };
  }
}

function requestSave(state: DraftState, replaces: boolean): DraftStep {
  // Saves never overlap: the second goes out when the first has its answer.
  if (state.save) return { state: { ...state, queued: { replaces: replaces || (state.queued?.replaces ?? false) } }, effects: [] };
  const next: DraftState = { ...state, status: "saving", save: { sending: false, replaces } };
  return next.online ? send(next) : { state: next, effects: [] };
}

/** The request is built when it goes out, from the latest text and version. */
function send(state: DraftState): DraftStep {
  const replaces = state.save && !state.save.sending ? state.save.replaces : false;
  return {
    state: { ...state, save: { sending: true, seq: state.editSeq } },
    effects: [{ type: "send", request: { id: state.id, baseVersion: state.version, fields: state.fields, replaces } }],
  };
}

/** After an answer: a save asked for meanwhile goes out now. */
function then(state: DraftState, effects: DraftEffect[]): DraftStep {
  if (!state.queued) return { state, effects };
  const { replaces } = state.queued;
  const step = requestSave({ ...state, queued: null }, replaces);
  return { state: step.state, effects: [...effects, ...step.effects] };
}
