"use client";

import { useActionState } from "react";
import { createUserAction, type CreateUserState } from "@/lib/users/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import type { Role } from "@/db/schema";
import { PeoplePasswordLink } from "./people-password-link";

/** "Thêm người dùng": the account is created without a password and a one-time link is shown. */
export function PeopleCreateForm({ roleOptions }: { roleOptions: readonly { value: Role; label: string }[] }) {
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, {});
  const errorOf = (name: string) => state.fieldErrors?.[name];
  // Labels point at their fields (htmlFor) and hold only their word, so "Họ tên" names one field.
  return (
    <div className="space-y-3">
      <form action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" noValidate>
        <Field id="nguoi-moi-name" label="Họ tên" error={errorOf("name")}>
          <Input name="name" required maxLength={120} autoComplete="off" defaultValue={state.values?.name} />
        </Field>
        <Field id="nguoi-moi-penName" label="Bút danh" hint="Để trống thì dùng họ tên viết hoa." error={errorOf("penName")}>
          <Input name="penName" maxLength={120} autoComplete="off" defaultValue={state.values?.penName} />
        </Field>
        <Field id="nguoi-moi-email" label="Email" error={errorOf("email")}>
          <Input name="email" type="email" required maxLength={320} autoComplete="off" defaultValue={state.values?.email} />
        </Field>
        <Field id="nguoi-moi-role" label="Vai trò" error={errorOf("role")}>
          <Select name="role" defaultValue={state.values?.role || "reporter"}>
            {roleOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-2 lg:col-span-4">
          <Button type="submit" variant="primary" size="lg" disabled={pending}>
            {pending ? "Đang tạo…" : "Tạo tài khoản"}
          </Button>
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
