"use client";

// Keeps Kế hoạch current while it is on the meeting room's screen: the server page is read again
// every half minute and whenever the tab comes back into view, so a decision taken on another
// screen shows without reloading. The page is drawn on the server (charts included), so a refresh
// is simpler than a data route polled by the browser; nothing is fetched while the tab is hidden.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const everyMs = 30_000;

export function PlanBoardRefresh() {
  const router = useRouter();
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    const timer = window.setInterval(refresh, everyMs);
    document.addEventListener("visibilitychange", refresh);
    window.addEventListener("focus", refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
      window.removeEventListener("focus", refresh);
    };
  }, [router]);
  return null;
}
