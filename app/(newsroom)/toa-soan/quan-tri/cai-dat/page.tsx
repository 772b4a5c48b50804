import type { Metadata } from "next";
import { db } from "@/db";
import { SettingsForm } from "@/components/newsroom/settings-form";
import { requireActor } from "@/lib/auth/actor";
import { loadSettings } from "@/lib/settings/settings";

export const metadata: Metadata = { title: "Cài đặt — Tòa soạn" };

// ICU lists Vietnam's zone under its old name, Asia/Saigon; the paper's own name for it comes first.
function timeZoneChoices(): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["Asia/Ho_Chi_Minh", ...known.filter((z) => z !== "Asia/Ho_Chi_Minh")];
}

export default async function SettingsPage() {
  await requireActor("settings.manage", "/toa-soan/quan-tri/cai-dat");
  const settings = await loadSettings(await db());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Cài đặt</h1>
        <p className="mt-1 text-muted">
          Thông tin của tờ báo in ở đầu và chân mọi trang (Luật Báo chí yêu cầu), và các thiết lập biên tập. Thay đổi có hiệu lực trên trang báo ngay khi lưu.
        </p>
      </div>
      <SettingsForm settings={settings} timeZones={timeZoneChoices()} />
    </div>
  );
}
