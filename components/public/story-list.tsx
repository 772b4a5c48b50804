import Link from "next/link";
import { storyPath, type StoryListItem } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";

/** Stories as the paper lists them: section, date line, title, sapo. */
export function StoryList({ stories, withinSection, className = "" }: { stories: StoryListItem[]; withinSection?: string; className?: string }) {
  return (
    <ol className={`divide-y divide-stone-200 ${className}`}>
      {stories.map((story) => (
        <li key={story.id} className="py-4">
          <article>
            <p className="text-sm text-muted">
              {/* On a section's own page its name would only repeat the heading. */}
              {story.sectionSlug !== withinSection ? (
                <>
                  <Link href={`/${story.sectionSlug}`} className="font-semibold text-brand">
                    {story.sectionName}
                  </Link>{" "}
                  ·{" "}
                </>
              ) : null}
              <time dateTime={story.publishedAt.toISOString()}>{formatDateline(story.publishedAt, { withTime: true })}</time>
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
  );
}
