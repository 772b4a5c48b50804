// Reads of the site settings for the admin's Cài đặt screen, asked of the policy first. (The public
// pages read the same settings through lib/reading/page-data.ts, memoised per render.)
import { appDatabase } from "@/db/client";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { loadSettings, type Settings } from "./settings";

/** Every setting as stored (defaults filled in), for the admin's form. */
export async function getSettingsForAdmin(actor: Actor | null): Promise<Settings> {
  if (!actor || !can(actor, "settings.manage")) throw new PermissionDeniedError();
  return loadSettings(await appDatabase());
}
