// TanStack Query keys for the newsroom's client screens, in one place.
export const queryKeys = {
  queueCounts: ["queue", "counts"] as const,
};
