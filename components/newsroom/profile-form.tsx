"use client";

import { useActionState, useState } from "react";
import { updateProfileAction, type ProfileState } from "@/lib/profile/actions";
import { MediaPicker } from "@/components/newsroom/media-picker";
import { FormError, Notice } from "@/components/ui/notice";
import type { ProfileAvatar } from "@/lib/profile/queries";

const field = "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  ) : null;
}

/** Họ tên, Bút danh and Ảnh đại diện cá nhân of the signed-in person, saved by one server action. */
export function ProfileForm({
  name,
  penName,
  avatar: initialAvatar,
  canUseLibrary,
}: {
  name: string;
  penName: string;
  avatar: ProfileAvatar | null;
  /** The photo library is the newsroom's; an admin without an editorial role has no access to it. */
  canUseLibrary: boolean;
}) {
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateProfileAction, { round: 0 });
  const [avatar, setAvatar] = useState(initialAvatar);
  const [picking, setPicking] = useState(false);
  const values = { name: state.values?.name ?? name, penName: state.values?.penName ?? penName };
  const errors = state.fieldErrors ?? {};

  return (
    <>
      <form action={action} className="space-y-4" noValidate>
        <div>
          <label htmlFor="profile-name" className="block text-sm font-semibold">
            Họ tên
          </label>
          {/* Keyed by the answer's round: a reset form shows what was saved, or what was typed. */}
          <input
            key={`name-${state.round}`}
            id="profile-name"
            name="name"
            autoComplete="name"
            required
            maxLength={120}
            defaultValue={values.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "profile-name-error" : undefined}
            className={field}
          />
          <FieldError id="profile-name-error" message={errors.name} />
        </div>
        <div>
          <label htmlFor="profile-pen-name" className="block text-sm font-semibold">
            Bút danh
          </label>
          <input
            key={`pen-${state.round}`}
            id="profile-pen-name"
            name="penName"
            required
            maxLength={120}
            defaultValue={values.penName}
            aria-invalid={errors.penName ? true : undefined}
            aria-describedby={`profile-pen-name-hint${errors.penName ? " profile-pen-name-error" : ""}`}
            className={field}
          />
          <p id="profile-pen-name-hint" className="mt-1 text-xs text-muted">
            In dưới bài viết, thường viết hoa (VD: PHƯƠNG DUNG). Bài mới sẽ lấy bút danh này làm mặc định.
          </p>
          <FieldError id="profile-pen-name-error" message={errors.penName} />
        </div>

        <fieldset className="rounded border border-stone-300 p-3">
          <legend className="px-1 text-sm font-semibold">Ảnh đại diện cá nhân</legend>
          <input type="hidden" name="avatarMediaId" value={avatar?.id ?? ""} />
          <div className="flex flex-wrap items-center gap-4">
            {avatar ? (
              // eslint-disable-next-line @next/next/no-img-element -- a library variant, already resized
              <img src={avatar.url} alt={`Ảnh đại diện cá nhân của ${values.name}`} width={96} height={96} className="size-24 rounded-full border border-stone-300 object-cover" />
            ) : (
              <div aria-hidden className="flex size-24 items-center justify-center rounded-full bg-stone-200 text-2xl font-bold text-stone-600">
                {values.name.trim().split(/\s+/).at(-1)?.charAt(0).toLocaleUpperCase("vi") ?? "?"}
              </div>
            )}
            <div className="flex flex-wrap gap-2">
              {canUseLibrary ? (
                <button type="button" onClick={() => setPicking(true)} className="rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100">
                  {avatar ? "Đổi ảnh" : "Chọn ảnh"}
                </button>
              ) : null}
              {avatar ? (
                <button type="button" onClick={() => setAvatar(null)} className="rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100">
                  Bỏ ảnh
                </button>
              ) : null}
            </div>
          </div>
          <p className="mt-2 text-xs text-muted">
            {canUseLibrary
              ? "Chọn hoặc tải ảnh lên từ thư viện ảnh của tòa soạn; ảnh được lưu khi bấm Lưu hồ sơ."
              : "Ảnh đại diện cá nhân được chọn từ thư viện ảnh, nơi chỉ phóng viên và ban biên tập dùng được."}
          </p>
          <FieldError id="profile-avatar-error" message={errors.avatarMediaId} />
        </fieldset>

        {state.error && !state.fieldErrors ? <FormError message={state.error} /> : null}
        {state.error && state.fieldErrors ? <FormError message="Chưa lưu được: hãy sửa các ô được đánh dấu." /> : null}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
            {pending ? "Đang lưu…" : "Lưu hồ sơ"}
          </button>
          {state.ok && !pending ? <Notice tone="success">Đã lưu hồ sơ.</Notice> : null}
        </div>
      </form>
      {/* Outside the form: Enter in the picker's own fields must not save the profile. */}
      {picking ? (
        <MediaPicker
          onClose={() => setPicking(false)}
          onPick={(m) => {
            setAvatar({ id: m.id, url: m.url, alt: m.alt || m.caption });
            setPicking(false);
          }}
        />
      ) : null}
    </>
  );
}
