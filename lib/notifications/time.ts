// "5 phút trước": how the bell says when something happened. Pure, with `now` passed in, so the
// tests need no clock; older than a week it gives the date on Vietnamese calendars.
import { calendarDateIn } from "@/lib/text/dateline";

export function relativeTimeVi(at: Date, now: Date): string {
  const seconds = Math.floor((now.getTime() - at.getTime()) / 1000);
  // A clock a little ahead of the server's still reads as "just now", not as the future.
  if (seconds < 60) return "vừa xong";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} phút trước`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} giờ trước`;
  const days = Math.floor(hours / 24);
  if (days === 1) return "hôm qua";
  if (days < 7) return `${days} ngày trước`;
  const d = calendarDateIn(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}
