import type { Metadata } from "next";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import "./globals.css";

// Read from no request: the public pages under this layout are cached, so the fallback title is
// in the paper's language; every newsroom page sets its own title in its reader's language.
export const metadata: Metadata = {
  title: { default: translator(paperLocale, "common")("newsroom"), template: "%s" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
