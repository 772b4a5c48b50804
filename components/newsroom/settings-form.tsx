"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
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

/** Every site setting in one form, saved through one command; only changed keys are written. */
export function SettingsForm({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(updateSettingsAction, {});
  const uid = useId();
  const zonesId = `${uid}-zones`;
  // React resets a form after its action: show what was saved, or what was typed when refused.
  const valueOf = (key: SettingKey) => state.values?.[key] ?? String(settings[key]);

  return (
    <form action={action} aria-label="Cài đặt" className="space-y-6" noValidate>
      {groups.map((group) => (
        <fieldset key={group.title} className="rounded border border-stone-300 bg-white p-4">
          <legend className="px-1 font-semibold">{group.title}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.fields.map((f) => {
              const common = { name: f.key, required: f.required };
              return (
                <Field
                  key={f.key}
                  id={`${uid}-${f.key}`}
                  label={settingLabels[f.key]}
                  hint={f.hint}
                  error={state.fieldErrors?.[f.key]}
                  className={f.wide ? "sm:col-span-2" : undefined}
                >
                  {f.input === "textarea" ? (
                    <Textarea {...common} rows={2} maxLength={f.maxLength} defaultValue={valueOf(f.key)} />
                  ) : f.input === "approval" ? (
                    <Select {...common} defaultValue={valueOf(f.key)}>
                      {approvalChoices.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </Select>
                  ) : f.input === "timezone" ? (
                    <Input {...common} list={zonesId} autoComplete="off" spellCheck={false} defaultValue={valueOf(f.key)} />
                  ) : (
                    <Input
                      {...common}
                      type={f.input === "number" ? "number" : f.input === "email" ? "email" : "text"}
                      inputMode={f.input === "number" ? "numeric" : undefined}
                      min={f.input === "number" ? 5 : undefined}
                      max={f.input === "number" ? 100 : undefined}
                      maxLength={f.maxLength}
                      defaultValue={valueOf(f.key)}
                    />
                  )}
                </Field>
              );
            })}
          </div>
        </fieldset>
      ))}
      {/* The time zones the browser offers while typing in Múi giờ. */}
      <datalist id={zonesId}>
        {timeZones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu cài đặt"}
        </Button>
        {state.ok && !pending ? (
          <Notice tone="success">{state.changed?.length ? `Đã lưu cài đặt: ${state.changed.join(", ")}.` : "Không có thay đổi nào để lưu."}</Notice>
        ) : null}
      </div>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}
