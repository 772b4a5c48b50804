import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FieldHint, Label } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { MediaDetailsForm } from "@/components/newsroom/media-details-form";
import { MediaUploader } from "@/components/newsroom/media-uploader";
import { MediaRightsForm, MediaStatusLabel, MediaTracks, RefreshWhileProcessing } from "@/components/newsroom/media-av-details";
import { formatDuration } from "@/lib/media/duration";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomFormatWhen, getNewsroomLocale, getNewsroomT } from "@/lib/i18n/server";
import { getMediaLibrary } from "@/lib/media/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("library");
  return { title: t("title") };
}

const params = z.object({
  q: z.string().max(200).catch(""),
  trang: z.coerce.number().int().min(1).max(100_000).catch(1),
});

function pageHref(q: string, page: number) {
  const search = new URLSearchParams();
  if (q) search.set("q", q);
  if (page > 1) search.set("trang", String(page));
  const query = search.toString();
  return `/toa-soan/thu-vien-anh${query ? `?${query}` : ""}`;
}

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("media.upload", "/toa-soan/thu-vien-anh");
  const raw = await searchParams;
  const { q, trang } = params.parse({ q: typeof raw.q === "string" ? raw.q.trim() : "", trang: raw.trang ?? 1 });
  const [library, t, when, locale] = await Promise.all([
    getMediaLibrary(actor, { q, page: trang }),
    getNewsroomT("library"),
    getNewsroomFormatWhen(),
    getNewsroomLocale(),
  ]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>

      <MediaUploader refreshOnUpload kind="av" />
      <RefreshWhileProcessing active={library.items.some((item) => item.status === "processing")} />

      <search>
        <form method="get" action="/toa-soan/thu-vien-anh" className="flex flex-wrap items-end gap-2">
          {/* The box, not the field inside it, is bounded: a phone's narrow screen then never scrolls sideways. */}
          <div className="w-96 max-w-full">
            <Label htmlFor="q">{t("search")}</Label>
            <Input id="q" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} aria-describedby="q-hint" className="mt-1" />
          </div>
          <Button type="submit">{t("searchSubmit")}</Button>
          {q ? (
            <Link href="/toa-soan/thu-vien-anh" className="px-2 py-1 text-sm underline">
              {t("showAll")}
            </Link>
          ) : null}
          <FieldHint id="q-hint" className="w-full">
            {t("searchHint")}
          </FieldHint>
        </form>
      </search>

      <section aria-labelledby="media-list-heading">
        <h2 id="media-list-heading" className="mb-3 text-lg font-semibold">
          {q ? t("results", { q }) : t("latest")} <span className="text-sm font-normal text-muted">{t("count", { count: library.total })}</span>
        </h2>
        {library.items.length === 0 ? (
          <p className="text-sm text-muted">{q ? t("noMatch") : t("empty")}</p>
        ) : (
          <ul aria-label={t("list")} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {library.items.map((item) => (
              <li key={item.id} className="flex flex-col overflow-hidden rounded border border-stone-300 bg-white">
                {item.kind === "image" ? (
                  <a href={item.url} className="flex aspect-[4/3] items-center justify-center bg-stone-100" title={t("openLarge")}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- a library variant, already resized */}
                    <img
                      src={item.thumbUrl}
                      alt={item.alt || item.caption}
                      loading="lazy"
                      width={item.width ?? undefined}
                      height={item.height ?? undefined}
                      className="max-h-full max-w-full object-contain"
                    />
                  </a>
                ) : (
                  <div className="relative flex aspect-[4/3] flex-col items-center justify-center gap-2 bg-stone-800 p-2 text-white">
                    {item.thumbUrl ? (
                      // eslint-disable-next-line @next/next/no-img-element -- the poster's smallest variant
                      <img src={item.thumbUrl} alt="" loading="lazy" className="absolute inset-0 h-full w-full object-contain" />
                    ) : (
                      <span aria-hidden className="text-4xl">
                        {item.kind === "video" ? "▶" : "♪"}
                      </span>
                    )}
                    <span className="absolute top-2 left-2 rounded bg-black/70 px-2 py-0.5 text-xs">
                      {item.kind === "video" ? t("av.video") : t("av.audio")}
                      {item.durationMs ? ` · ${formatDuration(item.durationMs)}` : ""}
                    </span>
                    {item.status === "ready" && item.kind === "audio" ? (
                      <audio controls preload="none" src={item.url} className="relative w-full" aria-label={t("av.listen", { name: item.originalName })} />
                    ) : null}
                    {item.status === "ready" && item.kind === "video" ? (
                      <a href={item.url} className="relative rounded bg-black/70 px-2 py-1 text-sm underline">
                        {t("av.watch")}
                      </a>
                    ) : null}
                  </div>
                )}
                <div className="flex flex-1 flex-col gap-1 p-3 text-sm">
                  <p className="font-medium">{item.caption || <span className="font-normal text-muted italic">{t("noCaption")}</span>}</p>
                  <p className="text-stone-700">{item.credit ? item.credit : <span className="text-muted italic">{t("noCredit")}</span>}</p>
                  <p className="text-xs text-muted">
                    {item.uploaderName ?? "—"} · <time dateTime={item.createdAt}>{when(item.createdAt)}</time>
                  </p>
                  {item.kind !== "image" ? <MediaStatusLabel item={item} /> : null}
                  <p className="truncate text-xs text-muted" title={item.originalName}>
                    {item.originalName}
                    {item.originalWidth && item.originalHeight ? ` · ${item.originalWidth}×${item.originalHeight}` : ""}
                  </p>
                  {item.mayEdit ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-sm font-semibold text-brand">{t("edit")}</summary>
                      <div className="mt-2">
                        <MediaDetailsForm id={item.id} caption={item.caption} credit={item.credit} alt={item.alt} />
                      </div>
                      <div className="mt-4 border-t border-stone-200 pt-3">
                        <MediaRightsForm id={item.id} kind={item.kind} rights={item.rights} rightsSource={item.rightsSource} transcript={item.transcript} />
                      </div>
                      {item.kind !== "image" ? (
                        <div className="mt-4 border-t border-stone-200 pt-3">
                          <MediaTracks id={item.id} tracks={item.tracks} />
                        </div>
                      ) : null}
                    </details>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={library.page} pageCount={library.pageCount} href={(p) => pageHref(q, p)} className="mt-4" locale={locale} />
      </section>
    </div>
  );
}
