"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";
import { addNoteAction } from "@/lib/notes/actions";
import type { StoryNote } from "@/lib/notes/queries";

const NOTE_MAX_LENGTH = 4000;
const notesKey = (storyId: number) => ["story", storyId, "notes"] as const;

async function fetchNotes(storyId: number): Promise<StoryNote[]> {
  const response = await fetch(`/api/stories/${storyId}/notes`, { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { notes: StoryNote[] }).notes;
}

export type StoryNotesProps = {
  storyId: number;
  /** The thread as the page read it (lib/notes/queries.ts listStoryNotes), oldest first. */
  initialNotes: StoryNote[];
  /** can(actor, "story.note", scope): shows the form. The server asks again on every note. */
  canWrite: boolean;
};

/** Ghi chú: the thread between the desk and the reporter, refreshed every ten seconds. */
export function StoryNotes({ storyId, initialNotes, canWrite }: StoryNotesProps) {
  const queryClient = useQueryClient();
  const t = useTranslations("editor.notes");
  const when = useFormatWhen();
  const { data: notes, isError } = useQuery({
    queryKey: notesKey(storyId),
    queryFn: () => fetchNotes(storyId),
    initialData: initialNotes,
    refetchInterval: 10_000,
  });
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const headingId = useId();
  const fieldId = useId();

  const send = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await addNoteAction({ storyId, body: text });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setText("");
      await queryClient.invalidateQueries({ queryKey: notesKey(storyId) });
    });
  };

  return (
    <section aria-labelledby={headingId} className="rounded border border-stone-300 bg-white p-4">
      <h2 id={headingId} className="mb-3 text-base font-semibold">
        {t("heading")}
      </h2>
      {notes.length === 0 ? (
        <p className="text-sm text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("list")}>
          {notes.map((note) => (
            <li key={note.id} className="rounded border border-stone-200 bg-stone-50 p-3 text-sm">
              <p className="mb-1 flex flex-wrap items-baseline gap-x-2 text-stone-700">
                <span className="font-semibold text-stone-900">{note.authorName}</span>
                <span>{note.roleLabel}</span>
                <time dateTime={note.at}>{when(note.at)}</time>
                {note.transitionLabel ? (
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                    {t("withMove", { move: note.transitionLabel })}
                  </span>
                ) : null}
              </p>
              <p className="break-words whitespace-pre-wrap text-stone-900">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      {isError ? <p className="mt-2 text-sm text-red-700">{t("refreshFailed")}</p> : null}
      {canWrite ? (
        <form onSubmit={send} className="mt-4 space-y-2">
          <Label htmlFor={fieldId}>{t("label")}</Label>
          <Textarea id={fieldId} value={text} onChange={(e) => setText(e.target.value)} maxLength={NOTE_MAX_LENGTH} rows={3} required size="sm" />
          {error ? <Notice tone="error">{error}</Notice> : null}
          <Button type="submit" variant="primary" size="sm" disabled={pending || !text.trim()}>
            {pending ? t("sending") : t("send")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
