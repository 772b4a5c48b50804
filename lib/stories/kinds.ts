// What a story's kind decides (DESIGN.md: "which decides its blocks, its public layout and what
// submission requires"), in one table, so that a new kind (photo story, video…) is one more row
// here, its words in the catalogue (`storyKinds`) and whatever new blocks it brings. Pure and
// client-safe: the editor, the workflow, the public page and the structured data all read it.
import type { StoryKind, StoryStatus } from "@/db/schema";

export type { StoryKind };

/** The fields submission may require, in the order a refusal names them. */
export const submissionFields = ["title", "sapo", "body", "byline", "sectionId"] as const;
export type SubmissionField = (typeof submissionFields)[number];

export type KindRules = {
  /** What "Gửi duyệt" refuses to send without. */
  requires: readonly SubmissionField[];
  /** Whether the sapo must be written; an optional one is printed when there is one. */
  sapo: "required" | "optional";
  /** Readers see the kind's name by the title ("Thông báo"); an ordinary story shows none. */
  labelled: boolean;
  /**
   * The schema.org type of the story page's structured data. A notice is the paper's announcement,
   * not reporting, so it is an Article: valid for the same search features (headline, dates,
   * author, publisher, image), without claiming to be news.
   */
  schemaType: "NewsArticle" | "Article";
};

export const kindRules: Record<StoryKind, KindRules> = {
  article: { requires: submissionFields, sapo: "required", labelled: false, schemaType: "NewsArticle" },
  notice: { requires: ["title", "body", "byline", "sectionId"], sapo: "optional", labelled: true, schemaType: "Article" },
};

/** Every kind, in the order the editor offers them (db/schema's storyKinds: the Record above covers each). */
export const kindChoices = Object.keys(kindRules) as StoryKind[];

/** Stored rows hold text; anything unknown reads as an ordinary story. */
export function kindOf(kind: string | null | undefined): StoryKind {
  return (kindChoices as readonly string[]).includes(kind ?? "") ? (kind as StoryKind) : "article";
}

/**
 * Once a story has been out (published, or taken down after), its kind is what readers saw and
 * what the kept revisions were published as: it no longer changes. Until then the writer and the
 * desk may change it (a scheduled story has not been read yet).
 */
export function kindFixed(status: StoryStatus): boolean {
  return status === "published" || status === "unpublished";
}
