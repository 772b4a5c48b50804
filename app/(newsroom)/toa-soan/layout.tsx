import type { Metadata } from "next";
import Link from "next/link";
import { HeaderMenu } from "@/components/newsroom/header-menu";
import { NewsroomSearchBox } from "@/components/newsroom/newsroom-search-box";
import { NotificationBell } from "@/components/newsroom/notification-bell";
import { QueryProvider } from "@/components/newsroom/query-provider";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/actor";
import { logOut } from "@/lib/auth/actions";
import { getNewsroomT } from "@/lib/i18n/server";
import { can, canPlan, canRoyalty } from "@/lib/policy/policy";

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
  { href: "/toa-soan/quan-tri/ban", label: "desks", action: "desks.manage" },
  { href: "/toa-soan/quan-tri/cai-dat", label: "settings", action: "settings.manage" },
  { href: "/toa-soan/quan-tri/nhat-ky", label: "audit", action: "audit.view" },
] as const;

type NavLink = { href: string; label: string; strong?: boolean };

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const [t, nav, roles, phone] = await Promise.all([getNewsroomT("common"), getNewsroomT("nav"), getNewsroomT("roles"), getNewsroomT("phone")]);
  const writes = can(actor, "story.create");
  const links: NavLink[] = [
    ...(writes
      ? [
          { href: "/toa-soan/bai-viet/moi", label: nav("newStory"), strong: true },
          { href: "/toa-soan/bai-viet/nhap", label: nav("importStory") },
        ]
      : []),
    ...deskLinks.filter((link) => can(actor, link.action)).map((link) => ({ href: link.href, label: nav(link.label) })),
    // The plan: topics proposed and decided, work assigned with deadlines (the morning meeting).
    ...(canPlan(actor, "plan.view") ? [{ href: "/toa-soan/ke-hoach", label: nav("plan") }] : []),
    ...(can(actor, "media.upload") ? [{ href: "/toa-soan/thu-vien-anh", label: nav("media") }] : []),
    // The month of royalties, for those given a royalty grant (chấm, duyệt, kế toán).
    ...(canRoyalty(actor, "royalty.month.view") ? [{ href: "/toa-soan/nhuan-but", label: nav("royalties") }] : []),
    ...adminLinks.filter((link) => can(actor, link.action)).map((link) => ({ href: link.href, label: nav(link.label) })),
    // The newsroom's search (any story the person may see, by title, byline, number or address).
    ...(writes ? [{ href: "/toa-soan/tim-kiem", label: nav("search") }] : []),
  ];
  // Everyone's own royalties sit with the person's own links (Hồ sơ), not in the desk's row.
  const myRoyalties = canRoyalty(actor, "royalty.own") ? { href: "/toa-soan/nhuan-but/cua-toi", label: nav("myRoyalties") } : null;
  const logOutButton = (
    <form action={logOut}>
      <Button type="submit" className="whitespace-nowrap">
        {t("logOut")}
      </Button>
    </form>
  );
  return (
    <div className="min-h-screen bg-stone-50 print:bg-white">
      {/* From lg the whole header is one row: the desk's links, then the person with their own links
          (Hồ sơ, Nhuận bút của tôi, Xem báo) under their name; below lg, the name of the newsroom,
          Viết bài mới, the bell and a menu holding the rest, so nothing wraps or breaks mid-word. */}
      <header className="relative border-b border-stone-300 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-3 gap-y-2 px-4 py-2 lg:flex-wrap lg:py-3">
          <div className="flex min-w-0 items-center gap-4">
            <Link href="/toa-soan" className="text-lg font-bold whitespace-nowrap text-brand">
              {t("newsroom")}
            </Link>
            <nav aria-label={t("newsroom")} className="hidden flex-wrap items-center gap-x-3 gap-y-1 lg:flex">
              {links.map((link) => (
                <Link key={link.href} href={link.href} className={`text-sm whitespace-nowrap hover:underline ${link.strong ? "font-semibold" : ""}`}>
                  {link.label}
                </Link>
              ))}
            </nav>
          </div>
          <div className="flex items-center gap-2 text-sm lg:gap-4">
            {writes ? (
              <Link href="/toa-soan/bai-viet/moi" className="font-semibold whitespace-nowrap hover:underline lg:hidden">
                {nav("newStory")}
              </Link>
            ) : null}
            <NotificationBell />
            <div className="hidden items-center gap-4 lg:flex">
              {/* The person, and under their name their own links: the desk's row keeps its room. */}
              <div className="leading-5">
                <p className="whitespace-nowrap">
                  <span className="font-semibold">{actor.name}</span> · <span data-testid="role">{roles(actor.role)}</span>
                </p>
                <p className="flex gap-3">
                  <Link href="/toa-soan/ho-so" className="whitespace-nowrap underline">
                    {t("profile")}
                  </Link>
                  {myRoyalties ? (
                    <Link href={myRoyalties.href} className="whitespace-nowrap underline">
                      {myRoyalties.label}
                    </Link>
                  ) : null}
                  <Link href="/" className="whitespace-nowrap underline">
                    {t("viewPaper")}
                  </Link>
                </p>
              </div>
              {logOutButton}
            </div>
            <HeaderMenu>
              <nav aria-label={phone("menuLabel")} className="mx-auto max-w-6xl px-4 py-2">
                {writes ? <NewsroomSearchBox className="py-2" /> : null}
                <ul className="divide-y divide-stone-200">
                  {links.map((link) => (
                    <li key={link.href}>
                      <Link href={link.href} className={`block py-3 ${link.strong ? "font-semibold" : ""}`}>
                        {link.label}
                      </Link>
                    </li>
                  ))}
                  <li className="py-3 text-stone-700">{phone("signedInAs", { name: actor.name, role: roles(actor.role) })}</li>
                  <li>
                    <Link href="/toa-soan/ho-so" className="block py-3">
                      {t("profile")}
                    </Link>
                  </li>
                  {myRoyalties ? (
                    <li>
                      <Link href={myRoyalties.href} className="block py-3">
                        {myRoyalties.label}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <Link href="/" className="block py-3">
                      {t("viewPaper")}
                    </Link>
                  </li>
                  <li className="py-3">{logOutButton}</li>
                </ul>
              </nav>
            </HeaderMenu>
          </div>
        </div>
      </header>
      <QueryProvider>
        <main className="mx-auto max-w-6xl px-4 py-6 print:max-w-none print:p-0">{children}</main>
      </QueryProvider>
    </div>
  );
}
