// TanStack Query keys for the newsroom's client screens, in one place.
export const queryKeys = {
  queue: (qs: string) => ["queue", qs] as const,
  tagSuggestions: (q: string) => ["tags", "suggest", q] as const,
  media: (q: string, page: number) => ["media", q, page] as const,
};
