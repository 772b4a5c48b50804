import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RoyaltySettingsForm } from "@/components/newsroom/royalty-settings-form";
import { storyKinds } from "@/db/schema";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { canRoyalty } from "@/lib/policy/policy";
import { getRoyaltySettingsForAdmin } from "@/lib/royalties/settings-update";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("royaltySettings");
  return { title: t("title") };
}

const path = "/toa-soan/quan-tri/cai-dat/nhuan-but";

export default async function RoyaltySettingsPage() {
  const actor = await requireActor("settings.manage", path);
  if (!canRoyalty(actor, "royalty.settings")) redirect("/toa-soan?loi=quyen");
  const [settings, t, kindNames] = await Promise.all([getRoyaltySettingsForAdmin(actor), getNewsroomT("royaltySettings"), getNewsroomT("storyKinds")]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/toa-soan/quan-tri/cai-dat" className="text-sm underline">
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <RoyaltySettingsForm settings={settings} storyKinds={storyKinds.map((value) => ({ value, label: kindNames(value) }))} />
    </div>
  );
}
