// The editor's way back: to the screen the person came from. Each role's /toa-soan is its own
// start page (lib: the reporter's "Bài của tôi", the desk's queue, the chief editor's desk), and the
// queue opens on the tab of the story's state, so an editor comes back to the tab they left.
// A link from Lịch says so in the address (?tu=lich).
import type { Role, StoryStatus } from "@/db/schema";

export type WayBack = { href: string; label: "backToMine" | "backToQueue" | "backToDesk" | "backToCalendar" };

const queueTabs: readonly StoryStatus[] = ["submitted", "in_review", "approved", "scheduled", "published", "unpublished"];

export function wayBack({ role, status, from }: { role: Role; status: StoryStatus | null; from?: string }): WayBack {
  if (from === "lich" && (role === "editor" || role === "chief_editor")) return { href: "/toa-soan/lich", label: "backToCalendar" };
  const onDesk = role === "editor" || role === "chief_editor";
  if (!onDesk) return { href: "/toa-soan", label: "backToMine" };
  const tab = status && queueTabs.includes(status) ? status : null;
  // An editor's own draft is listed under the queue, as "Bài của tôi".
  if (!tab && role === "editor") return { href: "/toa-soan", label: "backToMine" };
  return { href: tab ? `/toa-soan?status=${tab}` : "/toa-soan", label: role === "editor" ? "backToQueue" : "backToDesk" };
}
