import type { Metadata } from "next";
import { ProfileForm } from "@/components/newsroom/profile-form";
import { ProfileLanguageForm } from "@/components/newsroom/profile-language-form";
import { ProfilePasswordForm } from "@/components/newsroom/profile-password-form";
import { ProfileSessions } from "@/components/newsroom/profile-sessions";
import { describeDevice } from "@/lib/auth/device";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getNewsroomT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/policy/policy";
import { getMySessions, getMyTwoFactorState, getOwnProfile } from "@/lib/profile/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const actor = await requireActor("profile.edit", "/toa-soan/ho-so");
  const [profile, t, roles, sessions, twoFactor] = await Promise.all([
    getOwnProfile(actor),
    getNewsroomT("profile"),
    getNewsroomT("roles"),
    getMySessions(actor),
    getMyTwoFactorState(actor),
  ]);
  return (
    <div className="max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro", { email: profile.email, role: roles(profile.role) })}</p>
      </div>
      <section aria-labelledby="profile-heading" className="space-y-3">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("details.heading")}
        </h2>
        <ProfileForm name={profile.name} penName={profile.penName} avatar={profile.avatar} canUseLibrary={can(actor, "media.upload")} />
      </section>
      <section aria-labelledby="language-heading" className="space-y-3">
        <h2 id="language-heading" className="text-lg font-semibold">
          {t("language.heading")}
        </h2>
        <ProfileLanguageForm />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("password.heading")}
        </h2>
        <ProfilePasswordForm email={profile.email} />
      </section>
      <section aria-labelledby="two-factor-heading" className="space-y-3">
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          {t("twoFactor.heading")}
        </h2>
        {twoFactor === "on" ? <Notice tone="success">{t("twoFactor.on")}</Notice> : <p className="text-sm">{t("twoFactor.off")}</p>}
        {twoFactor !== "on" ? (
          <Link href="/xac-thuc-hai-buoc" className={buttonVariants({ variant: "primary" })}>
            {t("twoFactor.setUp")}
          </Link>
        ) : null}
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("sessions.heading")}
        </h2>
        <ProfileSessions
          sessions={sessions.map((s) => ({
            id: s.id,
            device: describeDevice(s.userAgent),
            address: s.address,
            lastSeenAt: s.lastSeenAt.toISOString(),
            current: s.current,
          }))}
        />
      </section>
    </div>
  );
}
