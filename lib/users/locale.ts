// The language each person chose in Hồ sơ (users.locale): what their e-mails and notifications
// speak, whoever caused them. Vietnamese for anyone unknown.
import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

export async function userLocales(db: Database, userIds: readonly number[]): Promise<Map<number, Locale>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(inArray(users.id, [...userIds]));
  return new Map(rows.map((r) => [r.id, isLocale(r.locale) ? r.locale : defaultLocale]));
}

export async function userLocale(db: Database, userId: number): Promise<Locale> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return isLocale(row?.locale) ? row.locale : defaultLocale;
}
