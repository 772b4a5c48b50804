"use client";

import Link from "next/link";
import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError, Notice } from "@/components/ui/notice";
import type { Enrolment } from "@/lib/auth/two-factor";
import { finishTwoFactorEnrolmentAction, startTwoFactorEnrolmentAction, type TwoFactorState } from "@/lib/profile/actions";

/** Xác thực hai bước: the QR code, the first code from the app, then the recovery codes, once. */
export function TwoFactorEnrolment() {
  const t = useTranslations("twoFactor");
  const [enrolment, setEnrolment] = useState<Omit<Enrolment, "uri"> | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, startTransition] = useTransition();
  const [state, finish, finishing] = useActionState<TwoFactorState, FormData>(finishTwoFactorEnrolmentAction, {});

  if (state.recoveryCodes) {
    return (
      <div className="space-y-4">
        <Notice tone="success">{t("done")}</Notice>
        <p className="text-sm">{t("codesIntro", { count: state.recoveryCodes.length })}</p>
        <ol className="grid grid-cols-2 gap-2 rounded border border-stone-300 bg-stone-50 p-3 font-mono text-base" aria-label={t("title")}>
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Link href="/toa-soan" className={buttonVariants({ variant: "primary", size: "lg", className: "block w-full text-center" })}>
          {t("continue")}
        </Link>
      </div>
    );
  }

  if (!enrolment) {
    return (
      <div className="space-y-4">
        <p className="text-sm">{t("intro")}</p>
        <FormError message={startError} />
        <Button
          variant="primary"
          size="lg"
          className="w-full"
          disabled={starting}
          onClick={() =>
            startTransition(async () => {
              const result = await startTwoFactorEnrolmentAction({});
              if (result.ok) setEnrolment({ secret: result.data.secret, qrCode: result.data.qrCode });
              else setStartError(result.error || t("startFailed"));
            })
          }
        >
          {t("start")}
        </Button>
      </div>
    );
  }

  return (
    <form action={finish} className="space-y-4" noValidate>
      <p className="text-sm font-semibold">{t("step1")}</p>
      {/* A data: URL made on the server from the otpauth:// address; nothing leaves for another site. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={enrolment.qrCode} alt={t("qrAlt")} width={240} height={240} className="mx-auto rounded border border-stone-200" />
      <p className="text-sm">
        {t("manual")} <code className="font-mono text-sm break-all select-all">{enrolment.secret}</code>
      </p>
      <p className="text-sm font-semibold">{t("step2")}</p>
      <Field id="code" label={t("code")} error={state.fieldErrors?.code}>
        <Input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required size="lg" autoFocus />
      </Field>
      <FormError message={state.fieldErrors?.code ? undefined : state.error} />
      <Button type="submit" variant="primary" size="lg" className="w-full" disabled={finishing}>
        {finishing ? t("confirming") : t("confirm")}
      </Button>
    </form>
  );
}
