// The newsroom's language and the paper's time zone for server components and actions. The
// newsroom follows the signed-in person's choice (Hồ sơ), or before log-in the language they
// last chose on this browser; the public paper never reads either: its pages pass paperLocale.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { loadSettings } from "@/lib/settings/settings";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { messagesFor } from "./messages";
import { translator, type Namespace } from "./translator";
import { formatWhen, type WhenStyle } from "./time";

/** Remembers a person's language on this browser, for the log-in page. */
export const localeCookie = "toasoan-lang";

export const getNewsroomLocale = cache(async (): Promise<Locale> => {
  const actor = await getActor();
  if (actor?.locale) return actor.locale;
  const remembered = (await cookies()).get(localeCookie)?.value;
  return isLocale(remembered) ? remembered : defaultLocale;
});

export const getPaperTimeZone = cache(async (): Promise<string> => (await loadSettings(await db())).timeZone);

/** The newsroom's translator for this request. */
export async function getNewsroomT<N extends Namespace = never>(namespace?: N) {
  return translator(await getNewsroomLocale(), namespace);
}

/** What the newsroom's client components need: locale, its messages and the paper's zone. */
export async function newsroomIntl() {
  const locale = await getNewsroomLocale();
  return { locale, messages: messagesFor(locale), timeZone: await getPaperTimeZone() };
}

/** A time as the newsroom shows it, in the paper's zone and the person's language. */
export async function getNewsroomFormatWhen() {
  const [locale, timeZone] = await Promise.all([getNewsroomLocale(), getPaperTimeZone()]);
  const weekdays = Object.values(messagesFor(locale).time.weekdays);
  return (date: Date | string, style: WhenStyle = "dateTime") => formatWhen(date, { timeZone, weekdays, style });
}
