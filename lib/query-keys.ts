// TanStack Query keys for the newsroom's client screens, in one place.
export const queryKeys = {
  queue: (qs: string) => ["queue", qs] as const,
  tagSuggestions: (q: string) => ["tags", "suggest", q] as const,
  media: (kind: string, q: string, page: number) => ["media", kind, q, page] as const,
};
