"use server";

import { headers } from "next/headers";
import { db } from "@/db";
import { formAction, type FormState } from "@/lib/actions/server-action";
import { linkOrigin, passwordLinkUrl } from "@/lib/auth/password-links";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { text } from "@/lib/i18n/phrase";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { defaultTimeZone, formatWhen } from "@/lib/i18n/time";
import { activateUser, changeUserRole, createUser, deactivateUser, issuePasswordReset, type HandedLink, resetUserTwoFactor, setGrants } from "./commands";
import { userLocale } from "./locale";
import { sendPasswordLinkEmail } from "./password-link-mail";

/** A link as the admin sees it: the whole address to hand over, when it stops working, whether it was mailed. */
export type ShownLink = { url: string; purpose: HandedLink["purpose"]; expires: string; emailed: boolean; name: string; email: string };

export type CreateUserState = FormState & { link?: ShownLink };
export type PersonActionState = FormState & { link?: ShownLink };

// The start page lists people too.
const after = () => {
  refreshNewsroom("/toa-soan/quan-tri/nguoi-dung");
  refreshNewsroom();
};

async function showLink(link: HandedLink, person: { id: number; name: string; email: string }, adminLocale: Locale): Promise<ShownLink> {
  const url = passwordLinkUrl(linkOrigin(await headers()), link.token);
  // The mail speaks its recipient's language, not the admin's.
  const locale = await userLocale(await db(), person.id);
  const emailed = await sendPasswordLinkEmail({ to: person.email, name: person.name, url, purpose: link.purpose, expiresAt: link.expiresAt, locale });
  return {
    url,
    purpose: link.purpose,
    expires: formatWhen(link.expiresAt, { timeZone: defaultTimeZone, weekdays: Object.values(messagesFor(adminLocale).time.weekdays) }),
    emailed,
    name: person.name,
    email: person.email,
  };
}

export const createUserAction = formAction(createUser, {
  after,
  done: async (data, { locale }): Promise<{ link?: ShownLink }> => ({ link: await showLink(data.link, data.user, locale) }),
});

export const changeRoleAction = formAction(changeUserRole, {
  after,
  done: (data, { locale }) => {
    const released = data.releasedStoryIds.length;
    return { message: released ? text(locale, "outcomes.users.roleChangedReleased", { count: released }) : text(locale, "outcomes.users.roleChanged") };
  },
});

export const deactivateUserAction = formAction(deactivateUser, {
  after,
  done: (data, { locale }) => {
    const released = data.releasedStoryIds.length;
    const name = data.user.name;
    return {
      message: released ? text(locale, "outcomes.users.deactivatedReleased", { name, count: released }) : text(locale, "outcomes.users.deactivated", { name }),
    };
  },
});

export const resetTwoFactorAction = formAction(resetUserTwoFactor, {
  after,
  done: (data, { locale }) => ({ message: text(locale, "outcomes.users.twoFactorReset", { name: data.user.name }) }),
});

export const activateUserAction = formAction(activateUser, {
  after,
  done: (data, { locale }) => ({ message: text(locale, "outcomes.users.activated", { name: data.user.name }) }),
});

export const issuePasswordResetAction = formAction(issuePasswordReset, {
  after,
  done: async (data, { locale }): Promise<{ link?: ShownLink }> => ({ link: await showLink(data.link, data.user, locale) }),
});

export const setGrantsAction = formAction(setGrants, {
  after,
  done: (data, { locale }) => {
    const names = messagesFor(locale).grants;
    const list = data.grants.map((g) => names[g.replace(/^royalty\./, "") as keyof typeof names]).join(", ");
    if (!data.changed) return { message: text(locale, "peopleGrants.outcomes.unchanged", { name: data.user.name }) };
    return {
      message: list
        ? text(locale, "peopleGrants.outcomes.saved", { name: data.user.name, grants: list })
        : text(locale, "peopleGrants.outcomes.none", { name: data.user.name }),
    };
  },
});
