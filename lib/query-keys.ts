// TanStack Query keys for the newsroom's client screens, in one place.
export const queryKeys = {
  queueCounts: ["queue", "counts"] as const,
  tagSuggestions: (q: string) => ["tags", "suggest", q] as const,
  media: (q: string, page: number) => ["media", q, page] as const,
};
