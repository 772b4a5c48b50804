// Tags of cached public data (feeds, sitemaps, lists); the publication worker revalidates them.
export const publicStoriesTag = "public-stories";
