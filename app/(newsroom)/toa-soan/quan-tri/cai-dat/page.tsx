import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentDeadlineSettings } from "@/components/newsroom/assignment-deadline-settings";
import { SettingsForm } from "@/components/newsroom/settings-form";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getPlanSettings } from "@/lib/plan/queries";
import { getSettingsForAdmin } from "@/lib/settings/queries";
import { paperTimeZone, timeZoneChoices, utcOffsetOf } from "@/lib/settings/time-zones";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("admin.settings");
  return { title: t("title") };
}

/** Múi giờ's choices: each zone with its offset now, the paper's own first under its Vietnamese name. */
function timeZoneOptions(t: Awaited<ReturnType<typeof getNewsroomT<"settingsLabels.timeZoneChoice">>>) {
  return timeZoneChoices().map((zone) => {
    const offset = utcOffsetOf(zone);
    return { value: zone, label: zone === paperTimeZone ? t("paper", { offset }) : t("other", { zone, offset }) };
  });
}

export default async function SettingsPage() {
  const actor = await requireActor("settings.manage", "/toa-soan/quan-tri/cai-dat");
  const [settings, t, zoneWords, plan] = await Promise.all([
    getSettingsForAdmin(actor),
    getNewsroomT("admin.settings"),
    getNewsroomT("settingsLabels.timeZoneChoice"),
    getPlanSettings(),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
        <p className="mt-2 text-sm">
          <Link href="/toa-soan/quan-tri/cai-dat/nhuan-but" className="font-semibold underline">
            {t("royaltyLink")}
          </Link>
          <span className="text-muted"> — {t("royaltyLinkHint")}</span>
        </p>
      </div>
      <SettingsForm settings={settings} timeZones={timeZoneOptions(zoneWords)} />
      <AssignmentDeadlineSettings dueSoonLeadMinutes={plan.dueSoonLeadMinutes} />
    </div>
  );
}
