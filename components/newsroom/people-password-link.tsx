"use client";

import { useId, useState } from "react";
import type { ShownLink } from "@/lib/users/actions";

/** A one-time link for the admin to hand over: shown once, selectable, copyable. */
export function PeoplePasswordLink({ link }: { link: ShownLink }) {
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
      <label htmlFor={id} className="block font-semibold">
        {link.purpose === "invite" ? "Liên kết đặt mật khẩu" : "Liên kết đặt lại mật khẩu"} cho {link.name}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={link.url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-2 py-1 font-mono text-xs"
        />
        <button type="button" onClick={() => void copy()} className="rounded border border-stone-400 bg-white px-3 py-1 hover:bg-stone-100">
          {copied ? "Đã sao chép" : "Sao chép liên kết"}
        </button>
      </div>
      <p>
        Liên kết chỉ dùng được một lần, đến {link.expires}. Liên kết này sẽ không hiện lại: hãy sao chép ngay.{" "}
        {link.emailed
          ? `Đã gửi liên kết qua email tới ${link.email}.`
          : `Chưa cấu hình gửi email, nên hãy trao liên kết tận tay ${link.name} qua một kênh tin cậy.`}
      </p>
    </div>
  );
}
