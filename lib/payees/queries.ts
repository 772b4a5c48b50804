// Reads of Người nhận nhuận bút, for whoever keeps the list ("payees.manage"). The list is every
// payee row (staff accounts' and collaborators') and every active newsroom account (admins aside)
// that has no row yet, so kế toán can enter a reporter's bank before their first graded work. Payment details are never
// read here: a list says at most whether some are on file, and only to those who may open them.
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { appDatabase, type Database } from "@/db/client";
import { payees, users, type PayeeKind } from "@/db/schema";
import { canRoyalty, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { penNameKey } from "@/lib/royalties/payees";
import { foldForSearch } from "@/lib/text/fold";

const collator = new Intl.Collator("vi");

export type PayeeListItem = {
  /** Its page's address: the row's id, or "tk-<userId>" for an account without a row yet. */
  key: string;
  payeeId: number | null;
  userId: number | null;
  name: string;
  penNames: string[];
  phone: string;
  kind: PayeeKind;
  active: boolean;
  /** The newsroom account behind the payee, if any. */
  account: { email: string; active: boolean } | null;
  /** Whether payment details are on file; only for those who may open them. */
  hasDetails?: boolean;
  /** Pen names someone else (an active account or payee) also uses, with their names. */
  shared: { penName: string; names: string[] }[];
};

export type PayeeFilters = {
  /** Words that must all appear in the name or a pen name; accents and case do not matter. */
  q?: string;
  kind?: PayeeKind;
};

export const accountKeyPrefix = "tk-";

/** "12" (a payee row) or "tk-7" (an account), as the page's address carries it; null otherwise. */
export function parsePayeeKey(key: string): { id: number } | { userId: number } | null {
  const match = /^(tk-)?([1-9]\d{0,9})$/.exec(key);
  if (!match) return null;
  const n = Number(match[2]);
  if (!Number.isSafeInteger(n) || n > 2_147_483_647) return null;
  return match[1] ? { userId: n } : { id: n };
}

async function everyone(db: Database, withDetails: boolean): Promise<PayeeListItem[]> {
  const [rows, accountsWithout, activeAccounts] = await Promise.all([
    db
      .select({
        id: payees.id,
        userId: payees.userId,
        name: payees.name,
        penNames: payees.penNames,
        phone: payees.phone,
        kind: payees.kind,
        active: payees.active,
        hasDetails: sql<boolean>`${payees.sealedDetails} <> ''`,
        email: users.email,
        accountActive: users.active,
      })
      .from(payees)
      .leftJoin(users, eq(users.id, payees.userId)),
    db
      .select({ id: users.id, name: users.name, penName: users.penName, email: users.email })
      .from(users)
      .leftJoin(payees, eq(payees.userId, users.id))
      // Not an admin's: without an editorial role, an admin writes nothing to be paid for.
      .where(and(eq(users.active, true), ne(users.role, "admin"), isNull(payees.id))),
    db.select({ id: users.id, name: users.name, penName: users.penName }).from(users).where(eq(users.active, true)),
  ]);

  // Who answers to each pen name, as resolvePenNames (lib/royalties/payees.ts) sees them: active
  // accounts by their pen name and active payees by theirs; an account and its row are one person.
  const byKey = new Map<string, Map<string, string>>();
  const add = (penName: string, person: string, name: string) => {
    const key = penNameKey(penName);
    if (!key) return;
    const people = byKey.get(key) ?? new Map<string, string>();
    if (!people.has(person)) people.set(person, name);
    byKey.set(key, people);
  };
  for (const a of activeAccounts) add(a.penName, `u${a.id}`, a.name);
  for (const p of rows) if (p.active) for (const penName of p.penNames) add(penName, p.userId ? `u${p.userId}` : `p${p.id}`, p.name);
  const sharedOf = (penNames: string[], self: string) =>
    penNames.flatMap((penName) => {
      const names = [...(byKey.get(penNameKey(penName)) ?? new Map<string, string>())].filter(([person]) => person !== self).map(([, name]) => name);
      return names.length ? [{ penName, names }] : [];
    });

  const items: PayeeListItem[] = rows.map((p) => ({
    key: String(p.id),
    payeeId: p.id,
    userId: p.userId,
    name: p.name,
    penNames: p.penNames,
    phone: p.phone,
    kind: p.kind,
    active: p.active,
    account: p.userId && p.email !== null ? { email: p.email, active: p.accountActive ?? false } : null,
    ...(withDetails ? { hasDetails: p.hasDetails } : {}),
    shared: sharedOf(p.penNames, p.userId ? `u${p.userId}` : `p${p.id}`),
  }));
  for (const a of accountsWithout) {
    const penNames = a.penName ? [a.penName] : [];
    items.push({
      key: `${accountKeyPrefix}${a.id}`,
      payeeId: null,
      userId: a.id,
      name: a.name,
      penNames,
      phone: "",
      kind: "staff",
      active: true,
      account: { email: a.email, active: true },
      ...(withDetails ? { hasDetails: false } : {}),
      shared: sharedOf(penNames, `u${a.id}`),
    });
  }
  return items;
}

const mayKeep = (actor: Actor) => {
  if (!canRoyalty(actor, "payees.manage")) throw new PermissionDeniedError();
};

export async function listPayees(db: Database, actor: Actor, filters: PayeeFilters = {}): Promise<PayeeListItem[]> {
  mayKeep(actor);
  const all = await everyone(db, canRoyalty(actor, "payees.details"));
  // A paper has hundreds to a few thousand payees: the one folding function here keeps "thu ha"
  // meeting "THU HÀ" exactly as the story search does.
  const words = foldForSearch(filters.q ?? "")
    .split(" ")
    .filter(Boolean);
  const found = all.filter(
    (p) =>
      (!filters.kind || p.kind === filters.kind) &&
      (words.length === 0 || ((haystack) => words.every((w) => haystack.includes(w)))(foldForSearch([p.name, ...p.penNames].join(" ")))),
  );
  // Vietnamese order in JS: PGlite has no Vietnamese collation.
  return found.sort((a, b) => collator.compare(a.name, b.name) || a.key.localeCompare(b.key));
}

/** One payee by its page's key, or null. */
export async function findPayee(db: Database, actor: Actor, key: string): Promise<PayeeListItem | null> {
  mayKeep(actor);
  const ref = parsePayeeKey(key);
  if (!ref) return null;
  const all = await everyone(db, canRoyalty(actor, "payees.details"));
  return all.find((p) => ("id" in ref ? p.payeeId === ref.id : p.userId === ref.userId)) ?? null;
}

/** The pages read through these, on the app's own database. */
export async function getPayees(actor: Actor, filters: PayeeFilters = {}) {
  return listPayees(await appDatabase(), actor, filters);
}
export async function getPayee(actor: Actor, key: string) {
  return findPayee(await appDatabase(), actor, key);
}
