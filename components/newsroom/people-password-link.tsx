"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { ShownLink } from "@/lib/users/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/field";

/** A one-time link for the admin to hand over: shown once, selectable, copyable. */
export function PeoplePasswordLink({ link }: { link: ShownLink }) {
  const t = useTranslations("admin.people.link");
  const [copied, setCopied] = useState(false);
  const id = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // Clipboard refused (plain http, permissions): the field is selected for a manual copy instead.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  }
  return (
    <div className="space-y-2 rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
      <Label htmlFor={id}>{t(link.purpose === "invite" ? "invite" : "reset", { name: link.name })}</Label>
      <div className="flex flex-wrap gap-2">
        <Input id={id} readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} className="w-auto min-w-0 flex-1 font-mono text-xs" />
        <Button onClick={() => void copy()}>{copied ? t("copied") : t("copy")}</Button>
      </div>
      <p>
        {t("once", { expires: link.expires })} {link.emailed ? t("emailed", { email: link.email }) : t("notEmailed", { name: link.name })}
      </p>
    </div>
  );
}
