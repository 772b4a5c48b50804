// "5 phút trước" / "5 minutes ago": how the bell says when something happened, in the reader's
// language (the catalogue's notify.when). Pure, with `now` passed in, so the tests need no clock;
// older than a week it gives the date on Vietnamese calendars (day first in both languages).
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { text } from "@/lib/i18n/phrase";
import { calendarDateIn } from "@/lib/text/dateline";

export function relativeTime(at: Date, now: Date, locale: Locale = defaultLocale): string {
  const seconds = Math.floor((now.getTime() - at.getTime()) / 1000);
  // A clock a little ahead of the server's still reads as "just now", not as the future.
  if (seconds < 60) return text(locale, "notify.when.justNow");
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return text(locale, "notify.when.minutesAgo", { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return text(locale, "notify.when.hoursAgo", { count: hours });
  const days = Math.floor(hours / 24);
  if (days === 1) return text(locale, "notify.when.yesterday");
  if (days < 7) return text(locale, "notify.when.daysAgo", { count: days });
  const d = calendarDateIn(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

/** In Vietnamese; see relativeTime(at, now, locale). */
export function relativeTimeVi(at: Date, now: Date): string {
  return relativeTime(at, now, "vi");
}
