// A workflow move from the editor: what is on screen goes to the server first, then the move from
// the table (workflow-moves.ts); a refusal lands on the draft's message (and conflict), success
// moves the screen on.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import type { CommandResult } from "@/lib/actions/command";
import type { DraftSession } from "./draft-session";
import { afterMove, moves, type MoveEvent, type MoveExtra } from "./workflow-moves";

export function useWorkflowMove(session: DraftSession, autosaves: boolean) {
  const router = useRouter();
  const t = useTranslations("editor");
  return useMutation({
    mutationFn: async ({ event, extra = {} }: { event: MoveEvent; extra?: MoveExtra }): Promise<CommandResult<unknown>> => {
      // What is on screen goes to the server before the story moves on.
      const before = session.getState();
      if (autosaves && (before.id === null || before.editSeq !== before.savedSeq)) {
        const result = await session.flush();
        if (!result.ok) return result;
      }
      const { id, version, fields } = session.getState();
      return moves[event].run({ id: id!, version: version!, fields, extra });
    },
    onSuccess: (result, { event }) => {
      if (!result.ok) {
        session.moveRefused(result);
        return;
      }
      const moved = result.data as { version?: unknown } | null;
      session.moved(typeof moved?.version === "number" ? moved.version : undefined);
      const next = afterMove(event, session.getState().id!);
      if ("push" in next) router.push(next.push);
      else router.replace(next.replace);
    },
    onError: () => session.notify({ kind: "error", text: t("networkError") }),
  });
}
