// Cài đặt → Kế hoạch: how long before an assignment's deadline its people are told "Sắp đến hạn"
// (default 2 hours). One setting row ("plan"), read through this schema so a damaged value falls
// back to the default, like the royalty rules (lib/royalties/settings.ts).
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { siteSettings } from "@/db/schema";
import { defineCommand } from "@/lib/actions/command";
import { recordAudit } from "@/lib/audit/record";
import { zodMessage } from "@/lib/i18n/phrase";

export const PLAN_SETTING_KEY = "plan";

export const planSettingsSchema = z.object({
  /** Minutes before the deadline; 0 tells nobody ahead of it. At most three days. */
  dueSoonLeadMinutes: z
    .number(zodMessage("plan.validation.leadMinutes"))
    .int(zodMessage("plan.validation.leadMinutes"))
    .min(0, zodMessage("plan.validation.leadMinutes"))
    .max(3 * 24 * 60, zodMessage("plan.validation.leadMinutes")),
});
export type PlanSettings = z.infer<typeof planSettingsSchema>;

export const defaultPlanSettings: PlanSettings = { dueSoonLeadMinutes: 120 };

export async function loadPlanSettings(db: Database): Promise<PlanSettings> {
  const [row] = await db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, PLAN_SETTING_KEY));
  const parsed = planSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultPlanSettings;
}

/** The admin sets the lead; audited before/after, nothing written when nothing changed. */
export const updatePlanSettings = defineCommand(planSettingsSchema, async (input, ctx): Promise<{ changed: boolean }> => {
  ctx.authorize("settings.manage");
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('plan-settings'))`);
    const current = await loadPlanSettings(tx);
    if (current.dueSoonLeadMinutes === input.dueSoonLeadMinutes) return { changed: false };
    const now = new Date();
    await tx
      .insert(siteSettings)
      .values({ key: PLAN_SETTING_KEY, value: input, updatedAt: now, updatedById: ctx.actor.id })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: sql`excluded.value`, updatedAt: now, updatedById: ctx.actor.id } });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "plan.settings",
      entityType: "settings",
      entityId: PLAN_SETTING_KEY,
      data: { before: current, after: input },
    });
    return { changed: true };
  });
});
