// Saving the site settings: admins only, every field checked by the same rules the site reads
// them with, only the keys that really changed written, and the change audited before/after in
// the same transaction.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { siteSettings } from "@/db/schema";
import { defineCommand } from "@/lib/actions/command";
import { storeUpload, uploadedFileSchema } from "@/lib/media/commands";
import { mediaSummary } from "@/lib/media/queries";
import { loadSettings, settingFields, settingKeys, type SettingKey, type Settings } from "./settings";
import { recordAudit } from "@/lib/audit/record";

/** Any subset of the settings; a key left out keeps its value. Unknown keys are refused. */
export const settingsInputSchema = z.strictObject(settingFields).partial();
export type SettingsInput = z.input<typeof settingsInputSchema>;

export type SettingsUpdate = { changed: SettingKey[]; settings: Settings };

export const updateSettings = defineCommand(settingsInputSchema, async (input, ctx): Promise<SettingsUpdate> => {
  ctx.authorize("settings.manage");
  return ctx.db.transaction(async (tx) => {
    // Two admins saving at once: the second one's "before" is the first one's "after".
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('site-settings'))`);
    const current = await loadSettings(tx);
    // Compared with what the site shows now (a default counts as a value), so saving the form
    // untouched writes nothing.
    const changed = settingKeys.filter((key) => input[key] !== undefined && input[key] !== current[key]);
    if (changed.length === 0) return { changed, settings: current };

    const after = Object.fromEntries(changed.map((key) => [key, input[key]])) as Partial<Settings>;
    const now = new Date();
    await tx
      .insert(siteSettings)
      .values(changed.map((key) => ({ key, value: after[key], updatedAt: now, updatedById: ctx.actor.id })))
      .onConflictDoUpdate({
        target: siteSettings.key,
        set: { value: sql`excluded.value`, updatedAt: now, updatedById: ctx.actor.id },
      });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "settings.update",
      entityType: "settings",
      entityId: "site",
      data: { before: Object.fromEntries(changed.map((key) => [key, current[key]])), after },
    });
    return { changed, settings: { ...current, ...after } };
  });
});

/**
 * Cài đặt → Logo: the admin uploads the paper's logo. It goes through the media library's own
 * upload (the same bounds, content checks, resizing and record), and the answer is its address,
 * which the form puts in the Logo field: the logo changes when the settings are saved.
 */
export const uploadLogo = defineCommand(uploadedFileSchema, async (input, ctx): Promise<{ mediaId: number; url: string }> => {
  ctx.authorize("settings.manage");
  const { paperName } = await loadSettings(ctx.db);
  const stored = mediaSummary(await storeUpload(ctx.db, { ...input, caption: "", credit: "", alt: paperName, uploadedById: ctx.actor.id }));
  return { mediaId: stored.id, url: stored.url };
});
