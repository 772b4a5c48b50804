"use client";

// The newsroom's menu on a narrow screen: one button that opens every link of the header, the
// person's name, Hồ sơ and Đăng xuất, stacked, instead of a header wrapping onto three rows. It
// closes on Esc, a click elsewhere and after moving to another page (the layout stays mounted).
import { usePathname } from "next/navigation";
import { useCallback, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { useDismiss } from "./use-dismiss";

export function HeaderMenu({ children }: { children: React.ReactNode }) {
  const t = useTranslations("phone");
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useDismiss(
    open,
    useCallback(() => setOpen(false), []),
    root,
    button,
  );

  return (
    <div ref={root} className="lg:hidden">
      <Button ref={button} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)} className="flex items-center gap-1.5 px-2 py-1.5">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        <span className="text-sm">{t("menu")}</span>
      </Button>
      {open ? (
        <div
          id={panelId}
          // Links follow each other as in the wide header; clicking one moves to its page.
          onClick={(e) => {
            if ((e.target as HTMLElement).closest("a")) setOpen(false);
          }}
          className="absolute inset-x-0 top-full z-30 max-h-[calc(100vh-4rem)] overflow-y-auto border-b border-stone-300 bg-white shadow-lg"
        >
          {children}
        </div>
      ) : null}
    </div>
  );
}
