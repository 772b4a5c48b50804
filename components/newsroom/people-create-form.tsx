"use client";

import { useActionState } from "react";
import { createUserAction, type CreateUserState } from "@/lib/users/actions";
import { FormError, Notice } from "@/components/ui/notice";
import type { Role } from "@/db/schema";
import { PeoplePasswordLink } from "./people-password-link";

/** "Thêm người dùng": the account is created without a password and a one-time link is shown. */
export function PeopleCreateForm({ roleOptions }: { roleOptions: readonly { value: Role; label: string }[] }) {
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, {});
  const field = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1";
  const label = "block text-sm font-medium";
  const errorOf = (name: string) => state.fieldErrors?.[name];
  // Labels point at their fields (htmlFor) and hold only their word, so "Họ tên" names one field.
  const describedBy = (name: string, hint?: string) => {
    const ids = [hint, errorOf(name) ? `nguoi-moi-${name}-loi` : undefined].filter(Boolean).join(" ");
    return { "aria-invalid": errorOf(name) ? true : undefined, "aria-describedby": ids || undefined };
  };
  const fieldError = (name: string) =>
    errorOf(name) ? (
      <p id={`nguoi-moi-${name}-loi`} className="mt-1 text-sm text-red-800">
        {errorOf(name)}
      </p>
    ) : null;
  return (
    <div className="space-y-3">
      <form action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" noValidate>
        <div>
          <label htmlFor="nguoi-moi-name" className={label}>
            Họ tên
          </label>
          <input id="nguoi-moi-name" name="name" required maxLength={120} autoComplete="off" defaultValue={state.values?.name} className={field} {...describedBy("name")} />
          {fieldError("name")}
        </div>
        <div>
          <label htmlFor="nguoi-moi-penName" className={label}>
            Bút danh
          </label>
          <input
            id="nguoi-moi-penName"
            name="penName"
            maxLength={120}
            autoComplete="off"
            defaultValue={state.values?.penName}
            className={field}
            {...describedBy("penName", "nguoi-moi-penName-goi-y")}
          />
          <p id="nguoi-moi-penName-goi-y" className="mt-1 text-xs text-muted">
            Để trống thì dùng họ tên viết hoa.
          </p>
          {fieldError("penName")}
        </div>
        <div>
          <label htmlFor="nguoi-moi-email" className={label}>
            Email
          </label>
          <input
            id="nguoi-moi-email"
            name="email"
            type="email"
            required
            maxLength={320}
            autoComplete="off"
            defaultValue={state.values?.email}
            className={field}
            {...describedBy("email")}
          />
          {fieldError("email")}
        </div>
        <div>
          <label htmlFor="nguoi-moi-role" className={label}>
            Vai trò
          </label>
          <select id="nguoi-moi-role" name="role" defaultValue={state.values?.role || "reporter"} className={field} {...describedBy("role")}>
            {roleOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {fieldError("role")}
        </div>
        <div className="sm:col-span-2 lg:col-span-4">
          <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
            {pending ? "Đang tạo…" : "Tạo tài khoản"}
          </button>
        </div>
      </form>
      {/* One announcement; the details sit under the fields they concern. */}
      <FormError message={state.fieldErrors && Object.keys(state.fieldErrors).length ? "Chưa tạo được tài khoản. Vui lòng sửa các ô được đánh dấu." : state.error} />
      {state.link ? (
        <>
          <Notice tone="success">Đã tạo tài khoản cho {state.link.name}. Người đó đặt mật khẩu bằng liên kết dưới đây rồi đăng nhập.</Notice>
          <PeoplePasswordLink link={state.link} />
        </>
      ) : null}
    </div>
  );
}
