"use client";

import { useEffect } from "react";

/**
 * Counts one view of the story for "most read": the only script of the story page besides what
 * Next.js needs. sendBeacon does not hold up the page and survives the reader leaving it.
 */
export function ViewBeacon({ storyId }: { storyId: number }) {
  useEffect(() => {
    const body = JSON.stringify({ storyId });
    if (navigator.sendBeacon?.("/api/views", body)) return;
    void fetch("/api/views", { method: "POST", body, keepalive: true }).catch(() => undefined);
  }, [storyId]);
  return null;
}
