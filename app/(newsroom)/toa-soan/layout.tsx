import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBell } from "@/components/newsroom/notification-bell";
import { QueryProvider } from "@/components/newsroom/query-provider";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/actor";
import { can, roleLabels } from "@/lib/policy/policy";
import { logOut } from "@/lib/auth/actions";

export const metadata: Metadata = { title: "Tòa soạn", robots: { index: false } };

const deskLinks = [
  { href: "/toa-soan/lich", label: "Lịch", action: "queue.view" },
  { href: "/toa-soan/trang-chu", label: "Trang chủ", action: "homepage.curate" },
] as const;

const adminLinks = [
  { href: "/toa-soan/quan-tri/nguoi-dung", label: "Người dùng", action: "users.manage" },
  { href: "/toa-soan/quan-tri/chuyen-muc", label: "Chuyên mục", action: "sections.manage" },
  { href: "/toa-soan/quan-tri/cai-dat", label: "Cài đặt", action: "settings.manage" },
  { href: "/toa-soan/quan-tri/nhat-ky", label: "Nhật ký", action: "audit.view" },
] as const;

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <div className="min-h-screen bg-stone-50">
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <nav aria-label="Tòa soạn" className="flex flex-wrap items-center gap-4">
            <Link href="/toa-soan" className="text-lg font-bold text-brand">
              Tòa soạn
            </Link>
            {can(actor, "story.create") ? (
              <>
                <Link href="/toa-soan/bai-viet/moi" className="text-sm font-semibold hover:underline">
                  Viết bài mới
                </Link>
                <Link href="/toa-soan/bai-viet/nhap" className="text-sm hover:underline">
                  Nhập từ văn bản
                </Link>
              </>
            ) : null}
            {deskLinks
              .filter((link) => can(actor, link.action))
              .map((link) => (
                <Link key={link.href} href={link.href} className="text-sm hover:underline">
                  {link.label}
                </Link>
              ))}
            {can(actor, "media.upload") ? (
              <Link href="/toa-soan/thu-vien-anh" className="text-sm hover:underline">
                Thư viện ảnh
              </Link>
            ) : null}
            {adminLinks
              .filter((link) => can(actor, link.action))
              .map((link) => (
                <Link key={link.href} href={link.href} className="text-sm hover:underline">
                  {link.label}
                </Link>
              ))}
          </nav>
          <div className="flex items-center gap-4 text-sm">
            <NotificationBell />
            <span>
              <span className="font-semibold">{actor.name}</span> · <span data-testid="role">{roleLabels[actor.role]}</span>
            </span>
            <Link href="/toa-soan/ho-so" className="underline">
              Hồ sơ
            </Link>
            <Link href="/" className="underline">
              Xem báo
            </Link>
            <form action={logOut}>
              <Button type="submit">Đăng xuất</Button>
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
