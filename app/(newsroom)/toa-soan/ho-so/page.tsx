import type { Metadata } from "next";
import { db } from "@/db";
import { ProfileForm } from "@/components/newsroom/profile-form";
import { ProfileLanguageForm } from "@/components/newsroom/profile-language-form";
import { ProfilePasswordForm } from "@/components/newsroom/profile-password-form";
import { getNewsroomT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/auth/actor";
import { can, roleLabels } from "@/lib/policy/policy";
import { getProfile } from "@/lib/profile/queries";

export const metadata: Metadata = { title: "Hồ sơ — Tòa soạn" };

export default async function ProfilePage() {
  const actor = await requireActor("profile.edit", "/toa-soan/ho-so");
  const profile = await getProfile(await db(), actor);
  const t = await getNewsroomT("profile.language");
  return (
    <div className="max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Hồ sơ</h1>
        <p className="mt-1 text-muted">
          {profile.email} · {roleLabels[profile.role]}. Email và vai trò do quản trị tòa soạn thay đổi.
        </p>
      </div>
      <section aria-labelledby="profile-heading" className="space-y-3">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Thông tin cá nhân
        </h2>
        <ProfileForm name={profile.name} penName={profile.penName} avatar={profile.avatar} canUseLibrary={can(actor, "media.upload")} />
      </section>
      <section aria-labelledby="language-heading" className="space-y-3">
        <h2 id="language-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <ProfileLanguageForm />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          Đổi mật khẩu
        </h2>
        <ProfilePasswordForm email={profile.email} />
      </section>
    </div>
  );
}
