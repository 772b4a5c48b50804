import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

// Addresses no route matches (/a/b/c): Next.js would answer in English. Outside the public layout
// and prerendered at build, so it reads no settings and stays self-contained; the words match
// app/(public)/not-found.tsx, which the reading pages show inside the masthead.
export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="font-serif text-6xl font-bold text-brand">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4 text-stone-700">Địa chỉ này không có trên trang báo: có thể đường dẫn bị gõ sai, hoặc trang đã được chuyển chỗ.</p>
      <p className="mt-6">
        <Link href="/" className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Về trang chủ
        </Link>
      </p>
    </main>
  );
}
