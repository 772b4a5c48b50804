import Link from "next/link";
import { storyPath, type PublicImage, type StoryListItem } from "@/lib/stories/public-queries";
import { kindRules } from "@/lib/stories/kinds";
import { formatDateline } from "@/lib/text/dateline";
import { KindLabel } from "./kind-label";

/**
 * A list picture: decorative next to its title (the title says what the story is), so alt="".
 * Width and height keep the page from jumping while it loads; `sizes` lets the browser pick the
 * smallest variant that fills the box; below the fold it loads only when scrolled near.
 */
export function CoverThumb({
  image,
  className = "",
  sizes = "160px",
  eager = false,
}: {
  image: PublicImage;
  className?: string;
  sizes?: string;
  /** For the picture at the top of a page (the largest thing readers see first). */
  eager?: boolean;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are already resized by the media library
    <img
      src={image.src}
      srcSet={image.srcSet || undefined}
      sizes={sizes}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      alt=""
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
      className={`aspect-[3/2] h-auto bg-stone-200 object-cover ${className}`}
    />
  );
}

export function Dateline({ story, withSection = true }: { story: StoryListItem; withSection?: boolean }) {
  return (
    <p className="text-sm text-muted">
      {withSection ? (
        <>
          <Link href={`/${story.sectionSlug}`} className="font-semibold text-brand">
            {story.sectionName}
          </Link>{" "}
          ·{" "}
        </>
      ) : null}
      <time dateTime={story.publishedAt.toISOString()}>{formatDateline(story.publishedAt, { withTime: true })}</time>
      {kindRules[story.kind].labelled ? (
        <>
          {" "}
          · <KindLabel kind={story.kind} />
        </>
      ) : null}
    </p>
  );
}

/** The lead story: the largest photo and title of the page, then the sapo. */
export function LeadStory({ story, headingLevel = 2, withSection = true }: { story: StoryListItem; headingLevel?: 2 | 3; withSection?: boolean }) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <article className="lead-story">
      {story.cover ? (
        <Link href={storyPath(story)} tabIndex={-1} aria-hidden="true" className="block">
          <CoverThumb
            image={story.cover}
            eager
            sizes="(min-width: 1152px) 780px, (min-width: 1024px) calc(100vw - 24rem), calc(100vw - 2rem)"
            className="w-full"
          />
        </Link>
      ) : null}
      <div className={story.cover ? "mt-3" : ""}>
        <Heading className="font-serif text-2xl leading-tight font-bold sm:text-4xl">
          <Link href={storyPath(story)} className="hover:text-brand">
            {story.title}
          </Link>
        </Heading>
        <div className="mt-2">
          <Dateline story={story} withSection={withSection} />
        </div>
        {story.sapo.trim() ? <p className="mt-2 font-serif text-lg text-stone-800">{story.sapo}</p> : null}
      </div>
    </article>
  );
}

/**
 * Featured stories under the lead: a row of pictures with their titles on wide screens; on a
 * phone a small picture beside each title, so four of them fit a screen.
 */
export function FeaturedStories({ stories }: { stories: StoryListItem[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 sm:gap-6 lg:grid-cols-4">
      {stories.map((story) => (
        <li key={story.id}>
          <article className="flex gap-3 sm:block">
            {story.cover ? (
              <Link href={storyPath(story)} tabIndex={-1} aria-hidden="true" className="w-28 shrink-0 sm:block sm:w-full">
                <CoverThumb image={story.cover} className="w-full sm:mb-2" sizes="(min-width: 1024px) 180px, (min-width: 640px) 45vw, 112px" />
              </Link>
            ) : null}
            <div className="min-w-0">
              <h3 className="font-serif text-base leading-snug font-bold sm:text-lg">
                <Link href={storyPath(story)} className="hover:text-brand">
                  {story.title}
                </Link>
              </h3>
              <div className="mt-1 hidden sm:block">
                <Dateline story={story} />
              </div>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Titles only, for blocks and side columns; with `thumbs`, a small picture beside those that have one. */
export function CompactStoryList({ stories, numbered = false, thumbs = false }: { stories: StoryListItem[]; numbered?: boolean; thumbs?: boolean }) {
  const List = numbered ? "ol" : "ul";
  return (
    <List className={`divide-y divide-stone-200 ${numbered ? "list-decimal pl-6 marker:font-serif marker:font-bold marker:text-brand" : ""}`}>
      {stories.map((story) => (
        <li key={story.id} className="py-2">
          <div className="flex items-start gap-3">
            <Link href={storyPath(story)} className="min-w-0 flex-1 font-serif font-semibold hover:text-brand">
              {story.title}
            </Link>
            {thumbs && story.cover ? (
              <Link href={storyPath(story)} tabIndex={-1} aria-hidden="true" className="w-20 shrink-0">
                <CoverThumb image={story.cover} className="w-full" sizes="80px" />
              </Link>
            ) : null}
          </div>
        </li>
      ))}
    </List>
  );
}

/** "Tin mới" in a side column: the time, then the title (five on a phone, where it sits mid-page). */
export function LatestList({ stories }: { stories: StoryListItem[] }) {
  return (
    <ul className="divide-y divide-stone-200 max-sm:[&>li:nth-child(n+6)]:hidden">
      {stories.map((story) => (
        <li key={story.id} className="py-2">
          <p className="text-sm text-muted">
            <time dateTime={story.publishedAt.toISOString()}>{formatDateline(story.publishedAt, { withTime: true })}</time>
          </p>
          <Link href={storyPath(story)} className="font-serif font-semibold hover:text-brand">
            {story.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A section's block: its newest story with picture and sapo, the next ones as titles. */
export function SectionBlockStories({ stories }: { stories: StoryListItem[] }) {
  const [first, ...rest] = stories;
  if (!first) return null;
  return (
    <div>
      <article className="py-2">
        {first.cover ? (
          <Link href={storyPath(first)} tabIndex={-1} aria-hidden="true" className="mb-2 block">
            <CoverThumb image={first.cover} className="w-full" sizes="(min-width: 1024px) 370px, (min-width: 640px) 45vw, calc(100vw - 2rem)" />
          </Link>
        ) : null}
        <h3 className="font-serif text-lg leading-snug font-bold">
          <Link href={storyPath(first)} className="hover:text-brand">
            {first.title}
          </Link>
        </h3>
        {!first.cover && first.sapo.trim() ? <p className="mt-1 line-clamp-3 text-stone-700">{first.sapo}</p> : null}
      </article>
      {rest.length > 0 ? <CompactStoryList stories={rest} thumbs /> : null}
    </div>
  );
}
