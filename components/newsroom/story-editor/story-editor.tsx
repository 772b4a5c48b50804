"use client";

// The story editor. Nothing typed here may be lost: every change is copied to the browser at
// once, saved to the server a few seconds after typing stops (and on demand), resent when the
// server can be reached again, and a save based on an old version is refused with the other
// person's name while this text stays on screen to keep, copy or merge.
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  createStoryAction,
  saveStoryAction,
} from "@/lib/stories/actions";
import {
  submitStoryAction,
  withdrawStoryAction,
  approveStoryAction,
  claimStoryAction,
  correctStoryAction,
  publishStoryAction,
  releaseStoryAction,
  republishStoryAction,
  returnStoryAction,
  scheduleStoryAction,
  takeOverStoryAction,
  unpublishStoryAction,
  unscheduleStoryAction,
} from "@/lib/workflow/actions";
import { MediaPicker } from "@/components/newsroom/media-picker";
import type { CommandResult } from "@/lib/actions/command";
import { queryKeys } from "@/lib/query-keys";
import { countWords, plainText } from "@/lib/stories/body";
import type { ConflictDetails, SavedStory } from "@/lib/stories/commands";
import type { EditableStory, SectionChoice } from "@/lib/stories/editor-queries";
import type { StoryFields } from "@/lib/stories/schemas";
import { slugify } from "@/lib/text/slug";
import { statusLabels } from "@/lib/workflow/transitions";
import { ListInput } from "./list-input";
import { WorkflowActions, type MoveEvent, type MoveExtra } from "./workflow-actions";
import { RichTextEditor } from "./rich-text-editor";

const autosaveDelayMs = 3_000;
const retryDelayMs = 5_000;
const wordsPerMinute = 220;

const moveActions = {
  approve: approveStoryAction,
  publish: publishStoryAction,
  unschedule: unscheduleStoryAction,
  republish: republishStoryAction,
} as const;

type Backup = { fields: StoryFields; baseVersion: number | null; at: string; tab?: string };
type SaveState = "idle" | "dirty" | "saving" | "saved" | "offline" | "error" | "conflict";

const backupKey = (id: number | null) => `toasoan:bai-viet:${id ?? "moi"}`;
const timeFormat = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" });
const dateTimeFormat = new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" });

function readBackup(id: number | null): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

/** This browser tab, so that a copy still being written by another open tab is left to that tab. */
function tabId(): string {
  let id = window.sessionStorage.getItem("toasoan:tab");
  if (!id) {
    id = crypto.randomUUID();
    window.sessionStorage.setItem("toasoan:tab", id);
  }
  return id;
}
const liveTabWindowMs = 30_000;

function writeBackup(id: number | null, backup: Backup) {
  try {
    window.localStorage.setItem(backupKey(id), JSON.stringify({ ...backup, tab: tabId() }));
  } catch {
    // Storage full or disabled: the server save still runs.
  }
}

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
  const router = useRouter();
  const [fields, setFields] = useState<StoryFields>(story?.fields ?? emptyFields);
  const [coverUrl, setCoverUrl] = useState<string | null>(story?.coverUrl ?? null);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(story?.updatedAt ?? null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [pickingCover, setPickingCover] = useState(false);
  const [tagQuery, setTagQuery] = useState("");
  // Remounts the rich-text editor when its content is replaced from outside (a restored copy).
  const [editorKey, setEditorKey] = useState(0);
  // Writers' saves go out on their own; a published story changes only through Đính chính.
  const autosaves = story ? story.may.edit : true;
  const editable = autosaves || Boolean(story?.may.correct);

  // Refs carry the latest values into timers and mutation callbacks.
  const idRef = useRef<number | null>(story?.id ?? null);
  const versionRef = useRef<number | null>(story?.version ?? null);
  const fieldsRef = useRef(fields);
  const editSeq = useRef(0);
  const savedSeq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const change = useCallback(
    (patch: Partial<StoryFields>) => {
      setFields((current) => {
        const next = { ...current, ...patch };
        fieldsRef.current = next;
        writeBackup(idRef.current, { fields: next, baseVersion: versionRef.current, at: new Date().toISOString() });
        return next;
      });
      editSeq.current += 1;
      setSaveState((s) => (s === "conflict" ? s : "dirty"));
    },
    [],
  );

  const save = useMutation({
    mutationFn: async ({ replaces = false }: { replaces?: boolean } = {}) => {
      const seq = editSeq.current;
      const snapshot = fieldsRef.current;
      const result: CommandResult<SavedStory> =
        idRef.current === null
          ? await createStoryAction(snapshot)
          : await saveStoryAction({ id: idRef.current, baseVersion: versionRef.current!, fields: snapshot, replaces });
      return { result, seq };
    },
    onMutate: () => setSaveState("saving"),
    onSuccess: ({ result, seq }) => {
      if (result.ok) {
        const firstSave = idRef.current === null;
        idRef.current = result.data.id;
        versionRef.current = result.data.version;
        savedSeq.current = seq;
        setSavedAt(result.data.updatedAt);
        setConflict(null);
        setMessage(null);
        if (firstSave) {
          window.localStorage.removeItem(backupKey(null));
          window.history.replaceState(null, "", `/toa-soan/bai-viet/${result.data.id}`);
        }
        if (seq === editSeq.current) {
          window.localStorage.removeItem(backupKey(result.data.id));
          setSaveState("saved");
        } else {
          writeBackup(result.data.id, { fields: fieldsRef.current, baseVersion: result.data.version, at: new Date().toISOString() });
          setSaveState("dirty");
        }
      } else if (result.code === "conflict") {
        setConflict(result.details as ConflictDetails);
        setSaveState("conflict");
      } else {
        setSaveState("error");
        setMessage({ kind: "error", text: result.error });
      }
    },
    // The request never reached the server (offline, server down): the copy in the browser stays.
    onError: () => setSaveState("offline"),
  });
  const { mutate: saveNow, isPending: saving, isPaused: waitingForNetwork } = save;

  // Autosave a few seconds after typing stops; retry while offline.
  useEffect(() => {
    if (!autosaves || saving) return;
    if (saveState === "dirty" || saveState === "offline") {
      timer.current = setTimeout(() => saveNow({}), saveState === "offline" ? retryDelayMs : autosaveDelayMs);
      return () => {
        if (timer.current) clearTimeout(timer.current);
      };
    }
  }, [fields, saveState, saving, autosaves, saveNow]);

  useEffect(() => {
    const online = () => setSaveState((s) => (s === "offline" ? "dirty" : s));
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, []);

  // A copy left in this browser by a save that never arrived (closed tab, lost connection).
  useEffect(() => {
    if (fromServerOnly || !autosaves) return;
    const backup = readBackup(story?.id ?? null);
    if (!backup || JSON.stringify(backup.fields) === JSON.stringify(story?.fields ?? emptyFields)) return;
    const fromLiveTab = backup.tab !== tabId() && Date.now() - new Date(backup.at).getTime() < liveTabWindowMs;
    if (fromLiveTab) return; // another tab is editing this story right now and will save its own copy
    // Loaded from outside React (localStorage) once, after hydration.
    setFields(backup.fields);
    fieldsRef.current = backup.fields;
    editSeq.current += 1;
    setEditorKey((k) => k + 1);
    setMessage({ kind: "info", text: `Đã khôi phục nội dung chưa lưu từ trình duyệt (lúc ${timeFormat.format(new Date(backup.at))}); đang gửi lên máy chủ.` });
    setSaveState("dirty");
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- only on first load

  // Warn before leaving while something is not on the server yet: closing or reloading the tab,
  // and the newsroom's own links, which navigate without a page unload.
  useEffect(() => {
    const unsaved = () => editSeq.current !== savedSeq.current || saving;
    const warn = (e: BeforeUnloadEvent) => {
      if (unsaved()) e.preventDefault();
    };
    const confirmLink = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || !unsaved()) return;
      if (!window.confirm("Bài có thay đổi chưa lưu lên máy chủ (một bản sao vẫn được giữ trong trình duyệt). Vẫn rời trang?")) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", confirmLink, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", confirmLink, true);
    };
  }, [saving]);

  const tagSuggestions = useQuery({
    queryKey: queryKeys.tagSuggestions(tagQuery),
    queryFn: async () => {
      const response = await fetch(`/api/tags?q=${encodeURIComponent(tagQuery)}`);
      return response.ok ? ((await response.json()) as string[]) : [];
    },
    enabled: tagQuery.trim().length > 0,
    staleTime: 30_000,
  });

  const move = useMutation({
    mutationFn: async ({ event, extra = {} }: { event: MoveEvent; extra?: MoveExtra }): Promise<CommandResult<unknown>> => {
      // What is on screen goes to the server before the story moves on.
      if (autosaves && (idRef.current === null || editSeq.current !== savedSeq.current)) {
        const { result } = await save.mutateAsync({});
        if (!result.ok) return result;
      }
      const id = idRef.current!;
      const version = versionRef.current!;
      switch (event) {
        case "submit":
          return submitStoryAction({ id, version });
        case "withdraw":
          return withdrawStoryAction({ id, version });
        case "correct":
          return correctStoryAction({ id, baseVersion: version, fields: JSON.parse(JSON.stringify(fieldsRef.current)) as StoryFields, notice: extra.notice ?? null });
        case "return":
          return returnStoryAction({ id, version, note: extra.note ?? "" });
        case "unpublish":
          return unpublishStoryAction({ id, version, reason: extra.note ?? "" });
        case "schedule":
          return scheduleStoryAction({ id, version, publishAt: extra.publishAt ?? "" });
        case "claim":
          return claimStoryAction({ id });
        case "takeover":
          return takeOverStoryAction({ id });
        case "release":
          return releaseStoryAction({ id });
        default:
          return moveActions[event]({ id, version });
      }
    },
    onSuccess: (result, { event }) => {
      if (!result.ok) {
        if (result.code === "conflict") {
          setConflict(result.details as ConflictDetails);
          setSaveState("conflict");
        }
        setMessage({ kind: "error", text: result.error });
        return;
      }
      savedSeq.current = editSeq.current; // nothing left unsent: a correction was just saved
      // Moves that keep the screen mounted (a correction) must build on the version they made.
      const moved = result.data as { version?: unknown } | null;
      if (typeof moved?.version === "number") versionRef.current = moved.version;
      if (event === "submit") router.push("/toa-soan?da-gui=1");
      // A returned story is the reporter's draft again: the desk no longer sees it.
      else if (event === "return") router.push("/toa-soan?xong=return");
      else router.replace(`/toa-soan/bai-viet/${idRef.current}?xong=${event}`);
    },
    onError: () => setMessage({ kind: "error", text: "Không kết nối được máy chủ; thao tác chưa được thực hiện. Vui lòng thử lại." }),
  });

  const stats = useMemo(() => {
    const words = countWords(fields.title, fields.sapo, plainText(fields.body));
    return { words, minutes: Math.max(1, Math.ceil(words / wordsPerMinute)) };
  }, [fields.title, fields.sapo, fields.body]);
  const section = sections.find((s) => s.id === fields.sectionId);
  // Once public, a story keeps its address (lib/stories/commands.ts).
  const slug = story && ["scheduled", "published", "unpublished"].includes(story.status) ? story.slug : slugify(fields.title);

  const copyMine = async () => {
    const text = [fields.title, fields.sapo, plainText(fields.body), fields.byline.join(" - ")].filter(Boolean).join("\n\n");
    await navigator.clipboard.writeText(text);
    setMessage({ kind: "info", text: "Đã sao chép bản của bạn vào bộ nhớ tạm." });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-bold">{story ? "Sửa bài viết" : "Viết bài mới"}</h1>
          <p className="text-sm text-muted" aria-live="polite" data-testid="save-status">
            {statusText(waitingForNetwork ? "offline" : saveState, savedAt)}
          </p>
        </div>

        {message ? (
          <p role={message.kind === "error" ? "alert" : "status"} className={`rounded border px-3 py-2 text-sm ${message.kind === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-sky-300 bg-sky-50 text-sky-900"}`}>
            {message.text}
          </p>
        ) : null}

        {conflict ? (
          <div role="alert" className="space-y-2 rounded border border-amber-400 bg-amber-50 px-3 py-3 text-sm">
            <p>
              Bài đã được <strong>{conflict.updatedByName}</strong> sửa lúc {dateTimeFormat.format(new Date(conflict.updatedAt))}. Nội dung của bạn vẫn còn trên màn hình và trong trình duyệt; chưa có gì bị ghi đè.
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => {
                  // Save on top of the version just seen; the server keeps that one as a revision.
                  versionRef.current = conflict.currentVersion;
                  saveNow({ replaces: true });
                }}
                className="rounded bg-amber-700 px-3 py-1 font-semibold text-white"
              >
                Giữ bản của tôi
              </button>
              <button type="button" onClick={() => void copyMine()} className="rounded border border-stone-400 bg-white px-3 py-1">
                Sao chép bản của tôi
              </button>
              <a href={`/toa-soan/bai-viet/${idRef.current}?ban=may-chu`} target="_blank" rel="noopener" className="rounded border border-stone-400 bg-white px-3 py-1">
                Mở bản của {conflict.updatedByName}
              </a>
            </div>
            <p className="text-stone-700">“Giữ bản của tôi” lưu bản của bạn; bản của {conflict.updatedByName} vẫn được giữ trong lịch sử sửa đổi.</p>
          </div>
        ) : null}

        {!editable && story ? (
          <p className="rounded border border-stone-300 bg-stone-100 px-3 py-2 text-sm">
            Bài đang ở trạng thái <strong>{statusLabels[story.status]}</strong>; bạn không thể sửa bài lúc này.
          </p>
        ) : null}

        <div>
          <label htmlFor="title" className="block text-sm font-semibold">
            Tiêu đề
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
            Sapo
          </label>
          <textarea
            id="sapo"
            rows={3}
            value={fields.sapo}
            disabled={!editable}
            onChange={(e) => change({ sapo: e.target.value })}
            className="mt-1 w-full rounded border border-stone-400 px-3 py-2 font-serif text-lg font-semibold"
          />
        </div>
        <div>
          <p className="mb-1 text-sm font-semibold" id="noi-dung-nhan">
            Nội dung
          </p>
          <RichTextEditor key={editorKey} initial={fields.body} editable={editable} onChange={(body) => change({ body })} />
        </div>
        <p className="text-sm text-muted">
          {stats.words.toLocaleString("vi-VN")} từ · khoảng {stats.minutes} phút đọc · đường dẫn:{" "}
          <code className="break-all">
            /{section?.slug ?? "chuyen-muc"}/{slug || "…"}-{idRef.current ?? "id"}
          </code>
        </p>
      </div>

      <aside className="space-y-4">
        <div className="flex flex-wrap gap-2 rounded border border-stone-300 bg-white p-3">
          {autosaves ? (
            <button type="button" onClick={() => saveNow({})} disabled={saving} className="rounded border border-stone-500 px-3 py-2 font-semibold hover:bg-stone-100 disabled:opacity-60">
              Lưu nháp
            </button>
          ) : null}
          {(story?.may.submit ?? true) ? (
            <button
              type="button"
              onClick={() => move.mutate({ event: "submit" })}
              disabled={move.isPending || saving || conflict !== null}
              className="rounded bg-brand px-3 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
            >
              Gửi duyệt
            </button>
          ) : null}
          {story?.may.withdraw ? (
            <button type="button" onClick={() => move.mutate({ event: "withdraw" })} disabled={move.isPending} className="rounded border border-stone-500 px-3 py-2 font-semibold hover:bg-stone-100">
              Rút lại
            </button>
          ) : null}
        </div>
        {story && meId ? <WorkflowActions story={story} meId={meId} busy={move.isPending || saving} onMove={(event, extra) => move.mutate({ event, extra })} /> : null}

        <ListInput id="byline" label="Bút danh" values={fields.byline} disabled={!editable} onChange={(byline) => change({ byline })} placeholder="VD: THU HÀ" />

        <div>
          <label htmlFor="section" className="block text-sm font-semibold">
            Chuyên mục
          </label>
          <select
            id="section"
            value={fields.sectionId ?? ""}
            disabled={!editable}
            onChange={(e) => change({ sectionId: e.target.value ? Number(e.target.value) : null })}
            className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-2"
          >
            <option value="">— Chọn chuyên mục —</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>

        <ListInput
          id="tags"
          label="Thẻ"
          values={fields.tags}
          disabled={!editable}
          onChange={(tags) => change({ tags })}
          suggestions={tagSuggestions.data ?? []}
          onQuery={setTagQuery}
          placeholder="Gõ để tìm hoặc thêm thẻ"
        />

        <fieldset className="space-y-2 rounded border border-stone-300 bg-white p-3">
          <legend className="px-1 text-sm font-semibold">Ảnh đại diện</legend>
          {coverUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a library variant, already resized
            <img src={coverUrl} alt={fields.coverCaption || "Ảnh đại diện"} className="w-full rounded" />
          ) : (
            <p className="text-sm text-muted">Chưa chọn ảnh.</p>
          )}
          {editable ? (
            <div className="flex gap-2">
              <button type="button" onClick={() => setPickingCover(true)} className="rounded border border-stone-400 px-2 py-1 text-sm">
                Chọn ảnh đại diện
              </button>
              {fields.coverMediaId ? (
                <button
                  type="button"
                  onClick={() => {
                    setCoverUrl(null);
                    change({ coverMediaId: null });
                  }}
                  className="text-sm text-red-700 underline"
                >
                  Bỏ ảnh
                </button>
              ) : null}
            </div>
          ) : null}
          <label className="block text-sm">
            Chú thích ảnh
            <input value={fields.coverCaption} disabled={!editable} onChange={(e) => change({ coverCaption: e.target.value })} className="mt-1 w-full rounded border border-stone-400 px-2 py-1" />
          </label>
          <label className="block text-sm">
            Nguồn ảnh
            <input value={fields.coverCredit} disabled={!editable} onChange={(e) => change({ coverCredit: e.target.value })} className="mt-1 w-full rounded border border-stone-400 px-2 py-1" />
          </label>
        </fieldset>
        {pickingCover ? (
          <MediaPicker
            onClose={() => setPickingCover(false)}
            onPick={(m) => {
              setCoverUrl(m.url);
              change({ coverMediaId: m.id, coverCaption: fields.coverCaption || m.caption, coverCredit: fields.coverCredit || m.credit });
              setPickingCover(false);
            }}
          />
        ) : null}

        <details className="rounded border border-stone-300 bg-white p-3">
          <summary className="cursor-pointer text-sm font-semibold">Tối ưu tìm kiếm (SEO)</summary>
          <label className="mt-2 block text-sm">
            Tiêu đề SEO
            <input value={fields.seoTitle} disabled={!editable} onChange={(e) => change({ seoTitle: e.target.value })} placeholder={fields.title} className="mt-1 w-full rounded border border-stone-400 px-2 py-1" />
          </label>
          <label className="mt-2 block text-sm">
            Mô tả SEO
            <textarea value={fields.seoDescription} disabled={!editable} onChange={(e) => change({ seoDescription: e.target.value })} placeholder={fields.sapo} rows={3} className="mt-1 w-full rounded border border-stone-400 px-2 py-1" />
          </label>
        </details>

        {notes}

        <Link href="/toa-soan" className="block text-sm underline">
          ← Bài của tôi
        </Link>
      </aside>
    </div>
  );
}

function statusText(state: SaveState, savedAt: string | null): string {
  switch (state) {
    case "saving":
      return "Đang lưu…";
    case "dirty":
      return "Có thay đổi chưa lưu";
    case "offline":
      return "Mất kết nối: bản sao đang được giữ trong trình duyệt và sẽ gửi lại khi có mạng";
    case "error":
      return "Chưa lưu được";
    case "conflict":
      return "Chưa lưu: bài đã bị người khác sửa";
    default:
      return savedAt ? `Đã lưu lúc ${timeFormat.format(new Date(savedAt))}` : "Chưa lưu";
  }
}
