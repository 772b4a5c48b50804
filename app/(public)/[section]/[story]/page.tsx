import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/db";
import { StoryBody } from "@/components/public/story-body";
import { getPublicStory, storyPath } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";

type Params = { section: string; story: string };

// "<slug>-<id>": the id decides; a stale slug or section answers 301 to the current address.
function storyId(param: string): number | null {
  const match = /(?:^|-)(\d{1,9})$/.exec(param);
  return match ? Number(match[1]) : null;
}

export default async function StoryPage({ params }: { params: Promise<Params> }) {
  await connection();
  const { section, story: param } = await params;
  const id = storyId(param);
  if (!id) notFound();
  const story = await getPublicStory(await db(), id);
  if (!story) notFound();
  const canonical = storyPath(story);
  if (canonical !== `/${section}/${param}`) permanentRedirect(canonical);

  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/${story.sectionSlug}`} className="font-semibold text-brand">
          {story.sectionName}
        </Link>
      </p>
      <p className="mt-2 text-sm text-muted">
        <time dateTime={story.publishedAt.toISOString()}>{formatDateline(story.publishedAt, { withTime: true })}</time>
      </p>
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">{story.title}</h1>
      <p className="mt-4 font-serif text-lg font-semibold">{story.sapo}</p>
      <div className="mt-6">
        <StoryBody body={story.body} />
      </div>
      <p className="mt-6 text-right font-sans font-bold">{story.byline.join(" - ")}</p>
    </article>
  );
}
