import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { StoryBody } from "@/components/public/story-body";
import { getActor } from "@/lib/auth/actor";
import { mayPreview } from "@/lib/preview/queries";
import { getPreviewStory } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";
import { statusLabels } from "@/lib/workflow/transitions";

// Never cached, never indexed: it depends on who asks.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Xem trước", robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const database = await db();
  if (!(await mayPreview(database, await getActor(), Number(id)))) notFound();
  const story = await getPreviewStory(database, Number(id));
  if (!story) notFound();
  return (
    <>
      <p role="status" className="mb-6 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Xem trước — bài đang ở trạng thái “{statusLabels[story.status]}”. Chỉ người trong tòa soạn được xem trang này.
      </p>
      <article className="mx-auto max-w-3xl">
        <p className="text-sm font-semibold text-brand">{story.sectionName ?? "Chưa chọn chuyên mục"}</p>
        <p className="mt-2 text-sm text-muted">{formatDateline(story.publishedAt ?? new Date(), { withTime: true })}</p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">{story.title}</h1>
        <p className="mt-4 font-serif text-lg font-semibold">{story.sapo}</p>
        <div className="mt-6">
          <StoryBody body={story.body} />
        </div>
        <p className="mt-6 text-right font-sans font-bold">{story.byline.join(" - ")}</p>
      </article>
    </>
  );
}
