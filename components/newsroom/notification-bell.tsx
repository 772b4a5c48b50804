"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { QueryProvider } from "@/components/newsroom/query-provider";
import { howLongAgo } from "@/components/newsroom/relative-time";
import { Button } from "@/components/ui/button";
import { useDismiss } from "./use-dismiss";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import type { NotificationSummary } from "@/lib/notifications/queries";

const notificationsKey = ["notifications"] as const;

async function fetchNotifications(): Promise<NotificationSummary> {
  const response = await fetch("/api/notifications", { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as NotificationSummary;
}

/**
 * Thông báo: a bell with the unread count, opening the latest notifications. No props: it reads the
 * signed-in person's own from /api/notifications. It brings its own QueryProvider because the
 * newsroom header sits outside the page's; in the browser both share the one QueryClient.
 */
export function NotificationBell() {
  return (
    <QueryProvider>
      <Bell />
    </QueryProvider>
  );
}

function Bell() {
  const queryClient = useQueryClient();
  const t = useTranslations("notifications");
  const when = useFormatWhen();
  const { data, dataUpdatedAt, isError } = useQuery({ queryKey: notificationsKey, queryFn: fetchNotifications, refetchInterval: 15_000 });
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useDismiss(
    open,
    useCallback(() => setOpen(false), []),
    root,
    button,
  );

  const unread = data?.unread ?? 0;
  const items = data?.items ?? [];
  const unreadShown = items.filter((n) => !n.read).map((n) => n.id);
  // Times are relative to when the list was fetched, so rendering stays pure between polls.
  const now = new Date(dataUpdatedAt || 0);
  const sayWhen = (iso: string) => {
    const ago = howLongAgo(new Date(iso), now);
    if ("count" in ago) return t(`ago.${ago.unit}`, { count: ago.count });
    return ago.unit === "date" ? when(iso, "date") : t(`ago.${ago.unit}`);
  };

  const markRead = (ids: number[]) =>
    startTransition(async () => {
      if (ids.length === 0) return;
      await markNotificationsReadAction({ ids });
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
    });

  return (
    <div ref={root} className="relative">
      <Button
        ref={button}
        aria-label={data ? t("bellUnread", { count: unread }) : t("bell")}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        // Square around the icon; the badge hangs off its corner.
        className="relative p-1.5"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread > 0 ? (
          <span aria-hidden="true" className="absolute -top-2 -right-2 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-bold text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </Button>
      {open ? (
        <div
          id={panelId}
          role="region"
          aria-label={t("list")}
          className="absolute right-0 z-20 mt-2 w-[22rem] max-w-[90vw] rounded border border-stone-300 bg-white shadow-lg"
        >
          <div className="flex items-center justify-between border-b border-stone-200 px-3 py-2">
            <h2 className="text-sm font-semibold">{t("heading")}</h2>
            <Button
              variant="link"
              size="sm"
              onClick={() => markRead(unreadShown)}
              disabled={pending || unreadShown.length === 0}
              className="text-blue-800 disabled:text-stone-500"
            >
              {t("markRead")}
            </Button>
          </div>
          {isError ? <p className="px-3 py-2 text-sm text-red-700">{t("loadFailed")}</p> : null}
          {items.length === 0 ? (
            <p className="px-3 py-4 text-sm text-stone-600">{data ? t("empty") : t("loading")}</p>
          ) : (
            <ul className="max-h-[70vh] divide-y divide-stone-200 overflow-y-auto">
              {items.map((item) => {
                // A story's notification opens the story; one about a proposal or an assignment, its page.
                const href = item.storyId ? `/toa-soan/bai-viet/${item.storyId}` : item.link;
                const body = (
                  <>
                    <span className={`block text-sm ${item.read ? "text-stone-700" : "font-semibold text-stone-900"}`}>
                      {item.read ? null : <span className="sr-only">{t("unread")} </span>}
                      {item.message}
                    </span>
                    <time dateTime={item.at} className="mt-0.5 block text-xs text-stone-600">
                      {sayWhen(item.at)}
                    </time>
                  </>
                );
                return (
                  <li key={item.id} className={item.read ? "" : "bg-amber-50"}>
                    {href ? (
                      <Link
                        href={href}
                        onClick={() => {
                          setOpen(false);
                          if (!item.read) markRead([item.id]);
                        }}
                        className="block px-3 py-2 hover:bg-stone-100"
                      >
                        {body}
                      </Link>
                    ) : (
                      <div className="px-3 py-2">{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
