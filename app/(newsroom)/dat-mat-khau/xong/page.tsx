import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Đã đặt mật khẩu — Tòa soạn", robots: { index: false, follow: false } };

export default function PasswordSetPage() {
  return (
    <main className="flex min-h-screen items-center justify-center bg-stone-100 px-4">
      <div className="w-full max-w-md space-y-4 rounded-lg bg-white p-8 shadow">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">Tòa soạn</p>
        <h1 className="text-2xl font-bold">Đã đặt mật khẩu</h1>
        <Notice tone="success">Đã đặt mật khẩu. Từ nay bạn đăng nhập bằng email của mình và mật khẩu vừa đặt.</Notice>
        <Link href="/dang-nhap" className={cn(buttonVariants({ variant: "primary", size: "lg" }), "block w-full")}>
          Đăng nhập
        </Link>
      </div>
    </main>
  );
}
