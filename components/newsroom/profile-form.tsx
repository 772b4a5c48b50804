"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "use-intl";
import { updateProfileAction, type ProfileState } from "@/lib/profile/actions";
import { MediaPicker } from "@/components/newsroom/lazy-media-picker";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";
import type { ProfileAvatar } from "@/lib/profile/queries";

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
  const t = useTranslations("profile.details");
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateProfileAction, { round: 0 });
  const [avatar, setAvatar] = useState(initialAvatar);
  const [picking, setPicking] = useState(false);
  const values = { name: state.values?.name ?? name, penName: state.values?.penName ?? penName };
  const errors = state.fieldErrors ?? {};

  return (
    <>
      <form action={action} className="space-y-4" noValidate>
        <Field id="profile-name" label={t("name")} error={errors.name}>
          {/* Keyed by the answer's round: a reset form shows what was saved, or what was typed. */}
          <Input key={`name-${state.round}`} name="name" autoComplete="name" required maxLength={120} defaultValue={values.name} size="lg" />
        </Field>
        <Field id="profile-pen-name" label={t("penName")} hint={t("penNameHint")} error={errors.penName}>
          <Input key={`pen-${state.round}`} name="penName" required maxLength={120} defaultValue={values.penName} size="lg" />
        </Field>

        <fieldset className="rounded border border-stone-300 p-3">
          <legend className="px-1 text-sm font-semibold">{t("avatar")}</legend>
          <input type="hidden" name="avatarMediaId" value={avatar?.id ?? ""} />
          <div className="flex flex-wrap items-center gap-4">
            {avatar ? (
              // eslint-disable-next-line @next/next/no-img-element -- a library variant, already resized
              <img
                src={avatar.url}
                alt={t("avatarAlt", { name: values.name })}
                width={96}
                height={96}
                className="size-24 rounded-full border border-stone-300 object-cover"
              />
            ) : (
              <div aria-hidden className="flex size-24 items-center justify-center rounded-full bg-stone-200 text-2xl font-bold text-stone-600">
                {values.name.trim().split(/\s+/).at(-1)?.charAt(0).toLocaleUpperCase("vi") ?? "?"}
              </div>
            )}
            <div className="flex flex-wrap gap-2">
              {canUseLibrary ? (
                <Button size="sm" onClick={() => setPicking(true)}>
                  {avatar ? t("changePhoto") : t("choosePhoto")}
                </Button>
              ) : null}
              {avatar ? (
                <Button size="sm" onClick={() => setAvatar(null)}>
                  {t("removePhoto")}
                </Button>
              ) : null}
            </div>
          </div>
          <p className="mt-2 text-xs text-muted">{canUseLibrary ? t("avatarHintLibrary") : t("avatarHintNoLibrary")}</p>
          <FieldError id="profile-avatar-error" message={errors.avatarMediaId} className="mt-1" />
        </fieldset>

        {state.error && !state.fieldErrors ? <FormError message={state.error} /> : null}
        {state.error && state.fieldErrors ? <FormError message={t("fixFields")} /> : null}
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" size="lg" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </Button>
          {state.ok && !pending ? <Notice tone="success">{t("saved")}</Notice> : null}
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
