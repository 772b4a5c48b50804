// Reading a .docx within bounds. A .docx is a zip archive, and 18 KB of it can inflate to
// gigabytes. So, before anything parses it: the archive's directory is checked (number of
// entries, declared sizes of the XML parts the text is read from), and those parts are inflated
// once and counted (a declared size may lie; yauzl stops a part that outgrows its declaration).
// Only then does mammoth parse the document, in a worker thread with a bounded heap and a
// deadline, a few at a time: whatever a file holds, the server goes on.
import { Worker } from "node:worker_threads";
import pLimit from "p-limit";
import yauzl from "yauzl";
import type { StoryLayout } from "./parse-story";

export const docxBounds = {
  /** A Word document has a few dozen parts; thousands mean something else. */
  maxEntries: 2_000,
  /** The XML parts (document, styles, notes, relationships), inflated, all together. */
  maxXmlBytes: 8 * 1024 * 1024,
  /** The worker's heap: mammoth holds the XML tree of up to maxXmlBytes comfortably within it. */
  workerHeapMb: 256,
  workerDeadlineMs: 20_000,
  /** Parses at once; more wait their turn, and past `maxWaiting` are refused as busy. */
  concurrency: 2,
  maxWaiting: 8,
};
export type DocxBounds = typeof docxBounds;

/** Why a .docx was not read: each becomes its own message for the reporter. */
export type DocxRefusal = "not-a-zip" | "too-many-entries" | "too-large-inflated" | "damaged" | "too-complex" | "timeout" | "busy";

export class DocxError extends Error {
  constructor(
    readonly refusal: DocxRefusal,
    readonly detail: string,
  ) {
    super(`${refusal}: ${detail}`);
    this.name = "DocxError";
  }
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** Checks the archive's directory and inflates its XML parts, counting: throws a DocxError past a bound. */
export async function checkDocxArchive(bytes: Buffer, bounds: DocxBounds = docxBounds): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    throw new DocxError("not-a-zip", error instanceof Error ? error.message : String(error));
  }
  try {
    if (zip.entryCount > bounds.maxEntries) throw new DocxError("too-many-entries", `${zip.entryCount} entries`);
    let declared = 0;
    const xmlParts: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) {
      if (!isXmlPart(entry.fileName)) continue;
      declared += entry.uncompressedSize;
      if (declared > bounds.maxXmlBytes) throw new DocxError("too-large-inflated", `XML parts declare over ${bounds.maxXmlBytes} bytes`);
      xmlParts.push(entry);
    }
    let inflated = 0;
    for (const entry of xmlParts) {
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        inflated += (chunk as Buffer).length;
        if (inflated > bounds.maxXmlBytes) {
          stream.destroy();
          throw new DocxError("too-large-inflated", `XML parts inflate to over ${bounds.maxXmlBytes} bytes`);
        }
      }
    }
  } catch (error) {
    if (error instanceof DocxError) throw error;
    // yauzl's refusals: a part longer than it declared, a bad CRC, a truncated archive.
    throw new DocxError("damaged", error instanceof Error ? error.message : String(error));
  } finally {
    zip.close();
  }
}

const limits = new WeakMap<DocxBounds, ReturnType<typeof pLimit>>();
const limitOf = (bounds: DocxBounds) => {
  let limit = limits.get(bounds);
  if (!limit) limits.set(bounds, (limit = pLimit(bounds.concurrency)));
  return limit;
};

/** A .docx read: its text, one Word paragraph per block, and the look of paragraphs set apart by formatting. */
export type ConvertedDocx = { text: string; layout: StoryLayout };

/** Reads a .docx for parseStory(text, layout); throws a DocxError when it cannot be read within bounds. */
export async function convertDocx(bytes: Buffer, bounds: DocxBounds = docxBounds): Promise<ConvertedDocx> {
  await checkDocxArchive(bytes, bounds);
  const limit = limitOf(bounds);
  if (limit.pendingCount >= bounds.maxWaiting) throw new DocxError("busy", `${limit.pendingCount} waiting`);
  return limit(() => parseInWorker(bytes, bounds));
}

/** The text of a .docx alone (see convertDocx). */
export async function docxToText(bytes: Buffer, bounds: DocxBounds = docxBounds): Promise<string> {
  return (await convertDocx(bytes, bounds)).text;
}

type WorkerAnswer = { ok: true; text: string; setApart: StoryLayout["setApart"] } | { ok: false; detail: string };

function parseInWorker(bytes: Buffer, bounds: DocxBounds): Promise<ConvertedDocx> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./docx-worker.mjs", import.meta.url), {
      workerData: { bytes: new Uint8Array(bytes) },
      resourceLimits: { maxOldGenerationSizeMb: bounds.workerHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // The worker needs no environment (no secrets, no database address).
      env: {},
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      void worker.terminate();
      outcome();
    };
    const deadline = setTimeout(() => settle(() => reject(new DocxError("timeout", `no text within ${bounds.workerDeadlineMs} ms`))), bounds.workerDeadlineMs);
    worker.once("message", (answer: WorkerAnswer) =>
      settle(() => (answer.ok ? resolve({ text: answer.text, layout: { setApart: answer.setApart } }) : reject(new DocxError("damaged", answer.detail)))),
    );
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new DocxError("too-complex", "the parse outgrew its heap") : new DocxError("damaged", error.message),
        ),
      ),
    );
    worker.once("exit", (code) => settle(() => reject(new DocxError("damaged", `the worker stopped (${code})`))));
  });
}
