"use client";

// The story editor: the layout of the form, wired to its parts. Nothing typed here may be lost:
// the draft (use-story-draft.ts) copies every change to the browser at once, saves it a few
// seconds after typing stops (and on demand), resends it when the server can be reached again, and
// turns a save based on an old version into a conflict with the other person's name while this
// text stays on screen to keep, copy or merge. Workflow moves go through use-workflow-move.ts.
import Link from "next/link";
import { useMemo } from "react";
import { useTranslations } from "use-intl";
import { withElement } from "@/components/public/with-element";
import { countWords, plainText } from "@/lib/stories/body";
import type { EditableStory, SectionChoice } from "@/lib/stories/editor-queries";
import { kindFixed, kindRules } from "@/lib/stories/kinds";
import type { StoryFields } from "@/lib/stories/schemas";
import { slugify } from "@/lib/text/slug";
import { statusLabels } from "@/lib/workflow/transitions";
import { ConflictBanner } from "./conflict-banner";
import { CoverField } from "./cover-field";
import { KindChoice } from "./kind-choice";
import { waitingForNetwork } from "./draft-reducer";
import { ListInput } from "./list-input";
import { RichTextEditor } from "./rich-text-editor";
import { SaveStatus } from "./save-status";
import { SeoFields } from "./seo-fields";
import { TagInput } from "./tag-input";
import { useStoryDraft } from "./use-story-draft";
import { useWorkflowMove } from "./use-workflow-move";
import { WorkflowActions } from "./workflow-actions";

const wordsPerMinute = 220;

export function StoryEditor({
  story,
  sections,
  emptyFields,
  fromServerOnly,
  meId,
  notes,
}: {
  story: EditableStory | null;
  /** The Ghi chú thread, rendered by the page. */
  notes?: React.ReactNode;
  /** The signed-in person, to tell their own hold from someone else's. */
  meId?: number;
  sections: SectionChoice[];
  emptyFields: StoryFields;
  /** Opened to look at the stored version: ignore any copy kept in this browser. */
  fromServerOnly?: boolean;
}) {
  const t = useTranslations("editor");
  // Writers' saves go out on their own; a published story changes only through Đính chính.
  const autosaves = story ? story.may.edit : true;
  const editable = autosaves || Boolean(story?.may.correct);
  const { draft, session } = useStoryDraft({ story, emptyFields, fromServerOnly, autosaves });
  const move = useWorkflowMove(session, autosaves);
  const { fields, message, conflict } = draft;
  const saving = draft.save !== null;
  const change = session.edit;

  const stats = useMemo(() => {
    const words = countWords(fields.title, fields.sapo, plainText(fields.body));
    return { words, minutes: Math.max(1, Math.ceil(words / wordsPerMinute)) };
  }, [fields.title, fields.sapo, fields.body]);
  const section = sections.find((s) => s.id === fields.sectionId);
  const sapoOptional = kindRules[fields.kind].sapo === "optional";
  // Once public, a story keeps its address (lib/stories/commands.ts).
  const slug = story && ["scheduled", "published", "unpublished"].includes(story.status) ? story.slug : slugify(fields.title);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-bold">{story ? t("headingEdit") : t("headingNew")}</h1>
          <SaveStatus state={draft.status} savedAt={draft.savedAt} waitingForNetwork={waitingForNetwork(draft)} />
        </div>

        {message ? (
          <p
            role={message.kind === "error" ? "alert" : "status"}
            className={`rounded border px-3 py-2 text-sm ${message.kind === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-sky-300 bg-sky-50 text-sky-900"}`}
          >
            {message.text}
          </p>
        ) : null}

        {conflict ? (
          <ConflictBanner
            conflict={conflict}
            storyId={draft.id}
            mine={fields}
            onKeepMine={session.keepMine}
            onCopied={() => session.notify({ kind: "info", text: t("copied") })}
          />
        ) : null}

        {!editable && story ? (
          <p className="rounded border border-stone-300 bg-stone-100 px-3 py-2 text-sm">
            {withElement((status) => t("readOnly", { status }), <strong>{statusLabels[story.status]}</strong>)}
          </p>
        ) : null}

        <KindChoice
          value={fields.kind}
          // Once published, the kind is what readers saw (lib/stories/kinds.ts); a correction keeps it.
          fixed={story ? kindFixed(story.status) : false}
          disabled={!editable}
          onChange={(kind) => change({ kind })}
        />

        <div>
          <label htmlFor="title" className="block text-sm font-semibold">
            {t("fields.title")}
          </label>
          <textarea
            id="title"
            rows={2}
            value={fields.title}
            disabled={!editable}
            onChange={(e) => change({ title: e.target.value.replace(/\n/g, " ") })}
            className="mt-1 w-full rounded border border-stone-400 px-3 py-2 font-serif text-2xl font-bold"
          />
        </div>
        <div>
          <label htmlFor="sapo" className="block text-sm font-semibold">
            {t("fields.sapo")}
          </label>
          {sapoOptional ? (
            <p id="sapo-goi-y" className="text-sm text-muted">
              {t("kind.sapoOptional")}
            </p>
          ) : null}
          <textarea
            id="sapo"
            rows={sapoOptional ? 2 : 3}
            value={fields.sapo}
            disabled={!editable}
            aria-describedby={sapoOptional ? "sapo-goi-y" : undefined}
            onChange={(e) => change({ sapo: e.target.value })}
            className="mt-1 w-full rounded border border-stone-400 px-3 py-2 font-serif text-lg font-semibold"
          />
        </div>
        <div>
          <p className="mb-1 text-sm font-semibold" id="noi-dung-nhan">
            {t("fields.body")}
          </p>
          <RichTextEditor key={draft.editorKey} initial={fields.body} editable={editable} onChange={(body) => change({ body })} />
        </div>
        <p className="text-sm text-muted">
          {withElement(
            (address) => t("stats", { words: stats.words, minutes: stats.minutes, address }),
            <code className="break-all">
              /{section?.slug ?? "chuyen-muc"}/{slug || "…"}-{draft.id ?? "id"}
            </code>,
          )}
        </p>
      </div>

      <aside className="space-y-4">
        <div className="flex flex-wrap gap-2 rounded border border-stone-300 bg-white p-3">
          {autosaves ? (
            <button
              type="button"
              onClick={session.saveNow}
              disabled={saving}
              className="rounded border border-stone-500 px-3 py-2 font-semibold hover:bg-stone-100 disabled:opacity-60"
            >
              {t("saveDraft")}
            </button>
          ) : null}
          {(story?.may.submit ?? true) ? (
            <button
              type="button"
              onClick={() => move.mutate({ event: "submit" })}
              disabled={move.isPending || saving || conflict !== null}
              className="rounded bg-brand px-3 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
            >
              {t("submit")}
            </button>
          ) : null}
          {story?.may.withdraw ? (
            <button
              type="button"
              onClick={() => move.mutate({ event: "withdraw" })}
              disabled={move.isPending}
              className="rounded border border-stone-500 px-3 py-2 font-semibold hover:bg-stone-100"
            >
              {t("withdraw")}
            </button>
          ) : null}
        </div>
        {story && meId ? (
          <WorkflowActions story={story} meId={meId} busy={move.isPending || saving} onMove={(event, extra) => move.mutate({ event, extra })} />
        ) : null}

        <ListInput
          id="byline"
          label={t("fields.byline")}
          values={fields.byline}
          disabled={!editable}
          onChange={(byline) => change({ byline })}
          placeholder={t("fields.bylinePlaceholder")}
        />

        <div>
          <label htmlFor="section" className="block text-sm font-semibold">
            {t("fields.section")}
          </label>
          <select
            id="section"
            value={fields.sectionId ?? ""}
            disabled={!editable}
            onChange={(e) => change({ sectionId: e.target.value ? Number(e.target.value) : null })}
            className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-2"
          >
            <option value="">{t("fields.noSection")}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>

        <TagInput values={fields.tags} disabled={!editable} onChange={(tags) => change({ tags })} />

        <CoverField initialUrl={story?.coverUrl ?? null} value={fields} editable={editable} onChange={change} />

        <SeoFields value={fields} fallback={fields} editable={editable} onChange={change} />

        {notes}

        <Link href="/toa-soan" className="block text-sm underline">
          {t("backToMine")}
        </Link>
      </aside>
    </div>
  );
}
