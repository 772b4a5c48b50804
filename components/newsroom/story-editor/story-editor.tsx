"use client";

// The story editor: the layout of the form, wired to its parts. Nothing typed here may be lost:
// the draft (use-story-draft.ts) copies every change to the browser at once, saves it a few
// seconds after typing stops (and on demand), resends it when the server can be reached again, and
// turns a save based on an old version into a conflict with the other person's name while this
// text stays on screen to keep, copy or merge. Workflow moves go through use-workflow-move.ts.
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo } from "react";
import { useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { StoryBody } from "@/components/public/story-body";
import { withElement } from "@/components/public/with-element";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { countWords, plainText } from "@/lib/stories/body";
import type { EditableStory, SectionChoice } from "@/lib/stories/editor-queries";
import { kindFixed, kindRules } from "@/lib/stories/kinds";
import type { StoryFields } from "@/lib/stories/schemas";
import { slugify } from "@/lib/text/slug";
import { ConflictBanner } from "./conflict-banner";
import { CoverField } from "./cover-field";
import { KindChoice } from "./kind-choice";
import { waitingForNetwork } from "./draft-reducer";
import { ListInput } from "./list-input";
import { SaveStatus } from "./save-status";
import { SeoFields } from "./seo-fields";
import { TagInput } from "./tag-input";
import { useStoryDraft } from "./use-story-draft";

// The body's editor (Tiptap and ProseMirror, about 130 KB gzipped) is fetched only for a story the
// person may edit: one opened to be read (the desk going through the queue on a phone) shows its
// body as readers will see it, and the phone downloads no editor.
const RichTextEditor = dynamic(() => import("./rich-text-editor").then((m) => m.RichTextEditor), { ssr: false });
import { useWorkflowMove } from "./use-workflow-move";
import type { WayBack } from "./way-back";
import { WorkflowActions } from "./workflow-actions";

const wordsPerMinute = 220;

export function StoryEditor({
  story,
  sections,
  emptyFields,
  fromServerOnly,
  meId,
  notes,
  back,
}: {
  story: EditableStory | null;
  /** The way back to where the person came from (way-back.ts). */
  back: WayBack;
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
  const statusWords = useTranslations("workflow");
  // The read-only body's media blocks speak the newsroom's language here.
  const mediaWords = useTranslations("public.media");
  const when = useFormatWhen();
  // Writers' saves go out on their own; a published story changes only through Đính chính.
  const autosaves = story ? story.may.edit : true;
  const editable = autosaves || Boolean(story?.may.correct);
  const { draft, session, leavingFor, stay } = useStoryDraft({ story, emptyFields, fromServerOnly, autosaves });
  const router = useRouter();
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
  // Changes waiting for the network, or a save that just failed to reach the server.
  const offline = waitingForNetwork(draft) || draft.status === "offline";
  const mayWithdraw = Boolean(story?.may.withdraw);
  const maySubmit = story?.may.submit ?? true;
  // A story in review or later is saved as it is, not as a draft (DESIGN.md's words).
  const saveLabel = !story || story.status === "draft" ? t("saveDraft") : t("save");

  // The tab says which story it is, and follows the title as it is typed.
  const tabTitle = fields.title.trim() ? t("storyTitle", { title: fields.title.trim() }) : story ? t("storyTitle", { title: t("untitled") }) : null;
  useEffect(() => {
    if (tabTitle) document.title = tabTitle;
  }, [tabTitle]);

  return (
    // On a phone the columns stack: the text, then Lưu / Gửi duyệt kept in reach at the bottom of
    // the screen, then the side column. From lg the actions top the side column.
    <div className="grid gap-x-6 gap-y-4 lg:grid-cols-[1fr_18rem] lg:grid-rows-[auto_1fr]">
      <div className="min-w-0 space-y-4 lg:row-span-2">
        {leavingFor ? (
          <ConfirmDialog
            title={t("leaveTitle")}
            description={<p>{t("leaveQuestion")}</p>}
            confirmLabel={t("leave")}
            tone="danger"
            onConfirm={() => {
              stay();
              router.push(leavingFor);
            }}
            onCancel={stay}
          />
        ) : null}
        {offline ? (
          <p role="alert" className="sticky top-0 z-30 rounded border-2 border-red-800 bg-red-700 px-3 py-2 font-semibold text-white shadow">
            {t("offline")}
          </p>
        ) : null}
        <Link href={back.href} className="inline-block text-sm underline">
          {t(back.label)}
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-bold">{story ? (editable ? t("headingEdit") : t("headingView")) : t("headingNew")}</h1>
            {story ? <StatusBadge status={story.status} returned={story.returned !== null} /> : null}
          </div>
          <SaveStatus state={draft.status} savedAt={draft.savedAt} waitingForNetwork={offline} />
        </div>

        {story?.returned ? (
          <section aria-labelledby="bi-tra-lai" className="space-y-1 rounded border-2 border-red-700 bg-red-50 px-3 py-3 text-red-950" data-testid="returned">
            <h2 id="bi-tra-lai" className="flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status="draft" returned />
              <span>{t("returned.by", { name: story.returned.by ?? t("workflow.system"), time: when(story.returned.at) })}</span>
            </h2>
            <p>
              <strong>{t("returned.reason")}</strong> <span className="whitespace-pre-line">{story.returned.note}</span>
            </p>
            {story.may.edit ? <p className="text-sm">{t("returned.fix")}</p> : null}
          </section>
        ) : null}

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
            meId={meId}
            mine={fields}
            onKeepMine={session.keepMine}
            onCopied={() => session.notify({ kind: "info", text: t("copied") })}
          />
        ) : null}

        {!editable && story ? (
          <p className="rounded border border-stone-300 bg-stone-100 px-3 py-2 text-sm">
            {withElement((status) => t("readOnly", { status }), <strong>{statusWords(`status.${story.status}`)}</strong>)}
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
          {/* Both grow with their text (field-sizing), so a long title is never cut on a phone. */}
          <textarea
            id="title"
            rows={2}
            value={fields.title}
            disabled={!editable}
            onChange={(e) => change({ title: e.target.value.replace(/\n/g, " ") })}
            className="mt-1 [field-sizing:content] min-h-14 w-full rounded border border-stone-400 px-3 py-2 font-serif text-2xl font-bold"
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
            className="mt-1 [field-sizing:content] min-h-20 w-full rounded border border-stone-400 px-3 py-2 font-serif text-lg font-semibold"
          />
        </div>
        <div>
          <p className="mb-1 text-sm font-semibold" id="noi-dung-nhan">
            {t("fields.body")}
          </p>
          {editable ? (
            <RichTextEditor key={draft.editorKey} initial={fields.body} editable kind={fields.kind} onChange={(body) => change({ body })} />
          ) : (
            <div
              role="textbox"
              aria-readonly="true"
              aria-multiline="true"
              aria-label={t("fields.body")}
              className="rounded border border-stone-300 bg-white px-4 py-3"
            >
              <StoryBody body={fields.body} say={(key, values) => mediaWords(key, values)} />
            </div>
          )}
        </div>
        <p className="text-sm text-muted">
          {story?.publicPath
            ? withElement(
                (link) => t("liveAddress", { words: stats.words, minutes: stats.minutes, link }),
                <a href={story.publicPath} target="_blank" rel="noopener" className="font-semibold text-blue-800 underline">
                  {t("live")} ↗
                </a>,
              )
            : withElement(
                (address) => t("stats", { words: stats.words, minutes: stats.minutes, address }),
                <code className="break-all">
                  /{section?.slug ?? "chuyen-muc"}/{slug || "…"}-{draft.id ?? "id"}
                </code>,
              )}
        </p>
      </div>

      {/* Only when there is something to press: a read-only story has no empty card here. */}
      {autosaves || maySubmit || mayWithdraw ? (
        <div
          role="group"
          aria-label={t("actions")}
          className="flex flex-wrap gap-2 rounded border border-stone-300 bg-white p-3 max-lg:sticky max-lg:bottom-0 max-lg:z-20 max-lg:shadow-[0_-2px_8px_rgba(0,0,0,0.12)]"
        >
          {autosaves ? (
            <button
              type="button"
              onClick={session.saveNow}
              disabled={saving}
              className="rounded border border-stone-500 px-3 py-2 font-semibold hover:bg-stone-100 disabled:opacity-60"
            >
              {saveLabel}
            </button>
          ) : null}
          {maySubmit ? (
            <button
              type="button"
              onClick={() => move.mutate({ event: "submit" })}
              disabled={move.isPending || saving || conflict !== null}
              className="rounded bg-brand px-3 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
            >
              {t("submit")}
            </button>
          ) : null}
          {mayWithdraw ? (
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
      ) : null}

      <aside className="min-w-0 space-y-4">
        {story && meId ? (
          <WorkflowActions
            story={story}
            title={fields.title}
            meId={meId}
            busy={move.isPending || saving}
            onMove={(event, extra) => move.mutate({ event, extra })}
          />
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
      </aside>
    </div>
  );
}
