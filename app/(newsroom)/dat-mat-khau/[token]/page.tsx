import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { PeopleSetPasswordForm } from "@/components/newsroom/people-set-password-form";
import { findPasswordLink, invalidPasswordLinkMessage, passwordMinLength } from "@/lib/auth/password-links";

// The token is in the address: no search engine, and no Referer carrying it to the next page.
export const metadata: Metadata = { title: "Đặt mật khẩu — Tòa soạn", robots: { index: false, follow: false }, referrer: "no-referrer" };

// Public on purpose (outside /toa-soan, so neither the proxy nor the newsroom layout asks for a
// session): the one-time link is the proof. It is checked here to show the form, and again when used.
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const holder = await findPasswordLink(await db(), token);
  return (
    <main className="flex min-h-screen items-center justify-center bg-stone-100 px-4">
      <div className="w-full max-w-md rounded-lg bg-white p-8 shadow">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">Tòa soạn</p>
        {holder ? (
          <>
            <h1 className="mt-1 text-2xl font-bold">{holder.purpose === "invite" ? "Đặt mật khẩu" : "Đặt lại mật khẩu"}</h1>
            <p className="mt-2 mb-6 text-sm text-muted">
              Chào {holder.name}. Hãy chọn mật khẩu cho tài khoản <span className="font-medium text-ink">{holder.email}</span>, dài ít nhất{" "}
              {passwordMinLength} ký tự. Liên kết này chỉ dùng được một lần.
            </p>
            <PeopleSetPasswordForm token={token} email={holder.email} minLength={passwordMinLength} />
          </>
        ) : (
          <>
            <h1 className="mt-1 mb-4 text-2xl font-bold">Liên kết không dùng được</h1>
            <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
              {invalidPasswordLinkMessage}
            </p>
            <p className="mt-6 text-sm">
              <Link href="/dang-nhap" className="font-semibold text-brand underline">
                Đến trang đăng nhập
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
