import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBell } from "@/components/newsroom/notification-bell";
import { QueryProvider } from "@/components/newsroom/query-provider";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/actor";
import { logOut } from "@/lib/auth/actions";
import { getNewsroomT } from "@/lib/i18n/server";
import { can } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("common");
  return { title: t("newsroom"), robots: { index: false } };
}

const deskLinks = [
  { href: "/toa-soan/lich", label: "calendar", action: "queue.view" },
  { href: "/toa-soan/trang-chu", label: "home", action: "homepage.curate" },
] as const;

const adminLinks = [
  { href: "/toa-soan/quan-tri/nguoi-dung", label: "people", action: "users.manage" },
  { href: "/toa-soan/quan-tri/chuyen-muc", label: "sections", action: "sections.manage" },
  { href: "/toa-soan/quan-tri/cai-dat", label: "settings", action: "settings.manage" },
  { href: "/toa-soan/quan-tri/nhat-ky", label: "audit", action: "audit.view" },
] as const;

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const [t, nav, roles] = await Promise.all([getNewsroomT("common"), getNewsroomT("nav"), getNewsroomT("roles")]);
  return (
    <div className="min-h-screen bg-stone-50">
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <nav aria-label={t("newsroom")} className="flex flex-wrap items-center gap-4">
            <Link href="/toa-soan" className="text-lg font-bold text-brand">
              {t("newsroom")}
            </Link>
            {can(actor, "story.create") ? (
              <>
                <Link href="/toa-soan/bai-viet/moi" className="text-sm font-semibold hover:underline">
                  {nav("newStory")}
                </Link>
                <Link href="/toa-soan/bai-viet/nhap" className="text-sm hover:underline">
                  {nav("importStory")}
                </Link>
              </>
            ) : null}
            {deskLinks
              .filter((link) => can(actor, link.action))
              .map((link) => (
                <Link key={link.href} href={link.href} className="text-sm hover:underline">
                  {nav(link.label)}
                </Link>
              ))}
            {can(actor, "media.upload") ? (
              <Link href="/toa-soan/thu-vien-anh" className="text-sm hover:underline">
                {nav("media")}
              </Link>
            ) : null}
            {adminLinks
              .filter((link) => can(actor, link.action))
              .map((link) => (
                <Link key={link.href} href={link.href} className="text-sm hover:underline">
                  {nav(link.label)}
                </Link>
              ))}
          </nav>
          <div className="flex items-center gap-4 text-sm">
            <NotificationBell />
            <span>
              <span className="font-semibold">{actor.name}</span> · <span data-testid="role">{roles(actor.role)}</span>
            </span>
            <Link href="/toa-soan/ho-so" className="underline">
              {t("profile")}
            </Link>
            <Link href="/" className="underline">
              {t("viewPaper")}
            </Link>
            <form action={logOut}>
              <Button type="submit">{t("logOut")}</Button>
            </form>
          </div>
        </div>
      </header>
      <QueryProvider>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </QueryProvider>
    </div>
  );
}
