"use server";

import { headers } from "next/headers";
import { formAction, type FormState } from "@/lib/actions/server-action";
import { linkOrigin, passwordLinkUrl } from "@/lib/auth/password-links";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { formatDateline } from "@/lib/text/dateline";
import { activateUser, changeUserRole, createUser, deactivateUser, issuePasswordReset, type HandedLink } from "./commands";
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

async function showLink(link: HandedLink, person: { name: string; email: string }): Promise<ShownLink> {
  const url = passwordLinkUrl(linkOrigin(await headers()), link.token);
  const emailed = await sendPasswordLinkEmail({ to: person.email, name: person.name, url, purpose: link.purpose, expiresAt: link.expiresAt });
  return { url, purpose: link.purpose, expires: formatDateline(link.expiresAt, { withTime: true }), emailed, name: person.name, email: person.email };
}

export const createUserAction = formAction(createUser, { after, done: async (data): Promise<{ link?: ShownLink }> => ({ link: await showLink(data.link, data.user) }) });

export const changeRoleAction = formAction(changeUserRole, {
  after,
  done: (data) => {
    const released = data.releasedStoryIds.length;
    return { message: released ? `Đã đổi vai trò và trả lại ${released} bài đang giữ.` : "Đã đổi vai trò." };
  },
});

export const deactivateUserAction = formAction(deactivateUser, {
  after,
  done: (data) => {
    const released = data.releasedStoryIds.length;
    return { message: `Đã khóa tài khoản ${data.user.name}.${released ? ` ${released} bài đang giữ đã được trả lại cho ban biên tập.` : ""}` };
  },
});

export const activateUserAction = formAction(activateUser, { after, done: (data) => ({ message: `Đã mở khóa tài khoản ${data.user.name}.` }) });

export const issuePasswordResetAction = formAction(issuePasswordReset, {
  after,
  done: async (data): Promise<{ link?: ShownLink }> => ({ link: await showLink(data.link, data.user) }),
});
