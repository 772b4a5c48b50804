// What a story's fields may hold, checked on the server for every save. The body is the editor's
// JSON, restricted to the nodes and marks the paper prints (the renderer has the same allowlist).
import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import { phrase, zodMessage, type Phrase } from "@/lib/i18n/phrase";
import type { RichTextNode, StoryBody } from "@/db/schema";
import { normalizeText } from "@/lib/text/normalize";
import { kindChoices, type StoryKind } from "./kinds";
import { embedProviders, parseEmbedUrl } from "./blocks";

const text = (max: number, label: Phrase) =>
  z
    .string()
    .max(max, zodMessage("validation.tooLong", { field: label, max }))
    .transform((s) => normalizeText(s));

const field = (name: keyof Messages["validation"]["fields"]) => phrase(`validation.fields.${name}`);

export const safeHref = z
  .string()
  .trim()
  .max(2000)
  .refine((href) => /^(https?:|mailto:)/i.test(href) || (href.startsWith("/") && !href.startsWith("//")), zodMessage("validation.story.linkScheme"));

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: safeHref }).loose() }),
]);

const textNode = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(50_000).transform(normalizeText),
  marks: z.array(markSchema).max(3).optional(),
});

const label = (name: keyof Messages["validation"]["labels"]) => phrase(`validation.labels.${name}`);
const mediaId = z.number().int().positive();
const caption = () => text(1000, field("coverCaption")).default("");
const credit = () => text(200, field("coverCredit")).default("");
const alt = () => text(500, label("alt")).default("");

// A library photo inside a block (gallery, pair, infographic): the id is required, the address is ours.
const blockPhoto = z.strictObject({ mediaId, src: safeHref, alt: alt(), caption: caption(), credit: credit() });

// Media blocks (lib/stories/blocks.ts). Strict: an attribute the renderer does not know is refused,
// not carried along in the stored JSON.
const mediaBlocks = [
  z.object({
    type: z.literal("gallery"),
    attrs: z.strictObject({
      items: z.array(blockPhoto).min(1, zodMessage("validation.story.galleryEmpty")).max(200, zodMessage("validation.story.galleryTooMany")),
    }),
  }),
  z.object({ type: z.literal("imagePair"), attrs: z.strictObject({ items: z.tuple([blockPhoto, blockPhoto], zodMessage("validation.story.pairTwo")) }) }),
  z.object({ type: z.literal("video"), attrs: z.strictObject({ mediaId, caption: caption(), credit: credit() }) }),
  z.object({ type: z.literal("audio"), attrs: z.strictObject({ mediaId, caption: caption(), credit: credit() }) }),
  z.object({
    type: z.literal("embed"),
    attrs: z
      .strictObject({
        provider: z.enum(embedProviders),
        url: z.string().max(2000),
        caption: caption(),
        posterMediaId: mediaId.nullable().default(null),
        posterSrc: safeHref.nullable().default(null),
      })
      // The address must be one the allowlist reads, of the provider it claims; it is stored as read.
      .transform((a, ctx) => {
        const parsed = parseEmbedUrl(a.url);
        if (!parsed || parsed.provider !== a.provider) {
          ctx.addIssue({ code: "custom", path: ["url"], message: zodMessage("validation.story.embedUrl") });
          return z.NEVER;
        }
        return { ...a, url: parsed.url };
      }),
  }),
  z.object({
    type: z.literal("pullQuote"),
    attrs: z.strictObject({
      text: text(600, label("quote")).pipe(z.string().trim().min(1, zodMessage("validation.story.blockEmpty"))),
      cite: text(200, label("cite")).default(""),
    }),
  }),
  z.object({
    type: z.literal("chapter"),
    attrs: z.strictObject({ title: text(200, label("chapterTitle")).pipe(z.string().trim().min(1, zodMessage("validation.story.blockEmpty"))) }),
  }),
  z.object({
    type: z.literal("infographic"),
    attrs: z.strictObject({
      mediaId,
      src: safeHref,
      alt: alt(),
      caption: caption(),
      credit: credit(),
      text: text(20_000, label("textAlternative")).default(""),
    }),
  }),
];

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.union([
    textNode,
    z.object({ type: z.literal("hardBreak") }),
    z.object({ type: z.literal("paragraph"), content: z.array(nodeSchema).max(2000).optional() }),
    z.object({
      type: z.literal("heading"),
      attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
      content: z.array(nodeSchema).max(500).optional(),
    }),
    z.object({ type: z.literal("blockquote"), content: z.array(nodeSchema).max(200) }),
    z.object({ type: z.enum(["bulletList", "orderedList"]), attrs: z.record(z.string(), z.unknown()).optional(), content: z.array(nodeSchema).max(500) }),
    z.object({ type: z.literal("listItem"), content: z.array(nodeSchema).max(50) }),
    z.object({
      type: z.literal("figure"),
      attrs: z.object({
        mediaId: mediaId.nullable(),
        src: safeHref.nullable(),
        alt: alt(),
        caption: caption(),
        credit: credit(),
        // Across the page (an E-magazine's wide photo) or, as always before, in the column.
        width: z.enum(["column", "full"]).default("column"),
      }),
    }),
    ...mediaBlocks,
  ]),
);

export const storyBodySchema = z.object({
  type: z.literal("doc"),
  content: z.array(nodeSchema).max(5000),
}) as z.ZodType<StoryBody>;

/** The fields a writer edits. Status, authors and publication time are not here: only the workflow moves them. */
export const storyFieldsSchema = z.object({
  // Required, never defaulted: a save that left it out must not turn a notice back into an article.
  kind: z.enum(kindChoices as [StoryKind, ...StoryKind[]], zodMessage("validation.story.kindInvalid")),
  title: text(300, field("title")),
  sapo: text(2000, field("sapo")),
  body: storyBodySchema,
  byline: z.array(text(120, field("byline")).pipe(z.string().trim().min(1))).max(10, zodMessage("validation.story.tooManyBylines")),
  sectionId: z.number().int().positive().nullable(),
  tags: z.array(text(80, field("tags")).pipe(z.string().trim().min(1))).max(20, zodMessage("validation.story.tooManyTags")),
  coverMediaId: z.number().int().positive().nullable(),
  coverCaption: text(1000, field("coverCaption")),
  coverCredit: text(200, field("coverCredit")),
  seoTitle: text(200, field("seoTitle")),
  seoDescription: text(400, field("seoDescription")),
});
export type StoryFields = z.output<typeof storyFieldsSchema>;
export type StoryFieldsInput = z.input<typeof storyFieldsSchema>;

export const emptyStoryFields = (penName: string): StoryFields => ({
  kind: "article",
  title: "",
  sapo: "",
  body: { type: "doc", content: [] },
  byline: penName ? [penName] : [],
  sectionId: null,
  tags: [],
  coverMediaId: null,
  coverCaption: "",
  coverCredit: "",
  seoTitle: "",
  seoDescription: "",
});

export const storyIdSchema = z.number().int().positive();
export const versionSchema = z.number().int().positive();
