// The .docx parse, in a worker thread of its own (lib/importer/docx.ts starts it with a bounded
// heap and a deadline): mammoth builds the whole XML tree in memory, and a hostile document that
// takes all the memory it has kills this thread only, never the server.
// Plain JavaScript so that Node, tsx, vitest and Next's bundler all run it as it is.
import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import mammoth from "mammoth";

/**
 * Plain text of mammoth's document model. Like mammoth.extractRawText (each paragraph followed
 * by a blank line, so parseStory sees every Word paragraph as a block standing alone), except
 * that manual line breaks (Shift+Enter, common in text pasted from e-mail) become "\n" instead
 * of vanishing and gluing two lines into one; page and column breaks separate paragraphs.
 * Beside the text goes how paragraphs look where that sets them apart (setApartParagraphs):
 * parseStory reads a bold first paragraph as the sapo and a heading-styled line as a subheading.
 * @param {any} node
 * @returns {string}
 */
function docxText(node) {
  if (typeof node !== "object" || node === null) return "";
  switch (node.type) {
    case "text":
      return typeof node.value === "string" ? node.value : "";
    case "tab":
      return "\t";
    case "break":
      return node.breakType === "line" ? "\n" : "\n\n";
    // Footnote and comment markers are not part of the story's text.
    case "noteReference":
    case "commentReference":
      return "";
  }
  const inner = Array.isArray(node.children) ? node.children.map(docxText).join("") : "";
  return node.type === "paragraph" ? `${inner}\n\n` : inner;
}

/** A set-apart paragraph longer than this cannot be a sapo or a subheading: not worth sending. */
const MAX_SET_APART_CHARS = 2000;
const MAX_SET_APART = 2000;

/**
 * Each paragraph's text and look: whether all its text is bold, all italic, and its style.
 * Paragraphs inside tables count too, in reading order.
 * @param {any} node
 * @param {{ text: string, bold: boolean, italic: boolean, style: string }[]} out
 */
function collectParagraphs(node, out) {
  if (typeof node !== "object" || node === null) return;
  if (node.type === "paragraph") {
    const runs = { any: false, bold: true, italic: true };
    markRuns(node, runs, null);
    const text = docxText(node).trim();
    if (text !== "") {
      out.push({ text, bold: runs.any && runs.bold, italic: runs.any && runs.italic, style: node.styleName ?? node.styleId ?? "" });
    }
    return;
  }
  if (Array.isArray(node.children)) for (const child of node.children) collectParagraphs(child, out);
}

/**
 * Whether every run holding visible text is bold / italic.
 * @param {any} node
 * @param {{ any: boolean, bold: boolean, italic: boolean }} runs
 * @param {any} run the enclosing run
 */
function markRuns(node, runs, run) {
  if (typeof node !== "object" || node === null) return;
  if (node.type === "text" && run && typeof node.value === "string" && node.value.trim() !== "") {
    runs.any = true;
    runs.bold &&= run.isBold;
    runs.italic &&= run.isItalic;
  }
  const enclosing = node.type === "run" ? node : run;
  if (Array.isArray(node.children)) for (const child of node.children) markRuns(child, runs, enclosing);
}

/**
 * The paragraphs that look different from the document's usual one (its most common mix of
 * bold, italic and style): a sapo in bold, a subheading in a heading style, an italic caption.
 * Only what differs is reported, so a document typed all in bold says nothing about bold.
 * @param {{ text: string, bold: boolean, italic: boolean, style: string }[]} paragraphs
 */
function setApartParagraphs(paragraphs) {
  const key = (/** @type {{ bold: boolean, italic: boolean, style: string }} */ p) => `${p.bold}|${p.italic}|${p.style}`;
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const p of paragraphs) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  let usual = paragraphs[0];
  for (const p of paragraphs) if ((counts.get(key(p)) ?? 0) > (counts.get(key(usual)) ?? 0)) usual = p;
  if (!usual) return [];
  return paragraphs
    .filter((p) => key(p) !== key(usual) && p.text.length <= MAX_SET_APART_CHARS)
    .slice(0, MAX_SET_APART)
    .map((p) => ({ text: p.text, bold: p.bold && !usual.bold, italic: p.italic && !usual.italic, style: p.style === usual.style ? "" : p.style }));
}

/** @type {string} */
let text = "";
/** @type {{ text: string, bold: boolean, italic: boolean, style: string }[]} */
let setApart = [];
try {
  // extractRawText drops manual line breaks, so we read mammoth's document model ourselves
  // through transformDocument and hand back an empty document to skip the HTML rendering.
  await mammoth.convertToHtml(
    { buffer: Buffer.from(workerData.bytes) },
    {
      externalFileAccess: false,
      transformDocument: (/** @type {any} */ document) => {
        text = docxText(document);
        /** @type {{ text: string, bold: boolean, italic: boolean, style: string }[]} */
        const paragraphs = [];
        collectParagraphs(document, paragraphs);
        setApart = setApartParagraphs(paragraphs);
        return { ...document, children: [] };
      },
    },
  );
  parentPort?.postMessage({ ok: true, text, setApart });
} catch (error) {
  parentPort?.postMessage({ ok: false, detail: error instanceof Error ? error.message : String(error) });
}
