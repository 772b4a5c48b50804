import type { Metadata } from "next";
import { SettingsForm } from "@/components/newsroom/settings-form";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getSettingsForAdmin } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("admin.settings");
  return { title: t("title") };
}

// ICU lists Vietnam's zone under its old name, Asia/Saigon; the paper's own name for it comes first.
function timeZoneChoices(): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["Asia/Ho_Chi_Minh", ...known.filter((z) => z !== "Asia/Ho_Chi_Minh")];
}

export default async function SettingsPage() {
  const actor = await requireActor("settings.manage", "/toa-soan/quan-tri/cai-dat");
  const [settings, t] = await Promise.all([getSettingsForAdmin(actor), getNewsroomT("admin.settings")]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <SettingsForm settings={settings} timeZones={timeZoneChoices()} />
    </div>
  );
}
