// How long ago something happened, as the bell says it ("5 phút trước"): which phrase and its
// number, for the catalogue (notifications.ago) to word in the reader's language. Pure, with `now`
// passed in, so the tests need no clock; older than a week the bell gives the date instead.

export type Ago = { unit: "justNow" | "yesterday" | "date" } | { unit: "minutes" | "hours" | "days"; count: number };

export function howLongAgo(at: Date, now: Date): Ago {
  const seconds = Math.floor((now.getTime() - at.getTime()) / 1000);
  // A clock a little ahead of the server's still reads as "just now", not as the future.
  if (seconds < 60) return { unit: "justNow" };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { unit: "minutes", count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: "hours", count: hours };
  const days = Math.floor(hours / 24);
  if (days === 1) return { unit: "yesterday" };
  if (days < 7) return { unit: "days", count: days };
  return { unit: "date" };
}
