import type { Metadata } from "next";
import Link from "next/link";
import { PeopleSetPasswordForm } from "@/components/newsroom/people-set-password-form";
import { withElement } from "@/components/public/with-element";
import { invalidPasswordLinkMessage, passwordMinLength } from "@/lib/auth/password-links";
import { getPasswordLinkHolder } from "@/lib/auth/queries";
import { getNewsroomT } from "@/lib/i18n/server";

// The token is in the address: no search engine, and no Referer carrying it to the next page.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("setPassword");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Public on purpose (outside /toa-soan, so neither the proxy nor the newsroom layout asks for a
// session): the one-time link is the proof. It is checked here to show the form, and again when used.
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [holder, t, common] = await Promise.all([getPasswordLinkHolder(token), getNewsroomT("setPassword"), getNewsroomT("common")]);
  return (
    <main className="flex min-h-screen items-center justify-center bg-stone-100 px-4">
      <div className="w-full max-w-md rounded-lg bg-white p-8 shadow">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">{common("newsroom")}</p>
        {holder ? (
          <>
            <h1 className="mt-1 text-2xl font-bold">{holder.purpose === "invite" ? t("headingInvite") : t("headingReset")}</h1>
            <p className="mt-2 mb-6 text-sm text-muted">
              {withElement(
                (slot) => t("intro", { name: holder.name, email: slot, min: passwordMinLength }),
                <span className="font-medium text-ink">{holder.email}</span>,
              )}
            </p>
            <PeopleSetPasswordForm token={token} email={holder.email} minLength={passwordMinLength} />
          </>
        ) : (
          <>
            <h1 className="mt-1 mb-4 text-2xl font-bold">{t("unusable")}</h1>
            <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
              {invalidPasswordLinkMessage}
            </p>
            <p className="mt-6 text-sm">
              <Link href="/dang-nhap" className="font-semibold text-brand underline">
                {t("toLogIn")}
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
