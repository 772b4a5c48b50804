"use server";

import { formAction, type FormState } from "@/lib/actions/server-action";
import { refreshSite } from "@/lib/cache/refresh";
import { text } from "@/lib/i18n/phrase";
import { createSection, deleteSection, mergeSection, moveSection, renameSection, reorderSection, setSectionHidden } from "./commands";

export type SectionFormState = FormState;

const sectionsPath = "/toa-soan/quan-tri/chuyen-muc";
// Sections shape every public address, feed and sitemap, and the story editor's choices.
const after = refreshSite;

export const createSectionAction = formAction(createSection, {
  after,
  done: (data, { locale }) => ({ message: text(locale, "outcomes.sections.created", { slug: data.slug }) }),
});

export const renameSectionAction = formAction(renameSection, {
  after,
  done: (data, { locale }) => ({
    message: data.changed ? text(locale, "outcomes.sections.renamed", { name: data.name, slug: data.slug }) : text(locale, "outcomes.sections.unchanged"),
  }),
});

export const moveSectionAction = formAction(moveSection, {
  after,
  done: (data, { locale }) => ({ message: text(locale, data.changed ? "outcomes.sections.moved" : "outcomes.sections.alreadyThere") }),
});

export const reorderSectionAction = formAction(reorderSection, {
  after,
  done: (data, { input, locale }) => ({
    message: text(locale, data.moved ? (input.direction === "up" ? "outcomes.sections.up" : "outcomes.sections.down") : "outcomes.sections.atEnd"),
  }),
});

export const setSectionHiddenAction = formAction(setSectionHidden, {
  after,
  done: (_data, { input, locale }) => ({ message: text(locale, input.hidden ? "outcomes.sections.hidden" : "outcomes.sections.shown") }),
});

// Merge and delete remove the row that would show the message: the page says it instead.
export const mergeSectionAction = formAction(mergeSection, {
  after,
  redirectTo: (data) => `${sectionsPath}?${new URLSearchParams({ "da-gop": data.intoSlug, "so-bai": String(data.movedStories) })}`,
});

export const deleteSectionAction = formAction(deleteSection, { after, redirectTo: () => `${sectionsPath}?da-xoa=1` });
