"use client";

// The media blocks' views in the editor (block-nodes.ts holds the nodes). Each edits its node's
// attributes in place; none loads another site's player: an embed shows its address only.
import type { ReactNodeViewProps } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { RichTextNode } from "@/db/schema";
import { useQuery } from "@tanstack/react-query";
import type { MediaListItem, MediaPage } from "@/lib/media/queries";
import { parseEmbedUrl, type BlockAttrs, type BlockPhoto, type EmbedProvider } from "@/lib/stories/blocks";
import { infographicFromMedia, isAwaiting, limits, photoFromMedia, providerNames, videoFromMedia } from "./block-attrs";
import { BlockFrame, BlockPicker } from "./block-frame";
import { freshFromMenu } from "./block-nodes";

const textareaClass = "w-full rounded border border-stone-400 bg-white px-2 py-1 [field-sizing:content]";

/** True for a block just added from "Thêm khối" that awaits its media or words: it opens its picker, or takes the focus. */
function useFresh(view: ReactNodeViewProps): boolean {
  const [fresh] = useState(() => {
    const awaiting = isAwaiting(view.node.toJSON() as RichTextNode);
    if (awaiting && freshFromMenu.has(view.editor)) {
      freshFromMenu.delete(view.editor);
      return true;
    }
    return false;
  });
  return fresh;
}

function awaitingOf(view: ReactNodeViewProps) {
  return isAwaiting(view.node.toJSON() as RichTextNode);
}

/** A photo with its Chú thích ảnh and Nguồn ảnh, numbered when the block holds several. */
function PhotoFields({ photo, n, onChange }: { photo: BlockPhoto; n?: number; onChange: (patch: Partial<BlockPhoto>) => void }) {
  const t = useTranslations("editor.blocks");
  const caption = n ? t("photoCaption", { n }) : t("caption");
  const credit = n ? t("photoCredit", { n }) : t("credit");
  return (
    <div className="grid min-w-0 gap-2">
      <Input
        aria-label={caption}
        placeholder={t("caption")}
        value={photo.caption}
        maxLength={limits.caption}
        onChange={(e) => onChange({ caption: e.target.value })}
        size="sm"
        className="italic"
      />
      <Input
        aria-label={credit}
        placeholder={t("creditPlaceholder")}
        value={photo.credit}
        maxLength={limits.credit}
        onChange={(e) => onChange({ credit: e.target.value })}
        size="sm"
      />
    </div>
  );
}

function Thumb({ photo, className = "h-24 w-32" }: { photo: Pick<BlockPhoto, "src" | "alt" | "caption">; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a library variant, already resized
    <img src={photo.src} alt={photo.alt || photo.caption} className={`${className} shrink-0 rounded bg-stone-200 object-cover`} />
  );
}

export function GalleryView(view: ReactNodeViewProps) {
  const t = useTranslations("editor.blocks");
  const items = (view.node.attrs.items as BlockPhoto[] | undefined) ?? [];
  const [picking, setPicking] = useState(useFresh(view));
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // The picker stays open for several photos in a row, so each pick reads the latest list.
  const latest = useRef(items);
  latest.current = items;
  const name = t("names.gallery");
  const full = items.length >= limits.galleryPhotos;

  const set = (next: BlockPhoto[]) => view.updateAttributes({ items: next });
  const move = (i: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [photo] = next.splice(i, 1);
    next.splice(to, 0, photo!);
    set(next);
    // The focus follows the photo, on the same button when it is still there.
    const which = to < i ? "up" : "down";
    setTimeout(() => {
      const row = list.current?.children[to];
      (
        row?.querySelector<HTMLElement>(`[data-photo-move="${which}"]:not([disabled])`) ?? row?.querySelector<HTMLElement>("[data-photo-move]:not([disabled])")
      )?.focus();
    }, 0);
  };

  return (
    <BlockFrame view={view} name={name} awaiting={awaitingOf(view) ? t("awaiting.gallery") : null}>
      {items.length ? (
        <ol ref={list} aria-label={t("galleryPhotos", { count: items.length })} className="space-y-3">
          {items.map((photo, i) => (
            <li
              key={`${photo.mediaId}-${i}`}
              className="flex flex-col gap-2 rounded border border-stone-200 bg-white p-2 sm:flex-row"
              onKeyDown={(e) => {
                // Alt+↑ / Alt+↓ on a photo move the photo within the gallery, not the gallery.
                if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
                e.preventDefault();
                e.stopPropagation();
                move(i, e.key === "ArrowUp" ? i - 1 : i + 1);
              }}
            >
              <div className="flex items-start gap-2">
                <span className="w-6 shrink-0 text-right text-sm font-semibold text-stone-600" aria-hidden="true">
                  {i + 1}
                </span>
                <Thumb photo={photo} className="h-20 w-28 sm:h-24 sm:w-32" />
              </div>
              <div className="min-w-0 flex-1 space-y-2">
                <PhotoFields photo={photo} n={i + 1} onChange={(patch) => set(items.map((p, j) => (j === i ? { ...p, ...patch } : p)))} />
                <div className="flex flex-wrap gap-2">
                  <Button size="sm" data-photo-move="up" disabled={i === 0} aria-label={t("photoUp", { n: i + 1 })} onClick={() => move(i, i - 1)}>
                    {t("up")}
                  </Button>
                  <Button
                    size="sm"
                    data-photo-move="down"
                    disabled={i === items.length - 1}
                    aria-label={t("photoDown", { n: i + 1 })}
                    onClick={() => move(i, i + 1)}
                  >
                    {t("down")}
                  </Button>
                  <Button
                    size="sm"
                    variant="link"
                    className="text-red-700"
                    aria-label={t("photoRemove", { n: i + 1 })}
                    onClick={() => {
                      set(items.filter((_, j) => j !== i));
                      addButton.current?.focus();
                    }}
                  >
                    {t("photoRemoveText")}
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button ref={addButton} size="sm" variant="primary" disabled={full} onClick={() => setPicking(true)}>
          {t("galleryAdd")}
        </Button>
        {items.length ? <span className="text-sm text-muted">{t("galleryCount", { count: items.length })}</span> : null}
      </div>
      {picking ? (
        <BlockPicker
          onClose={() => {
            setPicking(false);
            // After the dialog has closed (it gives the focus back to where it was opened from).
            setTimeout(() => addButton.current?.focus(), 0);
          }}
          onPick={(m) => {
            const current = latest.current;
            // A photo twice in one gallery is a slip of the finger.
            if (current.some((p) => p.mediaId === m.id) || current.length >= limits.galleryPhotos) return;
            const next = [...current, photoFromMedia(m)];
            latest.current = next;
            set(next);
          }}
        />
      ) : null}
    </BlockFrame>
  );
}

export function ImagePairView(view: ReactNodeViewProps) {
  const t = useTranslations("editor.blocks");
  const items = (view.node.attrs.items as (BlockPhoto | null)[] | undefined) ?? [];
  const startPicking = useFresh(view);
  const [picking, setPicking] = useState<0 | 1 | null>(startPicking ? 0 : null);
  const slots = [items[0] ?? null, items[1] ?? null] as const;
  const set = (i: 0 | 1, photo: BlockPhoto) => view.updateAttributes({ items: slots.map((p, j) => (j === i ? photo : p)) });
  return (
    <BlockFrame view={view} name={t("names.imagePair")} awaiting={awaitingOf(view) ? t("awaiting.imagePair") : null}>
      <div className="grid gap-3 sm:grid-cols-2">
        {slots.map((photo, i) => (
          <div key={i} className="min-w-0 space-y-2 rounded border border-stone-200 bg-white p-2">
            {photo ? <Thumb photo={photo} className="aspect-[4/3] h-auto w-full" /> : null}
            <Button size="sm" variant={photo ? "secondary" : "primary"} onClick={() => setPicking(i as 0 | 1)}>
              {photo ? t("pairChange", { n: i + 1 }) : t("pairChoose", { n: i + 1 })}
            </Button>
            {photo ? <PhotoFields photo={photo} n={i + 1} onChange={(patch) => set(i as 0 | 1, { ...photo, ...patch })} /> : null}
          </div>
        ))}
      </div>
      {picking !== null ? (
        <BlockPicker
          onClose={() => setPicking(null)}
          onPick={(m) => {
            set(picking, photoFromMedia(m));
            // The first photo chosen, the second follows.
            setPicking(picking === 0 && !slots[1] ? 1 : null);
          }}
        />
      ) : null}
    </BlockFrame>
  );
}

/** A block's library item as the library lists it: its poster, name, length and conversion state. */
function useLibraryItem(kind: "video" | "audio", id: number | null) {
  return useQuery({
    queryKey: ["media-item", kind, id],
    enabled: id !== null,
    queryFn: async ({ signal }): Promise<MediaListItem | null> => {
      const response = await fetch(`/api/media?${new URLSearchParams({ kind, id: String(id) })}`, { signal });
      return response.ok ? (((await response.json()) as MediaPage).items[0] ?? null) : null;
    },
    // While it converts, the block follows its progress.
    refetchInterval: (query) => (query.state.data?.status === "processing" ? 4000 : false),
  });
}

const minutes = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.round((ms % 60_000) / 1000)).padStart(2, "0")}`;

/** Video and Âm thanh: one library item, its caption and credit. */
function PlayableView({ view, kind }: { view: ReactNodeViewProps; kind: "video" | "audio" }) {
  const t = useTranslations("editor.blocks");
  const av = useTranslations("library.av");
  const attrs = view.node.attrs as Partial<BlockAttrs["video"]> & { mediaId: number | null };
  const [picking, setPicking] = useState(useFresh(view));
  const item = useLibraryItem(kind, attrs.mediaId ?? null).data;
  return (
    <BlockFrame view={view} name={t(`names.${kind}`)} awaiting={awaitingOf(view) ? t(`awaiting.${kind}`) : null}>
      {attrs.mediaId ? (
        <div className="mb-2 flex flex-wrap items-center gap-3">
          {item && kind === "video" && item.thumbUrl ? (
            <Thumb photo={{ src: item.thumbUrl, alt: "", caption: "" }} />
          ) : (
            <span aria-hidden="true" className="flex h-16 w-24 items-center justify-center rounded bg-stone-800 text-2xl text-white">
              {kind === "video" ? "▶" : "♪"}
            </span>
          )}
          <span className="min-w-0 text-sm break-words">
            {item ? item.originalName : t(`${kind}Item`, { id: attrs.mediaId })}
            {item?.durationMs ? ` · ${minutes(item.durationMs)}` : ""}
            {item?.status === "processing" ? <span className="block font-medium text-amber-800">{av("processing", { percent: item.progress })}</span> : null}
            {item?.status === "failed" ? <span className="block font-medium text-red-800">{av("failed", { reason: item.processingError ?? "" })}</span> : null}
          </span>
        </div>
      ) : null}
      <Button size="sm" variant={attrs.mediaId ? "secondary" : "primary"} onClick={() => setPicking(true)}>
        {attrs.mediaId ? t(`${kind}Change`) : t(`${kind}Choose`)}
      </Button>
      {attrs.mediaId ? (
        <div className="mt-2">
          <PhotoFields
            photo={{ mediaId: attrs.mediaId, src: "", alt: "", caption: attrs.caption ?? "", credit: attrs.credit ?? "" }}
            onChange={(patch) => view.updateAttributes(patch)}
          />
        </div>
      ) : null}
      {picking ? (
        <BlockPicker
          kind={kind}
          onClose={() => setPicking(false)}
          onPick={(m) => {
            // The writer's caption stays when the item is changed; a new block takes the library's.
            const fromLibrary = videoFromMedia(m);
            view.updateAttributes({ mediaId: m.id, caption: attrs.caption || fromLibrary.caption, credit: attrs.credit || fromLibrary.credit });
            setPicking(false);
          }}
        />
      ) : null}
    </BlockFrame>
  );
}

export const VideoView = (view: ReactNodeViewProps) => <PlayableView view={view} kind="video" />;
export const AudioView = (view: ReactNodeViewProps) => <PlayableView view={view} kind="audio" />;

export function EmbedView(view: ReactNodeViewProps) {
  const t = useTranslations("editor.blocks");
  const id = useId();
  const attrs = view.node.attrs as Omit<BlockAttrs["embed"], "provider"> & { provider: EmbedProvider | null };
  const fresh = useFresh(view);
  const [editing, setEditing] = useState(!attrs.url);
  const [address, setAddress] = useState(attrs.url);
  const [error, setError] = useState(false);
  const [pickingPoster, setPickingPoster] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A new embed asks for its address at once.
    if (fresh) requestAnimationFrame(() => field.current?.focus());
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- on first show only

  const accept = () => {
    const parsed = parseEmbedUrl(address);
    if (!parsed) {
      setError(true);
      field.current?.focus();
      return;
    }
    setError(false);
    setAddress(parsed.url);
    view.updateAttributes({ provider: parsed.provider, url: parsed.url });
    setEditing(false);
  };

  return (
    <BlockFrame view={view} name={t("names.embed")} awaiting={awaitingOf(view) ? t("awaiting.embed") : null}>
      {editing ? (
        <div className="space-y-2">
          <label htmlFor={`${id}-url`} className="block text-sm font-semibold">
            {t("embedUrl")}
          </label>
          <div className="flex flex-wrap gap-2">
            <Input
              ref={field}
              id={`${id}-url`}
              type="url"
              inputMode="url"
              value={address}
              placeholder="https://www.youtube.com/watch?v=…"
              aria-invalid={error || undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              maxLength={2000}
              onChange={(e) => setAddress(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  accept();
                }
              }}
              size="sm"
              className="min-w-0 flex-1 basis-56"
            />
            <Button size="sm" variant="primary" onClick={accept}>
              {t("embedAccept")}
            </Button>
            {attrs.url ? (
              <Button
                size="sm"
                onClick={() => {
                  setAddress(attrs.url);
                  setError(false);
                  setEditing(false);
                }}
              >
                {t("cancel")}
              </Button>
            ) : null}
          </div>
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-sm font-semibold text-red-800">
              {t("embedInvalid")}
            </p>
          ) : null}
        </div>
      ) : (
        <div className="space-y-1">
          <p className="text-sm">
            <strong>{attrs.provider ? providerNames[attrs.provider] : ""}</strong>{" "}
            <span className="break-all" data-testid="embed-url">
              {attrs.url}
            </span>
          </p>
          <p className="text-sm text-muted">{t("embedNotLoaded")}</p>
          <Button size="sm" onClick={() => setEditing(true)}>
            {t("embedChange")}
          </Button>
        </div>
      )}
      {attrs.url ? (
        <div className="mt-3 space-y-2">
          <Input
            aria-label={t("caption")}
            placeholder={t("caption")}
            value={attrs.caption}
            maxLength={limits.caption}
            onChange={(e) => view.updateAttributes({ caption: e.target.value })}
            size="sm"
            className="italic"
          />
          <div className="flex flex-wrap items-center gap-2">
            {attrs.posterSrc ? <Thumb photo={{ src: attrs.posterSrc, alt: "", caption: "" }} className="h-16 w-24" /> : null}
            <Button size="sm" onClick={() => setPickingPoster(true)}>
              {attrs.posterSrc ? t("posterChange") : t("posterChoose")}
            </Button>
            {attrs.posterSrc ? (
              <Button size="sm" variant="link" className="text-red-700" onClick={() => view.updateAttributes({ posterMediaId: null, posterSrc: null })}>
                {t("posterRemove")}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {pickingPoster ? (
        <BlockPicker
          onClose={() => setPickingPoster(false)}
          onPick={(m) => {
            view.updateAttributes({ posterMediaId: m.id, posterSrc: m.url });
            setPickingPoster(false);
          }}
        />
      ) : null}
    </BlockFrame>
  );
}

export function PullQuoteView(view: ReactNodeViewProps) {
  const t = useTranslations("editor.blocks");
  const id = useId();
  const attrs = view.node.attrs as BlockAttrs["pullQuote"];
  const fresh = useFresh(view);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (fresh) requestAnimationFrame(() => field.current?.focus());
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- on first show only
  return (
    <BlockFrame view={view} name={t("names.pullQuote")} awaiting={awaitingOf(view) ? t("awaiting.pullQuote") : null}>
      <label htmlFor={`${id}-text`} className="block text-sm font-semibold">
        {t("quoteText")}
      </label>
      <textarea
        ref={field}
        id={`${id}-text`}
        rows={2}
        maxLength={limits.quote}
        value={attrs.text}
        onChange={(e) => view.updateAttributes({ text: e.target.value })}
        className={`${textareaClass} mt-1 font-serif text-xl font-semibold`}
      />
      <label htmlFor={`${id}-cite`} className="mt-2 block text-sm font-semibold">
        {t("quoteCite")}
      </label>
      <Input
        id={`${id}-cite`}
        value={attrs.cite}
        maxLength={limits.cite}
        onChange={(e) => view.updateAttributes({ cite: e.target.value })}
        size="sm"
        className="mt-1 w-full"
      />
    </BlockFrame>
  );
}

export function ChapterView(view: ReactNodeViewProps) {
  const t = useTranslations("editor.blocks");
  const id = useId();
  const attrs = view.node.attrs as BlockAttrs["chapter"];
  const fresh = useFresh(view);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (fresh) requestAnimationFrame(() => field.current?.focus());
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- on first show only
  return (
    <BlockFrame view={view} name={t("names.chapter")} awaiting={awaitingOf(view) ? t("awaiting.chapter") : null}>
      <label htmlFor={`${id}-title`} className="block text-sm font-semibold">
        {t("chapterTitle")}
      </label>
      <Input
        ref={field}
        id={`${id}-title`}
        value={attrs.title}
        maxLength={limits.chapter}
        onChange={(e) => view.updateAttributes({ title: e.target.value })}
        className="mt-1 w-full font-serif text-xl font-bold"
      />
    </BlockFrame>
  );
}

export function InfographicView(view: ReactNodeViewProps) {
  const t = useTranslations("editor.blocks");
  const id = useId();
  const attrs = view.node.attrs as Omit<BlockAttrs["infographic"], "mediaId" | "src"> & { mediaId: number | null; src: string | null };
  const [picking, setPicking] = useState(useFresh(view));
  return (
    <BlockFrame view={view} name={t("names.infographic")} awaiting={awaitingOf(view) ? t("awaiting.infographic") : null}>
      {attrs.src ? (
        <Thumb photo={{ src: attrs.src, alt: attrs.alt, caption: attrs.caption }} className="mx-auto mb-2 h-auto max-h-80 w-auto max-w-full object-contain" />
      ) : null}
      <Button size="sm" variant={attrs.src ? "secondary" : "primary"} onClick={() => setPicking(true)}>
        {attrs.src ? t("infographicChange") : t("infographicChoose")}
      </Button>
      {attrs.src ? (
        <div className="mt-2 space-y-2">
          <PhotoFields
            photo={{ mediaId: attrs.mediaId ?? 0, src: attrs.src, alt: attrs.alt, caption: attrs.caption, credit: attrs.credit }}
            onChange={(patch) => view.updateAttributes(patch)}
          />
          <label htmlFor={`${id}-text`} className="block text-sm font-semibold">
            {t("infographicText")}
          </label>
          <p id={`${id}-hint`} className="text-sm text-muted">
            {t("infographicTextHint")}
          </p>
          <textarea
            id={`${id}-text`}
            rows={4}
            aria-describedby={`${id}-hint`}
            maxLength={limits.textAlternative}
            value={attrs.text}
            onChange={(e) => view.updateAttributes({ text: e.target.value })}
            className={`${textareaClass} min-h-24`}
          />
        </div>
      ) : null}
      {picking ? (
        <BlockPicker
          onClose={() => setPicking(false)}
          onPick={(m) => {
            const next = infographicFromMedia(m, attrs.text);
            // The writer's caption and credit stay when the picture is changed.
            view.updateAttributes({ ...next, caption: attrs.caption || next.caption, credit: attrs.credit || next.credit });
            setPicking(false);
          }}
        />
      ) : null}
    </BlockFrame>
  );
}
