import Link from "next/link";
import { connection } from "next/server";
import { db } from "@/db";
import { listLatestStories, storyPath } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";

export default async function HomePage() {
  await connection(); // read at request time, never at build time
  const stories = await listLatestStories(await db(), { limit: 30 });
  return (
    <div>
      <h1 className="sr-only">Tin mới nhất</h1>
      {stories.length === 0 ? <p>Chưa có bài viết nào được xuất bản.</p> : null}
      <ol className="divide-y divide-stone-200">
        {stories.map((story) => (
          <li key={story.id} className="py-4">
            <article>
              <p className="text-sm text-muted">
                <Link href={`/${story.sectionSlug}`} className="font-semibold text-brand">
                  {story.sectionName}
                </Link>{" "}
                · <time dateTime={story.publishedAt.toISOString()}>{formatDateline(story.publishedAt, { withTime: true })}</time>
              </p>
              <h2 className="mt-1 font-serif text-xl font-bold sm:text-2xl">
                <Link href={storyPath(story)} className="hover:text-brand">
                  {story.title}
                </Link>
              </h2>
              <p className="mt-1 text-stone-700">{story.sapo}</p>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
