// The draft of the story on screen, for the editor: its fields, and the session that saves them
// (draft-session.ts). Wires the session to this browser: its copy of the story, the network
// events, the warning before leaving, and the copy left by a save that never arrived.
import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { createStoryAction, saveStoryAction } from "@/lib/stories/actions";
import type { CommandResult } from "@/lib/actions/command";
import type { SavedStory } from "@/lib/stories/commands";
import type { EditableStory } from "@/lib/stories/editor-queries";
import type { StoryFields } from "@/lib/stories/schemas";
import { createBrowserBackup } from "./browser-backup";
import { hasUnsentChanges, initialDraft, type SaveRequest } from "./draft-reducer";
import { createDraftSession, type DraftSession } from "./draft-session";
import { guardLeaving } from "./leave-guard";

const browserBackup = createBrowserBackup({ local: () => window.localStorage, session: () => window.sessionStorage });

function sendDraft({ id, baseVersion, fields, replaces }: SaveRequest): Promise<CommandResult<SavedStory>> {
  return id === null ? createStoryAction(fields) : saveStoryAction({ id, baseVersion: baseVersion!, fields, replaces });
}

export function useStoryDraft({
  story,
  emptyFields,
  fromServerOnly,
  autosaves,
}: {
  story: EditableStory | null;
  emptyFields: StoryFields;
  fromServerOnly?: boolean;
  autosaves: boolean;
}): {
  draft: ReturnType<DraftSession["getState"]>;
  session: DraftSession;
  /** Where a link clicked with unsent changes leads, while the editor asks whether to go. */
  leavingFor: string | null;
  stay: () => void;
} {
  const [session] = useState(() =>
    createDraftSession({
      initial: initialDraft({
        fields: story?.fields ?? emptyFields,
        id: story?.id ?? null,
        version: story?.version ?? null,
        savedAt: story?.updatedAt ?? null,
        autosaves,
      }),
      send: sendDraft,
      backup: browserBackup,
      replaceAddress: (id) => window.history.replaceState(null, "", `/toa-soan/bai-viet/${id}`),
    }),
  );
  const draft = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  const t = useTranslations("editor");
  const when = useFormatWhen();
  const [leavingFor, setLeavingFor] = useState<string | null>(null);

  useEffect(() => session.setAutosaves(autosaves), [session, autosaves]);

  useEffect(() => {
    const disconnect = session.connect();
    const online = () => session.online();
    const offline = () => session.offline();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      disconnect();
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  }, [session]);

  // Closing or reloading the tab, and the newsroom's own links, which navigate without an unload.
  useEffect(() => guardLeaving({ window, document }, () => hasUnsentChanges(session.getState()), setLeavingFor), [session]);

  // A copy left in this browser by a save that never arrived (closed tab, lost connection).
  useEffect(() => {
    if (fromServerOnly || !autosaves) return;
    const backup = browserBackup.read(story?.id ?? null);
    if (!backup) return;
    const stored = story?.fields ?? emptyFields;
    // A copy written before a field existed (the kind) takes that field from the stored story.
    const fields = { ...stored, ...backup.fields };
    if (!browserBackup.shouldRestore({ ...backup, fields }, stored, Date.now())) return;
    session.restore(fields, t("restoredFromBrowser", { time: when(backup.at, "time") }));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- only on first load

  return { draft, session, leavingFor, stay: () => setLeavingFor(null) };
}
