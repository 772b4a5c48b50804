import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryArticle } from "@/components/public/story-article";
import { getActor } from "@/lib/auth/actor";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { getPreview } from "@/lib/reading/page-data";
import { statusLabels } from "@/lib/workflow/transitions";

// In the paper's language, like the story it shows: nothing under app/(public) reads a person's locale.
const t = translator(paperLocale, "public.preview");

// Never cached, never indexed: it depends on who asks.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t("title"), robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const view = await getPreview(await getActor(), Number(id));
  if (!view) notFound();
  return (
    <>
      <p role="status" className="mb-6 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t("notice", { status: statusLabels[view.story.status] })}
      </p>
      <StoryArticle view={view} />
    </>
  );
}
