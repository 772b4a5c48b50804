"use server";

// Server actions of Người nhận nhuận bút: thin wrappers over the commands (commands.ts).
import { formAction, serverAction, type FormState } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { text } from "@/lib/i18n/phrase";
import { createPayee, readPayeeDetails, updatePayee, updatePayeeDetails } from "./commands";

const listPath = "/toa-soan/nhuan-but/nguoi-nhan";

export type CreatePayeeState = FormState & { created?: { id: number; name: string } };
export type UpdatePayeeState = FormState;

export const createPayeeAction = formAction(createPayee, {
  after: () => refreshNewsroom(listPath),
  done: (data, { locale }): { message: string; created: { id: number; name: string } } => ({
    message: text(locale, "payees.create.created", { name: data.name }),
    created: { id: data.id, name: data.name },
  }),
});

export const updatePayeeAction = formAction(updatePayee, {
  after: (data) => {
    refreshNewsroom(listPath);
    refreshNewsroom(`${listPath}/${data.id}`);
  },
  // An account's first save made its row: its page is now the row's.
  redirectTo: (data, input) => (input.userId !== undefined ? `${listPath}/${data.id}?da-luu=1` : null),
  // The saved fields, so the form shows them as the server keeps them (React resets a form after its action).
  done: (data, { locale }) => ({
    message: data.changed ? text(locale, "payees.editPage.saved", { name: data.name }) : text(locale, "payees.editPage.unchanged"),
    values: { ...data.payee, penNames: data.payee.penNames.join("\n"), active: String(data.payee.active) },
  }),
});

// Called on request (Xem thông tin thanh toán): each call is one audited read.
export const readPayeeDetailsAction = serverAction(readPayeeDetails);

export const updatePayeeDetailsAction = serverAction(updatePayeeDetails, {
  after: () => refreshNewsroom(listPath),
});
