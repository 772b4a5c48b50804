"use client";

import { IntlProvider, useMessages, useTimeZone } from "use-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatWhen, type WhenStyle } from "@/lib/i18n/time";

/** The newsroom's language and the paper's time zone for client components (from the layout). */
export function NewsroomIntlProvider({
  locale,
  messages,
  timeZone,
  children,
}: {
  locale: Locale;
  messages: Messages;
  timeZone: string;
  children: React.ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone={timeZone}>
      {children}
    </IntlProvider>
  );
}

/** A time in the paper's zone and the person's language: "Thứ hai, 07/12/2026 06:12". */
export function useFormatWhen() {
  const messages = useMessages();
  const timeZone = useTimeZone() ?? "Asia/Ho_Chi_Minh";
  const weekdays = Object.values(messages.time.weekdays);
  return (date: Date | string, style: WhenStyle = "dateTime") => formatWhen(date, { timeZone, weekdays, style });
}
