// What a story's fields may hold, checked on the server for every save. The body is the editor's
// JSON, restricted to the nodes and marks the paper prints (the renderer has the same allowlist).
import { z } from "zod";
import type { RichTextNode, StoryBody } from "@/db/schema";
import { normalizeText } from "@/lib/text/normalize";

const text = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} dài quá ${max} ký tự.`)
    .transform((s) => normalizeText(s));

export const safeHref = z
  .string()
  .trim()
  .max(2000)
  .refine((href) => /^(https?:|mailto:)/i.test(href) || (href.startsWith("/") && !href.startsWith("//")), "Liên kết phải bắt đầu bằng http://, https://, mailto: hoặc /.");

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: safeHref }).loose() }),
]);

const textNode = z.object({ type: z.literal("text"), text: z.string().min(1).max(50_000).transform(normalizeText), marks: z.array(markSchema).max(3).optional() });

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.union([
    textNode,
    z.object({ type: z.literal("hardBreak") }),
    z.object({ type: z.literal("paragraph"), content: z.array(nodeSchema).max(2000).optional() }),
    z.object({ type: z.literal("heading"), attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }), content: z.array(nodeSchema).max(500).optional() }),
    z.object({ type: z.literal("blockquote"), content: z.array(nodeSchema).max(200) }),
    z.object({ type: z.enum(["bulletList", "orderedList"]), attrs: z.record(z.string(), z.unknown()).optional(), content: z.array(nodeSchema).max(500) }),
    z.object({ type: z.literal("listItem"), content: z.array(nodeSchema).max(50) }),
    z.object({
      type: z.literal("figure"),
      attrs: z.object({
        mediaId: z.number().int().positive().nullable(),
        src: safeHref.nullable(),
        alt: text(500, "Mô tả ảnh").default(""),
        caption: text(1000, "Chú thích ảnh").default(""),
        credit: text(200, "Nguồn ảnh").default(""),
      }),
    }),
  ]),
);

export const storyBodySchema = z.object({
  type: z.literal("doc"),
  content: z.array(nodeSchema).max(5000),
}) as z.ZodType<StoryBody>;

/** The fields a writer edits. Status, authors and publication time are not here: only the workflow moves them. */
export const storyFieldsSchema = z.object({
  title: text(300, "Tiêu đề"),
  sapo: text(2000, "Sapo"),
  body: storyBodySchema,
  byline: z.array(text(120, "Bút danh").pipe(z.string().trim().min(1))).max(10, "Tối đa 10 bút danh."),
  sectionId: z.number().int().positive().nullable(),
  tags: z.array(text(80, "Thẻ").pipe(z.string().trim().min(1))).max(20, "Tối đa 20 thẻ."),
  coverMediaId: z.number().int().positive().nullable(),
  coverCaption: text(1000, "Chú thích ảnh"),
  coverCredit: text(200, "Nguồn ảnh"),
  seoTitle: text(200, "Tiêu đề SEO"),
  seoDescription: text(400, "Mô tả SEO"),
});
export type StoryFields = z.output<typeof storyFieldsSchema>;
export type StoryFieldsInput = z.input<typeof storyFieldsSchema>;

export const emptyStoryFields = (penName: string): StoryFields => ({
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
