"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { MediaUploader } from "@/components/newsroom/media-uploader";
import { Button } from "@/components/ui/button";
import { Dialog, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { MediaKind } from "@/db/schema";
import type { MediaPage, MediaSummary } from "@/lib/media/queries";
import { queryKeys } from "@/lib/query-keys";
import { formatDuration } from "@/lib/media/duration";
import { MediaStatusLabel } from "./media-av-details";

/** One page of the library; `failed` is said when the server gives no reason of its own. */
async function fetchMedia(kind: MediaKind, q: string, page: number, signal: AbortSignal, failed: string): Promise<MediaPage> {
  const response = await fetch(`/api/media?${new URLSearchParams({ kind, q, page: String(page) })}`, { signal });
  const body = (await response.json().catch(() => null)) as (MediaPage & { error?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.error ?? failed);
  return body;
}

/** Waits until typing pauses, so the library is not searched on every keystroke. */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The media library as a modal dialog, for the story editor: search, upload, and pick an image
 * for a figure or the cover (Ảnh đại diện), or (`kind`) a video or sound file for its block.
 */
export function MediaPicker({ onPick, onClose, kind = "image" }: { onPick: (m: MediaSummary) => void; onClose: () => void; kind?: MediaKind }) {
  const id = useId();
  const t = useTranslations("library.picker");
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const settled = useSettled(q.trim());

  const library = useQuery({
    queryKey: queryKeys.media(kind, settled, page),
    queryFn: ({ signal }) => fetchMedia(kind, settled, page, signal, t("loadFailed", { kind })),
    placeholderData: keepPreviousData,
    // A video being converted shows its progress until it is ready.
    refetchInterval: (query) => (query.state.data?.items.some((item) => item.status === "processing") ? 4000 : false),
  });
  const data = library.data;

  return (
    <Dialog label={t("title", { kind })} onClose={onClose}>
      <DialogHeader title={t("title", { kind })} onClose={onClose} closeLabel={t("close", { kind })} closeText={t("closeText")} />
      <div className="grid gap-4 p-4 md:grid-cols-[17rem_1fr]">
        <MediaUploader
          compact
          kind={kind}
          onUploaded={() => {
            // The new photo is the newest: show the first page, unfiltered, where it now leads.
            setQ("");
            setPage(1);
          }}
        />
        <div className="min-w-0 space-y-4">
          <Field id={`${id}-q`} label={t("search")}>
            <Input
              type="search"
              autoFocus // typing a word is what people do first in a library
              value={q}
              placeholder={t("searchPlaceholder")}
              onChange={(e) => {
                setQ(e.target.value);
                setPage(1);
              }}
              // The picker may sit inside the story's form: Enter here must not submit the story.
              onKeyDown={(e) => {
                if (e.key === "Enter") e.preventDefault();
              }}
            />
          </Field>
          {library.isError ? <Notice tone="error">{library.error.message}</Notice> : null}
          {!data ? (
            <p className="text-sm text-muted">{t("loading", { kind })}</p>
          ) : data.items.length === 0 ? (
            <p className="text-sm text-muted">{settled ? t("noMatch", { q: settled, kind }) : t("empty", { kind })}</p>
          ) : (
            <ul aria-label={t("list", { kind })} className={`grid grid-cols-2 gap-3 lg:grid-cols-3 ${library.isPlaceholderData ? "opacity-60" : ""}`}>
              {data.items.map((item) => (
                <li key={item.id} className="flex flex-col rounded border border-stone-300 bg-white">
                  <div className="relative flex aspect-[4/3] items-center justify-center bg-stone-100">
                    {item.thumbUrl ? (
                      // eslint-disable-next-line @next/next/no-img-element -- a library variant, already resized
                      <img src={item.thumbUrl} alt={item.alt || item.caption} loading="lazy" className="max-h-full max-w-full object-contain" />
                    ) : (
                      <span aria-hidden className="text-3xl text-stone-500">
                        {item.kind === "video" ? "▶" : "♪"}
                      </span>
                    )}
                    {item.durationMs ? (
                      <span className="absolute right-1 bottom-1 rounded bg-black/70 px-1.5 text-xs text-white">{formatDuration(item.durationMs)}</span>
                    ) : null}
                  </div>
                  <div className="flex flex-1 flex-col gap-1 p-2 text-sm">
                    <p id={`${id}-caption-${item.id}`} className="line-clamp-2">
                      {item.caption || <span className="text-muted italic">{t("noCaption")}</span>}
                    </p>
                    {item.credit ? <p className="text-xs text-muted">{item.credit}</p> : null}
                    {item.kind !== "image" ? <MediaStatusLabel item={item} /> : null}
                    {item.kind !== "image" && !item.caption ? <p className="truncate text-xs text-muted">{item.originalName}</p> : null}
                    <Button
                      variant="primary"
                      size="sm"
                      aria-describedby={`${id}-caption-${item.id}`}
                      onClick={() =>
                        onPick({
                          id: item.id,
                          kind: item.kind,
                          url: item.url,
                          caption: item.caption,
                          credit: item.credit,
                          alt: item.alt,
                          width: item.width,
                          height: item.height,
                        })
                      }
                      className="mt-auto"
                    >
                      {t("pick", { kind })}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {data && data.pageCount > 1 ? (
            <nav aria-label={t("pages", { kind })} className="flex items-center gap-3 text-sm">
              <Button disabled={page <= 1} onClick={() => setPage((p) => Math.max(1, p - 1))}>
                {t("previous")}
              </Button>
              <span>{t("page", { page: data.page, pageCount: data.pageCount })}</span>
              <Button disabled={page >= data.pageCount} onClick={() => setPage((p) => p + 1)}>
                {t("next")}
              </Button>
            </nav>
          ) : null}
        </div>
      </div>
    </Dialog>
  );
}
