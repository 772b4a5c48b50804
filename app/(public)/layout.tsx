import Link from "next/link";
import { connection } from "next/server";
import { db } from "@/db";
import { formatDateline } from "@/lib/text/dateline";
import { loadSettings } from "@/lib/settings/settings";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  await connection(); // read at request time, never at build time
  const settings = await loadSettings(await db());
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b-4 border-brand">
        <div className="mx-auto flex max-w-5xl flex-wrap items-end justify-between gap-2 px-4 py-4">
          <div>
            <p className="text-sm text-muted">{settings.governingBody}</p>
            <Link href="/" className="font-serif text-3xl font-bold text-brand sm:text-4xl">
              {settings.paperName}
            </Link>
          </div>
          <p className="text-sm text-muted">{formatDateline(new Date())}</p>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">{children}</main>
      <footer className="mt-8 border-t border-stone-300 bg-stone-100 text-sm text-stone-700">
        <div className="mx-auto max-w-5xl space-y-1 px-4 py-6">
          <p className="font-semibold">{settings.paperName}</p>
          <p>{settings.governingBody}</p>
          <p>
            {settings.licenceNumber}, cấp ngày {settings.licenceDate}, {settings.licenceIssuer}
          </p>
          <p>{settings.editorInChief}</p>
          <p>
            Địa chỉ: {settings.address} · Điện thoại: {settings.phone} · Email: {settings.email}
          </p>
        </div>
      </footer>
    </div>
  );
}
