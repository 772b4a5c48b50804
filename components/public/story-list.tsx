import Link from "next/link";
import { storyPath, type StoryListItem } from "@/lib/stories/public-queries";
import { CoverThumb, Dateline } from "./story-teasers";

/**
 * Stories as the paper lists them: section, date line, title, sapo, and a picture beside them
 * when the story has a cover (a small one on a phone, where the sapo gives way to it).
 */
export function StoryList({
  stories,
  withinSection,
  className = "",
  headingLevel = 2,
}: {
  stories: StoryListItem[];
  withinSection?: string;
  className?: string;
  /** 2 on a listing page, 3 inside a titled block of the home page. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <ol className={`divide-y divide-stone-200 ${className}`}>
      {stories.map((story) => (
        <li key={story.id} className="py-4">
          <article className="flex gap-4">
            <div className="min-w-0 flex-1">
              {/* On a section's own page its name would only repeat the heading. */}
              <Dateline story={story} withSection={story.sectionSlug !== withinSection} />
              <Heading className="mt-1 font-serif text-lg leading-snug font-bold sm:text-2xl">
                <Link href={storyPath(story)} className="hover:text-brand">
                  {story.title}
                </Link>
              </Heading>
              {story.sapo.trim() ? <p className={`mt-1 text-stone-700 ${story.cover ? "line-clamp-3 max-sm:hidden" : ""}`}>{story.sapo}</p> : null}
            </div>
            {story.cover ? (
              <Link href={storyPath(story)} tabIndex={-1} aria-hidden="true" className="w-28 shrink-0 sm:w-48">
                <CoverThumb image={story.cover} className="w-full" sizes="(min-width: 640px) 192px, 112px" />
              </Link>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
