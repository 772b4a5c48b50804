// What a parsed story becomes in a stored one, for the two ways in (a draft from the import page,
// a published story from the archive CLI): the parser's blocks as the editor's blocks, and the
// byline's note kept where it is printed (lib/stories/pen-name.ts reads it back apart).
import type { BodyBlock } from "@/lib/stories/body";
import type { ParsedStory } from "./parse-story";

/** A line that is only a photo credit: "Ảnh: THU HÀ", "(Ảnh: TTXVN)". */
const CREDIT_LINE = /^\(?\s*ảnh\s*:\s*([^()]+?)\s*\)?$/iu;

/**
 * The body as the editor's blocks: a subheading is a level-2 heading, a caption a figure whose
 * picture the reporter adds from the library. `clean` is applied to every text (e.g. NFC).
 * A byline note with no name to follow ("(Theo TTXVN)" alone) ends the body, where it was typed.
 */
export function importedBody(parsed: Pick<ParsedStory, "body" | "byline" | "bylineNote">, clean: (text: string) => string = (t) => t): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const block of parsed.body) {
    const text = clean(block.text);
    const previous = blocks.at(-1);
    const credit = block.type === "caption" ? CREDIT_LINE.exec(text)?.[1] : undefined;
    // "Ảnh: THU HÀ" on its own line under a caption is that photo's credit, not a second photo.
    if (credit && previous?.type === "caption" && !previous.credit) previous.credit = credit;
    else if (block.type === "subheading") blocks.push({ type: "heading", level: 2, text });
    else blocks.push({ type: block.type, text });
  }
  if (parsed.byline.length === 0 && parsed.bylineNote) blocks.push({ type: "paragraph", text: clean(parsed.bylineNote) });
  return blocks;
}

/**
 * The pen names to store. The byline's note ("(theo TTXVN)" is a source the paper must print)
 * stays after the last name, as printed: "MINH PHƯƠNG (tổng hợp)"; the author page goes by the
 * pen name alone (lib/stories/pen-name.ts). With no names it is in the body instead (importedBody).
 */
export function importedByline(parsed: Pick<ParsedStory, "byline" | "bylineNote">, clean: (text: string) => string = (t) => t): string[] {
  const names = parsed.byline.map(clean);
  const last = names.length - 1;
  if (last >= 0 && parsed.bylineNote) names[last] = `${names[last]} ${clean(parsed.bylineNote)}`;
  return names;
}
