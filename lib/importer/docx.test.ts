// The hardening issue's first attack: an 18 KB .docx that inflates to megabytes took the server's
// heap. Each bound is shown refusing its bomb, and a real story still reads afterwards.
import { describe, expect, it } from "vitest";
import { docxBounds, docxToText, DocxError, type DocxBounds } from "./docx";
import { makeDocx, makeDocxBomb, makeDocxWithEntries, withDeclaredSize } from "./fixtures/make-docx";
import { readStoryBuffer, StoryFileError } from "./read-story-file";

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "read",
    (error: unknown) => (error instanceof DocxError ? error.refusal : `threw ${String(error)}`),
  );

describe("reading a .docx within bounds", () => {
  it("refuses a small file whose text inflates past the bound, with a Vietnamese reason", async () => {
    const bomb = await makeDocxBomb(docxBounds.maxXmlBytes + 1024 * 1024);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await refusalOf(docxToText(bomb))).toBe("too-large-inflated");
    const error = await readStoryBuffer("bai.docx", bomb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoryFileError);
    expect((error as StoryFileError).code).toBe("too-large");
    expect((error as StoryFileError).message).toMatch(/quá lớn/);
  });

  it("refuses a bomb that declares small sizes, by counting what it inflates", async () => {
    const liar = withDeclaredSize(await makeDocxBomb(5 * 1024 * 1024), 1000);
    expect(await refusalOf(docxToText(liar))).toBe("damaged");
    const error = await readStoryBuffer("bai.docx", liar).catch((e: unknown) => e);
    expect((error as StoryFileError).code).toBe("bad-docx");
  });

  it("refuses an archive of thousands of entries", async () => {
    const crowded = await makeDocxWithEntries(docxBounds.maxEntries + 1);
    expect(await refusalOf(docxToText(crowded))).toBe("too-many-entries");
  });

  it("stops a parse that outgrows the worker's heap, and the process goes on", async () => {
    const tight: DocxBounds = { ...docxBounds, workerHeapMb: 8 };
    expect(await refusalOf(docxToText(await makeDocxBomb(3 * 1024 * 1024), tight))).toBe("too-complex");
  });

  it("stops a parse past its deadline", async () => {
    const hurried: DocxBounds = { ...docxBounds, workerDeadlineMs: 1 };
    expect(await refusalOf(docxToText(await makeDocxBomb(2 * 1024 * 1024), hurried))).toBe("timeout");
  });

  it("refuses as busy past the waiting bound, and reads the files it took", async () => {
    const narrow: DocxBounds = { ...docxBounds, concurrency: 1, maxWaiting: 1 };
    const story = await makeDocx(["Tiêu đề bài", "– Sapo của bài."]);
    const outcomes = await Promise.all([1, 2, 3].map(() => refusalOf(docxToText(story, narrow))));
    expect(outcomes.sort()).toEqual(["busy", "read", "read"]);
  });

  it("still reads a real story after every bomb", async () => {
    const text = await docxToText(await makeDocx(["Phấn đấu xây dựng ngành tổ chức", "– Chiều nay (28/6), Ban Tổ chức…"]));
    expect(text).toContain("Phấn đấu xây dựng ngành tổ chức\n\n– Chiều nay (28/6)");
  });
});
