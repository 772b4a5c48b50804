// What a story's kind decides (DESIGN.md: "which decides its blocks, its public layout and what
// submission requires"), in one table, so that a new kind (photo story, video…) is one more row
// here, its words in the catalogue (`storyKinds`) and whatever new blocks it brings. Pure and
// client-safe: the editor, the workflow, the public page and the structured data all read it.
import type { StoryKind, StoryStatus } from "@/db/schema";
import type { MediaBlockType } from "./blocks";

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
  /**
   * How readers get it: the column of text; a full-width gallery; the player first; a full-bleed
   * long read with chapters; the zoomable picture with its text version.
   */
  layout: "standard" | "gallery" | "video" | "audio" | "emagazine" | "infographic";
  /** The block the editor puts first in its "Thêm khối" menu, and into an empty body when the kind is chosen. */
  leadBlock: MediaBlockType | null;
  /** What the kind's media must be before "Gửi duyệt" (lib/stories/kind-checks.ts says it in words). */
  needs: KindNeeds;
};

export type KindNeeds = {
  /** Photos in the body's galleries, each with Chú thích ảnh and Nguồn ảnh. */
  galleryPhotos?: number;
  /** A library video, ready to play, with its poster. */
  video?: true;
  /** A library sound recording, ready to play. */
  audio?: true;
  /** An infographic block with its picture and its text version. */
  infographic?: true;
  /** An Ảnh đại diện: the full-bleed cover of a long read. */
  cover?: true;
};

/** A photo story's least count of photos (a story of two photos is an article with figures). */
export const minGalleryPhotos = 4;

const news = { requires: submissionFields, sapo: "required", labelled: true, schemaType: "NewsArticle" } as const;

export const kindRules: Record<StoryKind, KindRules> = {
  article: { ...news, labelled: false, layout: "standard", leadBlock: null, needs: {} },
  photo: { ...news, layout: "gallery", leadBlock: "gallery", needs: { galleryPhotos: minGalleryPhotos } },
  video: { ...news, layout: "video", leadBlock: "video", needs: { video: true } },
  audio: { ...news, layout: "audio", leadBlock: "audio", needs: { audio: true } },
  emagazine: { ...news, layout: "emagazine", leadBlock: "chapter", needs: { cover: true } },
  infographic: { ...news, layout: "infographic", leadBlock: "infographic", needs: { infographic: true } },
  notice: {
    requires: ["title", "body", "byline", "sectionId"],
    sapo: "optional",
    labelled: true,
    schemaType: "Article",
    layout: "standard",
    leadBlock: null,
    needs: {},
  },
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
