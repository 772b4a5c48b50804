"use server";

import { cookies, headers } from "next/headers";
import { formAction, serverAction, type FormState } from "@/lib/actions/server-action";
import { clientAddress } from "@/lib/auth/request";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { localeCookie } from "@/lib/i18n/server";
import { signOut } from "@/lib/auth/config";
import { changePassword, endOtherSessions, finishTwoFactorEnrolment, setLocale, startTwoFactorEnrolment, updateProfile } from "./commands";
import type { ProfileAvatar } from "./queries";

type ProfileShown = {
  avatar?: ProfileAvatar | null;
  /** Bumped on every answer, so the form's fields take the values shown. */
  round?: number;
};
export type ProfileState = FormState & ProfileShown;
export type PasswordState = FormState;

const fromClient = async () => ({ address: clientAddress(await headers()) });

export const updateProfileAction = formAction(updateProfile, {
  extra: fromClient,
  // The header shows the name; the pen name is read from the session on the next request anyway.
  after: () => refreshNewsroom("/toa-soan", "layout"),
  always: (prev: ProfileState): ProfileShown => ({ round: (prev.round ?? 0) + 1 }),
  done: (data): ProfileShown & FormState => ({ values: { name: data.name, penName: data.penName }, avatar: data.avatar }),
});

// The new password ended every session, this one too: sign in again with it.
export const changePasswordAction = formAction(changePassword, { extra: fromClient, after: () => signOut({ redirectTo: "/dang-nhap?doi-mat-khau=1" }) });

export const endOtherSessionsAction = formAction(endOtherSessions, { after: () => refreshNewsroom("/toa-soan/ho-so") });

export const setLocaleAction = formAction(setLocale, {
  extra: fromClient,
  after: async ({ locale }) => {
    // The log-in page, before anyone is signed in, speaks the language last chosen on this browser.
    (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
    refreshNewsroom("/", "layout");
  },
});

export const startTwoFactorEnrolmentAction = serverAction(startTwoFactorEnrolment);

export type TwoFactorState = FormState & { recoveryCodes?: string[] };

export const finishTwoFactorEnrolmentAction = formAction(finishTwoFactorEnrolment, {
  extra: fromClient,
  done: (data): TwoFactorState => ({ recoveryCodes: data.recoveryCodes }),
});
