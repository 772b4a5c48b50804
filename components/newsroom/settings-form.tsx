"use client";

import { useActionState, useId } from "react";
import { Notice } from "@/components/ui/notice";
import { updateSettingsAction, type SettingsFormState } from "@/lib/settings/actions";
import { settingLabels } from "@/lib/settings/labels";
import type { SettingKey, Settings } from "@/lib/settings/settings";

type Field = {
  key: SettingKey;
  hint?: string;
  input?: "text" | "email" | "number" | "textarea" | "approval" | "timezone";
  maxLength?: number;
  required?: boolean;
  wide?: boolean;
};

const groups: { title: string; fields: Field[] }[] = [
  {
    title: "Tên và nhận diện",
    fields: [
      { key: "paperName", maxLength: 120, required: true },
      { key: "domain", maxLength: 253, required: true, hint: "Ví dụ baobiencuong.vn, không có http:// ở đầu." },
      {
        key: "logoUrl",
        maxLength: 500,
        wide: true,
        hint: "Địa chỉ ảnh logo: https://… hoặc /media/… (mở ảnh trong Thư viện ảnh rồi chép địa chỉ). Để trống nếu chưa có.",
      },
      { key: "description", input: "textarea", maxLength: 300, wide: true, hint: "Một câu giới thiệu tờ báo, dùng cho công cụ tìm kiếm và mạng xã hội." },
    ],
  },
  {
    title: "Thông tin pháp lý (in ở đầu và chân trang)",
    fields: [
      { key: "governingBody", maxLength: 200, required: true, wide: true, hint: "In nguyên văn, ví dụ “Cơ quan chủ quản: Tỉnh ủy Lạng Sơn”." },
      { key: "licenceNumber", maxLength: 120, required: true, hint: "In nguyên văn, ví dụ “Giấy phép số 123/GP-BVHTTDL”." },
      { key: "licenceDate", maxLength: 60, required: true, hint: "Ngày/tháng/năm, ví dụ 01/07/2026." },
      { key: "licenceIssuer", maxLength: 200, required: true },
      { key: "editorInChief", maxLength: 120, required: true, hint: "In nguyên văn, ví dụ “Tổng biên tập: Nguyễn Văn An”." },
      { key: "address", maxLength: 300, required: true, wide: true },
      { key: "phone", maxLength: 60, required: true },
      { key: "email", input: "email", maxLength: 120, required: true },
    ],
  },
  {
    title: "Biên tập",
    fields: [
      { key: "approvalLevels", input: "approval", hint: "Số lần bài phải được duyệt trước khi xuất bản." },
      { key: "timeZone", input: "timezone", required: true, hint: "Giờ hiển thị và nhập trong tòa soạn và trên trang báo." },
      { key: "storiesPerPage", input: "number", required: true, hint: "Trên trang chuyên mục, từ 5 đến 100." },
    ],
  },
];

const approvalChoices = [
  { value: 1, label: "1 cấp" },
  { value: 2, label: "2 cấp (biên tập viên duyệt, thư ký tòa soạn xuất bản)" },
  { value: 3, label: "3 cấp" },
];

const control = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1";

/** Every site setting in one form, saved through one command; only changed keys are written. */
export function SettingsForm({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(updateSettingsAction, {});
  const uid = useId();
  // React resets a form after its action: show what was saved, or what was typed when refused.
  const valueOf = (key: SettingKey) => state.values?.[key] ?? String(settings[key]);

  return (
    <form action={action} aria-label="Cài đặt" className="space-y-6" noValidate>
      {groups.map((group) => (
        <fieldset key={group.title} className="rounded border border-stone-300 bg-white p-4">
          <legend className="px-1 font-semibold">{group.title}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.fields.map((f) => {
              const id = `${uid}-${f.key}`;
              const error = state.fieldErrors?.[f.key];
              const describedBy = [error ? `${id}-error` : null, f.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
              const common = {
                id,
                name: f.key,
                required: f.required,
                "aria-invalid": error ? true : undefined,
                "aria-describedby": describedBy,
                className: control,
              };
              return (
                <div key={f.key} className={f.wide ? "sm:col-span-2" : undefined}>
                  <label htmlFor={id} className="block text-sm font-semibold">
                    {settingLabels[f.key]}
                  </label>
                  {f.input === "textarea" ? (
                    <textarea {...common} rows={2} maxLength={f.maxLength} defaultValue={valueOf(f.key)} />
                  ) : f.input === "approval" ? (
                    <select {...common} defaultValue={valueOf(f.key)}>
                      {approvalChoices.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  ) : f.input === "timezone" ? (
                    <>
                      <input {...common} list={`${id}-list`} autoComplete="off" spellCheck={false} defaultValue={valueOf(f.key)} />
                      <datalist id={`${id}-list`}>
                        {timeZones.map((z) => (
                          <option key={z} value={z} />
                        ))}
                      </datalist>
                    </>
                  ) : (
                    <input
                      {...common}
                      type={f.input === "number" ? "number" : f.input === "email" ? "email" : "text"}
                      inputMode={f.input === "number" ? "numeric" : undefined}
                      min={f.input === "number" ? 5 : undefined}
                      max={f.input === "number" ? 100 : undefined}
                      maxLength={f.maxLength}
                      defaultValue={valueOf(f.key)}
                    />
                  )}
                  {f.hint ? (
                    <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
                      {f.hint}
                    </p>
                  ) : null}
                  {error ? (
                    <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
                      {error}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? "Đang lưu…" : "Lưu cài đặt"}
        </button>
        {state.ok && !pending ? (
          <Notice tone="success">{state.changed?.length ? `Đã lưu cài đặt: ${state.changed.join(", ")}.` : "Không có thay đổi nào để lưu."}</Notice>
        ) : null}
      </div>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}
