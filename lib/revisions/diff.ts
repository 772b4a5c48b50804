// Word-level comparison of two versions of a story, field by field, for "So sánh" in Lịch sử sửa
// đổi. Pure: the page renders its segments as <ins>/<del>. Case and diacritics count ("Đảng" →
// "đảng" is a change): in a newspaper they are the change.
import { diffArrays, diffWordsWithSpace } from "diff";
import type { RichTextNode, StoryBody } from "@/db/schema";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

/** One version as a reader of the history sees it: names resolved, body as plain paragraphs. */
export type RevisionSnapshot = {
  title: string;
  sapo: string;
  body: StoryBody;
  byline: readonly string[];
  sectionName: string | null;
  tags: readonly string[];
  coverLabel: string | null;
  coverCaption: string;
  coverCredit: string;
  seoTitle: string;
  seoDescription: string;
};

export type Segment = { kind: "same" | "added" | "removed"; text: string };

export type FieldDiff = {
  field: DiffField;
  label: string;
  changed: boolean;
  /** Paragraphs of segments; most fields have one paragraph, the body one per block. */
  paragraphs: Segment[][];
};

export const diffFields = ["title", "sapo", "body", "byline", "section", "tags", "cover", "coverCaption", "coverCredit", "seoTitle", "seoDescription"] as const;
export type DiffField = (typeof diffFields)[number];

/** A compared field's name in a language (the catalogue's `revisions.fields`). */
export function diffFieldLabel(field: DiffField, locale: Locale = defaultLocale): string {
  return messagesFor(locale).revisions.fields[field];
}

/** In Vietnamese; see diffFieldLabel(field, locale). */
export const diffFieldLabels: Record<DiffField, string> = messagesFor(defaultLocale).revisions.fields;

// Paragraphs are joined by one newline, which the word diff treats as a token of its own, so a
// change never runs across a paragraph break unnoticed.
const BREAK = "\n";

/**
 * The body as the paragraphs a reader sees: headings, list items, quotes and captions each a block;
 * a picture is marked in the reader's language ("[Ảnh]").
 */
export function bodyParagraphs(body: StoryBody, locale: Locale = defaultLocale): string[] {
  const out: string[] = [];
  const inline = (node: RichTextNode): string => {
    if (node.type === "text") return node.text ?? "";
    // A line break inside a paragraph stays inside it: only blocks make paragraphs here.
    if (node.type === "hardBreak") return " ";
    return (node.content ?? []).map(inline).join("");
  };
  const visit = (node: RichTextNode, prefix: string) => {
    switch (node.type) {
      case "bulletList":
      case "orderedList":
        (node.content ?? []).forEach((item, i) => visit(item, node.type === "orderedList" ? `${i + 1}. ` : "• "));
        return;
      case "listItem":
        (node.content ?? []).forEach((child, i) => visit(child, i === 0 ? prefix : ""));
        return;
      case "blockquote":
        // Marked, so that turning a paragraph into a quote shows as a change.
        (node.content ?? []).forEach((child) => visit(child, "│ "));
        return;
      case "figure": {
        const caption = typeof node.attrs?.caption === "string" ? node.attrs.caption : "";
        const credit = typeof node.attrs?.credit === "string" ? node.attrs.credit : "";
        out.push([messagesFor(locale).revisions.imageMark, caption, credit && `(${credit})`].filter(Boolean).join(" "));
        return;
      }
      default: {
        const text = inline(node)
          .replace(/\s*\n\s*/g, " ")
          .trim();
        if (text) out.push(prefix + text);
      }
    }
  };
  body.content.forEach((node) => visit(node, ""));
  return out;
}

function fieldText(snapshot: RevisionSnapshot, field: DiffField, locale: Locale): string {
  switch (field) {
    case "body":
      return bodyParagraphs(snapshot.body, locale).join(BREAK);
    case "byline":
      return snapshot.byline.join(" - ");
    case "section":
      return snapshot.sectionName ?? "";
    case "tags":
      return snapshot.tags.join(", ");
    case "cover":
      return snapshot.coverLabel ?? "";
    default:
      return snapshot[field];
  }
}

// Beyond this many edits the diff is not worth its time; the text is shown as replaced whole.
const MAX_EDIT_LENGTH = 4_000;

type Change = { value: string; added: boolean; removed: boolean };

/**
 * A run of space alone between two changes ("Hội nghị" → "Tổ chức") would otherwise split the
 * change word by word; it joins the change instead, and each run reads removed-then-added.
 */
function tidy(changes: Change[]): Segment[] {
  const out: Segment[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ kind: "removed", text: removed });
    if (added) out.push({ kind: "added", text: added });
    removed = added = "";
  };
  changes.forEach((change, i) => {
    const between = i > 0 && i < changes.length - 1 && (changes[i - 1]!.added || changes[i - 1]!.removed) && (changes[i + 1]!.added || changes[i + 1]!.removed);
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else if (between && /^\s+$/.test(change.value)) {
      removed += change.value;
      added += change.value;
    } else {
      flush();
      out.push({ kind: "same", text: change.value });
    }
  });
  flush();
  return out.filter((s) => s.text);
}

/** Word diff of one paragraph against another. */
function diffWordsOf(before: string, after: string): Segment[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH }) ?? [
    { value: before, added: false, removed: true },
    { value: after, added: true, removed: false },
  ];
  return tidy(changes);
}

/**
 * Paragraphs are matched first (kept, inserted, deleted), then the words of each changed pair, so
 * an inserted paragraph shows as one insertion rather than as words borrowed from its neighbours.
 */
function diffParagraphs(before: string[], after: string[]): Segment[][] {
  const out: Segment[][] = [];
  const whole = (kind: Segment["kind"]) => (text: string) => out.push(text ? [{ kind, text }] : []);
  const changes = diffArrays(before, after);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const next = changes[i + 1];
    if (!change.added && !change.removed) change.value.forEach(whole("same"));
    else if (change.removed && next?.added) {
      const pairs = Math.min(change.value.length, next.value.length);
      for (let k = 0; k < pairs; k++) out.push(diffWordsOf(change.value[k]!, next.value[k]!));
      change.value.slice(pairs).forEach(whole("removed"));
      next.value.slice(pairs).forEach(whole("added"));
      i++;
    } else change.value.forEach(whole(change.added ? "added" : "removed"));
  }
  const kept = out.filter((p) => p.length > 0);
  return kept.length ? kept : [[]];
}

/** Segments of the word diff between two texts, one array per paragraph (newline-separated). */
export function diffText(before: string, after: string): Segment[][] {
  const split = (s: string) => (s ? s.normalize("NFC").split(BREAK) : []);
  return diffParagraphs(split(before), split(after));
}

/** Every field of the two versions, in the editor's order, with whether it changed. */
export function diffRevisions(before: RevisionSnapshot, after: RevisionSnapshot, locale: Locale = defaultLocale): FieldDiff[] {
  return diffFields.map((field) => {
    const a = fieldText(before, field, locale);
    const b = fieldText(after, field, locale);
    return { field, label: diffFieldLabel(field, locale), changed: a.normalize("NFC") !== b.normalize("NFC"), paragraphs: diffText(a, b) };
  });
}
