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

/** @type {string} */
let text = "";
try {
  // extractRawText drops manual line breaks, so we read mammoth's document model ourselves
  // through transformDocument and hand back an empty document to skip the HTML rendering.
  await mammoth.convertToHtml(
    { buffer: Buffer.from(workerData.bytes) },
    {
      externalFileAccess: false,
      transformDocument: (/** @type {any} */ document) => {
        text = docxText(document);
        return { ...document, children: [] };
      },
    },
  );
  parentPort?.postMessage({ ok: true, text });
} catch (error) {
  parentPort?.postMessage({ ok: false, detail: error instanceof Error ? error.message : String(error) });
}
