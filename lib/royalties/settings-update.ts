// Cài đặt → Nhuận bút: the admin edits the paper's royalty rules (lib/royalties/settings.ts holds
// their schema, defaults and storage). Asked of the policy ("royalty.settings"), checked by the one
// schema the rules are read with, written and audited before/after in one transaction; a save that
// changes nothing writes nothing. A kind of work that lines of a month not yet closed still use
// cannot be removed: that month's sheet would name a kind that no longer exists.
import { and, asc, eq, inArray, or, isNull, ne, sql } from "drizzle-orm";
import { appDatabase } from "@/db/client";
import { royaltyLines, royaltyMonths } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { recordAudit } from "@/lib/audit/record";
import { canRoyalty, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { monthLabel } from "./format";
import { loadRoyaltySettings, royaltySettingsSchema, storeRoyaltySettings, type RoyaltySettings } from "./settings";

/** JSON with object keys sorted: two settings are the same when these are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** "2026-10" → "10/2026". */

export type RoyaltySettingsUpdate = { changed: boolean; settings: RoyaltySettings };

export const updateRoyaltySettings = defineCommand(royaltySettingsSchema, async (input, ctx): Promise<RoyaltySettingsUpdate> => {
  ctx.authorizeRoyalty("royalty.settings");
  return ctx.db.transaction(async (tx) => {
    // Two admins saving at once: the second one's "before" is the first one's "after".
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('royalty-settings'))`);
    const current = await loadRoyaltySettings(tx);
    if (canonical(current) === canonical(input)) return { changed: false, settings: current };

    const removed = current.kinds.filter((kind) => !input.kinds.some((k) => k.code === kind.code));
    if (removed.length) {
      const used = await tx
        .selectDistinct({ kindCode: royaltyLines.kindCode, month: royaltyLines.month })
        .from(royaltyLines)
        .leftJoin(royaltyMonths, eq(royaltyMonths.month, royaltyLines.month))
        .where(
          and(
            inArray(
              royaltyLines.kindCode,
              removed.map((k) => k.code),
            ),
            // A month without a row is open.
            or(isNull(royaltyMonths.status), ne(royaltyMonths.status, "closed")),
          ),
        )
        .orderBy(asc(royaltyLines.month));
      const first = removed.find((kind) => used.some((u) => u.kindCode === kind.code));
      if (first) {
        const months = used.filter((u) => u.kindCode === first.code).map((u) => monthLabel(u.month));
        throw refuse("invalid_state", "royaltySettings.refusals.kindInUse", { kind: first.name, months: months.join(", ") }, { field: "kinds" });
      }
    }

    await storeRoyaltySettings(tx, input, ctx.actor.id);
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "royalty.settings",
      entityType: "settings",
      entityId: "royalty",
      data: { before: current, after: input },
    });
    return { changed: true, settings: input };
  });
});

/** The rules as they stand (defaults filled in), for the admin's form. */
export async function getRoyaltySettingsForAdmin(actor: Actor | null): Promise<RoyaltySettings> {
  if (!canRoyalty(actor, "royalty.settings")) throw new PermissionDeniedError();
  return loadRoyaltySettings(await appDatabase());
}
