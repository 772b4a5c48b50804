"use server";

// Server actions of Quản trị → Ban: thin wrappers over the commands (commands.ts). Desks change
// who acts where across the newsroom, so every newsroom screen is refreshed, not only this one.
import { formAction, type FormState } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { text } from "@/lib/i18n/phrase";
import { addDeskMember, createDesk, deleteDesk, removeDeskMember, renameDesk, setDeskHead, setDeskSections } from "./commands";

export type DeskFormState = FormState;

const desksPath = "/toa-soan/quan-tri/ban";
const after = () => refreshNewsroom("/toa-soan", "layout");

export const createDeskAction = formAction(createDesk, {
  after,
  done: (data, { locale }) => ({ message: text(locale, "desks.outcomes.created", { name: data.name }) }),
});

export const renameDeskAction = formAction(renameDesk, {
  after,
  done: (data, { locale }) => ({ message: text(locale, data.changed ? "desks.outcomes.renamed" : "desks.outcomes.unchanged", { name: data.name }) }),
});

// The row that would show the message is gone: the page says it.
export const deleteDeskAction = formAction(deleteDesk, {
  after,
  redirectTo: (data) => `${desksPath}?${new URLSearchParams({ "da-xoa": data.name })}`,
});

export const setDeskSectionsAction = formAction(setDeskSections, {
  after,
  done: (data, { locale }) => ({
    message: [
      text(locale, data.changed ? "desks.outcomes.sectionsSaved" : "desks.outcomes.unchanged"),
      ...data.moved.map((m) => text(locale, "desks.outcomes.sectionMoved", { section: m.name, desk: m.fromDesk })),
    ].join(" "),
  }),
});

export const addDeskMemberAction = formAction(addDeskMember, {
  after,
  done: (data, { locale }) => ({ message: text(locale, "desks.outcomes.memberAdded", { name: data.name }) }),
});

export const removeDeskMemberAction = formAction(removeDeskMember, {
  after,
  done: (data, { locale }) => ({
    message: data.removed ? text(locale, "desks.outcomes.memberRemoved", { name: data.name }) : text(locale, "desks.outcomes.unchanged"),
  }),
});

export const setDeskHeadAction = formAction(setDeskHead, {
  after,
  done: (data, { input, locale }) => ({
    message: data.changed
      ? text(locale, input.head ? "desks.outcomes.headSet" : "desks.outcomes.headUnset", { name: data.name })
      : text(locale, "desks.outcomes.unchanged"),
  }),
});
