"use client";

import { useActionState } from "react";
import { setPasswordAction, type SetPasswordState } from "@/lib/auth/actions";
import { FormError } from "@/components/ui/notice";

/** Mật khẩu twice, for the holder of a one-time link; success moves on to the way to log in. */
export function PeopleSetPasswordForm({ token, email, minLength }: { token: string; email: string; minLength: number }) {
  const [state, action, pending] = useActionState<SetPasswordState, FormData>(setPasswordAction, {});
  const field = "mt-1 w-full rounded border border-stone-400 px-3 py-2";
  const error = (name: string) => state.fieldErrors?.[name];
  const describe = (name: string) => (error(name) ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Mật khẩu
        </label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={minLength} className={field} {...describe("password")} />
        {error("password") ? (
          <p id="password-error" className="mt-1 text-sm text-red-800">
            {error("password")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="confirm" className="block text-sm font-medium">
          Nhập lại mật khẩu
        </label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className={field} {...describe("confirm")} />
        {error("confirm") ? (
          <p id="confirm-error" className="mt-1 text-sm text-red-800">
            {error("confirm")}
          </p>
        ) : null}
      </div>
      {/* One announcement; the details sit under the fields they concern. */}
      <FormError message={state.fieldErrors ? "Chưa đặt được mật khẩu. Vui lòng sửa các ô được đánh dấu." : state.error} />
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "Đang lưu…" : "Đặt mật khẩu"}
      </button>
    </form>
  );
}
