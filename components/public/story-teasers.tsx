import Link from "next/link";
import { storyPath, type PublicImage, type StoryListItem } from "@/lib/stories/public-queries";
import { kindRules } from "@/lib/stories/kinds";
import { formatDateline } from "@/lib/text/dateline";
import { KindLabel } from "./kind-label";

/** A list picture: decorative next to its title (the title says what the story is). */
export function CoverThumb({ image, className = "", sizes = "160px" }: { image: PublicImage; className?: string; sizes?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are already resized by the media library
    <img
      src={image.src}
      srcSet={image.srcSet || undefined}
      sizes={sizes}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      alt=""
      loading="lazy"
      className={`aspect-[3/2] h-auto object-cover ${className}`}
    />
  );
}

function Dateline({ story }: { story: StoryListItem }) {
  return (
    <p className="text-sm text-muted">
      <Link href={`/${story.sectionSlug}`} className="font-semibold text-brand">
        {story.sectionName}
      </Link>{" "}
      · <time dateTime={story.publishedAt.toISOString()}>{formatDateline(story.publishedAt, { withTime: true })}</time>
      {kindRules[story.kind].labelled ? (
        <>
          {" "}
          · <KindLabel kind={story.kind} />
        </>
      ) : null}
    </p>
  );
}

/** The lead story: the biggest title of the page, its cover and sapo. */
export function LeadStory({ story }: { story: StoryListItem }) {
  return (
    <article className="lead-story grid gap-4 md:grid-cols-5">
      {story.cover ? (
        <Link href={storyPath(story)} tabIndex={-1} aria-hidden="true" className="md:col-span-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- variants are already resized by the media library */}
          <img
            src={story.cover.src}
            srcSet={story.cover.srcSet || undefined}
            sizes="(min-width: 768px) 640px, 100vw"
            width={story.cover.width ?? undefined}
            height={story.cover.height ?? undefined}
            alt=""
            className="aspect-[3/2] h-auto w-full object-cover"
          />
        </Link>
      ) : null}
      <div className={story.cover ? "md:col-span-2" : "md:col-span-5"}>
        <Dateline story={story} />
        <h2 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl">
          <Link href={storyPath(story)} className="hover:text-brand">
            {story.title}
          </Link>
        </h2>
        {story.sapo.trim() ? <p className="mt-3 font-serif text-lg text-stone-800">{story.sapo}</p> : null}
      </div>
    </article>
  );
}

/** Featured stories under the lead: title and date, cover when there is one. */
export function FeaturedStories({ stories }: { stories: StoryListItem[] }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
      {stories.map((story) => (
        <li key={story.id}>
          <article>
            {story.cover ? <CoverThumb image={story.cover} className="mb-2 w-full" sizes="(min-width: 1024px) 280px, (min-width: 640px) 50vw, 100vw" /> : null}
            <Dateline story={story} />
            <h3 className="mt-1 font-serif text-lg leading-snug font-bold">
              <Link href={storyPath(story)} className="hover:text-brand">
                {story.title}
              </Link>
            </h3>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Titles only, for blocks and side columns. */
export function CompactStoryList({ stories, numbered = false }: { stories: StoryListItem[]; numbered?: boolean }) {
  const List = numbered ? "ol" : "ul";
  return (
    <List className={`divide-y divide-stone-200 ${numbered ? "list-decimal pl-6 marker:font-serif marker:font-bold marker:text-brand" : ""}`}>
      {stories.map((story) => (
        <li key={story.id} className="py-2">
          <Link href={storyPath(story)} className="font-serif font-semibold hover:text-brand">
            {story.title}
          </Link>
        </li>
      ))}
    </List>
  );
}
