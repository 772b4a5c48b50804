// Who is paid: a payee is a newsroom account (staff, or a collaborator who has a log-in) or a
// collaborator without one. A pen name on a byline resolves to its person when exactly one person
// uses it; a pen name several people share ("PV", "BBT"), or nobody's, is left to the grader.
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { payees, users, type Payee } from "@/db/schema";
import { slugify } from "@/lib/text/slug";

/** The key a pen name is matched by: the author page's slug ("Minh Phương" = "MINH PHƯƠNG"). */
export const penNameKey = (penName: string) => slugify(penName);

/** The payee row of an account, created on first need (name and pen name from the account). */
export async function ensureAccountPayee(tx: Database, userId: number): Promise<Payee | null> {
  const [existing] = await tx.select().from(payees).where(eq(payees.userId, userId));
  if (existing) return existing;
  const [user] = await tx.select({ name: users.name, penName: users.penName }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const penNames = user.penName ? [user.penName] : [];
  await tx
    .insert(payees)
    .values({ userId, kind: "staff", name: user.name, penNames, penNameKeys: penNames.map(penNameKey) })
    .onConflictDoNothing();
  const [row] = await tx.select().from(payees).where(eq(payees.userId, userId));
  return row ?? null;
}

/** A person the grader can pick: an account (perhaps without a payee row yet) or a payee. */
export type PersonRef = { userId: number } | { payeeId: number };
export type PersonChoice = { ref: PersonRef; name: string; penNames: string[]; kind: "staff" | "collaborator" };

export type PenNameResolution = {
  penName: string;
  /** "resolved": one person; "shared": a name of several by design; "ambiguous": several; "unknown": nobody. */
  status: "resolved" | "shared" | "ambiguous" | "unknown";
  candidates: PersonChoice[];
};

/** The people behind each pen name of a byline. */
export async function resolvePenNames(db: Database, penNames: readonly string[], sharedPenNames: readonly string[]): Promise<PenNameResolution[]> {
  const shared = new Set(sharedPenNames.map(penNameKey));
  const keys = [...new Set(penNames.map(penNameKey).filter(Boolean))];
  // A newsroom has a few hundred accounts: their pen names are compared here, folded alike.
  const accounts = keys.length ? await db.select({ id: users.id, name: users.name, penName: users.penName }).from(users).where(eq(users.active, true)) : [];
  const payeeRows = keys.length
    ? await db
        .select()
        .from(payees)
        .where(
          and(
            eq(payees.active, true),
            sql`${payees.penNameKeys} && ${sql`array[${sql.join(
              keys.map((k) => sql`${k}`),
              sql`, `,
            )}]::text[]`}`,
          ),
        )
    : [];
  return penNames.map((penName) => {
    const key = penNameKey(penName);
    if (shared.has(key)) return { penName, status: "shared", candidates: [] };
    const byAccount = accounts.filter((a) => penNameKey(a.penName) === key);
    const choices: PersonChoice[] = byAccount.map((a) => ({ ref: { userId: a.id }, name: a.name, penNames: [a.penName], kind: "staff" }));
    for (const p of payeeRows) {
      if (!p.penNameKeys.includes(key)) continue;
      if (p.userId && byAccount.some((a) => a.id === p.userId)) continue; // the account's own row
      choices.push({ ref: p.userId ? { userId: p.userId } : { payeeId: p.id }, name: p.name, penNames: p.penNames, kind: p.kind });
    }
    const status = choices.length === 1 ? "resolved" : choices.length === 0 ? "unknown" : "ambiguous";
    return { penName, status, candidates: choices };
  });
}

/** A person reference made a payee id (an account gets its row); null when there is no such active person. */
export async function payeeIdOf(tx: Database, ref: PersonRef): Promise<number | null> {
  if ("userId" in ref) return (await ensureAccountPayee(tx, ref.userId))?.id ?? null;
  const [row] = await tx
    .select({ id: payees.id })
    .from(payees)
    .where(and(eq(payees.id, ref.payeeId), eq(payees.active, true)));
  return row?.id ?? null;
}
