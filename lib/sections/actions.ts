"use server";

import { formAction, type FormState } from "@/lib/actions/server-action";
import { refreshSite } from "@/lib/cache/refresh";
import { createSection, deleteSection, mergeSection, moveSection, renameSection, reorderSection, setSectionHidden } from "./commands";

export type SectionFormState = FormState;

const sectionsPath = "/toa-soan/quan-tri/chuyen-muc";
// Sections shape every public address, feed and sitemap, and the story editor's choices.
const after = refreshSite;

export const createSectionAction = formAction(createSection, { after, done: (data) => ({ message: `Đã thêm chuyên mục với đường dẫn /${data.slug}.` }) });

export const renameSectionAction = formAction(renameSection, {
  after,
  done: (data) => ({ message: data.changed ? `Đã lưu chuyên mục “${data.name}” (/${data.slug}).` : "Không có thay đổi nào." }),
});

export const moveSectionAction = formAction(moveSection, { after, done: (data) => ({ message: data.changed ? "Đã chuyển chuyên mục." : "Chuyên mục đã ở đúng chỗ đó." }) });

export const reorderSectionAction = formAction(reorderSection, {
  after,
  done: (data, { input }) => ({ message: data.moved ? (input.direction === "up" ? "Đã đưa lên." : "Đã đưa xuống.") : "Chuyên mục đã ở đầu hoặc cuối danh sách." }),
});

export const setSectionHiddenAction = formAction(setSectionHidden, {
  after,
  done: (_data, { input }) => ({ message: input.hidden ? "Đã ẩn chuyên mục khỏi trang báo." : "Chuyên mục đã hiện lại trên trang báo." }),
});

// Merge and delete remove the row that would show the message: the page says it instead.
export const mergeSectionAction = formAction(mergeSection, {
  after,
  redirectTo: (data) => `${sectionsPath}?${new URLSearchParams({ "da-gop": data.intoSlug, "so-bai": String(data.movedStories) })}`,
});

export const deleteSectionAction = formAction(deleteSection, { after, redirectTo: () => `${sectionsPath}?da-xoa=1` });
