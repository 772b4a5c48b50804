// Bringing a paper's archive over: every story file under the folders given, several at a time,
// each published once however often the run is stopped and started again (a story is known by
// its content's hash or its old address). One result per file, for the progress and the report.
// Nothing is announced while it runs: no notification, feed ping or page refresh per story.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import pLimit from "p-limit";
import type { Database } from "@/db/client";
import {
  ImportPublishError,
  findImported,
  publishImportedStory,
  sectionNameFromSlug,
  storyContentHash,
  type ImportedPhoto,
} from "@/lib/importer/publish-imported";
import { parseStory, StoryParseError, type ParsedStory } from "@/lib/importer/parse-story";
import { readStoryFileText, StoryFileError } from "@/lib/importer/read-story-file";
import { splitBylineEntry } from "@/lib/stories/pen-name";
import { storyPath } from "@/lib/stories/public-queries";
import { slugify } from "@/lib/text/slug";
import { mapKey, type ArchiveMap, type ManifestEntry } from "./manifest";

export type ImportOutcome = "imported" | "skipped" | "refused" | "would-import" | "not-started";

export type FileResult = {
  file: string;
  outcome: ImportOutcome;
  /** Why a file was refused, or what to know about one imported ("the old address is live here"), both languages. */
  reason: string;
  storyId: number | null;
  /** The story's address here. */
  address: string;
  oldUrl: string;
  /** How the file's text was written ("utf-8", "tcvn3", "docx"…), "" when it could not be read. */
  encoding: string;
  /** The section this file's story created, "slug (name)", for the admin to check; "" usually. */
  newSection: string;
};

export type StoryFile = { file: string; source: string };

const STORY_FILE = /\.(txt|docx)$/i;

/** The story files (.txt, .docx) of the paths given: files as they are, folders searched through. */
export async function collectStoryFiles(paths: readonly string[]): Promise<StoryFile[]> {
  const found = new Map<string, StoryFile>();
  const walk = async (folder: string, root: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      // Hidden files and folders (.git, ._photo.txt from a Mac) are not stories.
      if (entry.name.startsWith(".")) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full, root);
      else if (entry.isFile() && STORY_FILE.test(entry.name)) found.set(full, { file: full, source: path.relative(root, full) });
    }
  };
  for (const given of paths) {
    const full = path.resolve(given);
    const info = await stat(full).catch(() => null);
    // A path that is not there is passed on as a file, to be reported as not found.
    if (info?.isDirectory()) await walk(full, full);
    else found.set(full, { file: full, source: path.basename(full) });
  }
  return [...found.values()];
}

export type ArchiveImportOptions = {
  files: readonly StoryFile[];
  manifest?: ReadonlyMap<string, ManifestEntry>;
  map?: ArchiveMap;
  /** The section of stories the manifest does not file. */
  section?: string;
  sectionName?: string;
  /** The old address of the one file given. */
  oldUrl?: string;
  authorId: number;
  dryRun: boolean;
  /** Files handled at once. */
  jobs: number;
  /** Stops taking new files; those under way finish. */
  signal?: AbortSignal;
  onResult?: (result: FileResult) => void;
};

export type ArchiveImportSummary = { results: FileResult[]; lastImportedId: number | null };

const both = (err: { message: string; english: string }) => `${err.message} / ${err.english}`;

function explain(err: unknown): string {
  if (err instanceof StoryFileError || err instanceof StoryParseError || err instanceof ImportPublishError) return both(err);
  return err instanceof Error ? err.message : String(err);
}

const oldUrlNotes = {
  "live-address": "địa chỉ cũ trùng một địa chỉ đang dùng của trang mới, trang mới được giữ / the old address is a live address here, which wins",
  taken: "địa chỉ cũ đã thuộc bài khác / the old address belongs to another story",
  invalid: "địa chỉ cũ không hợp lệ / the old address is not valid",
} as const;

/** Today's section for a file: the map's, else the manifest's old section made a slug, else the run's. */
function sectionOf(entry: ManifestEntry | undefined, options: ArchiveImportOptions): { slug: string; name?: string } | null {
  if (entry?.section) {
    const mapped = options.map?.sections.get(mapKey(entry.section));
    return { slug: mapped ?? slugify(entry.section), name: mapped ? undefined : entry.section };
  }
  return options.section ? { slug: options.section, name: options.sectionName } : null;
}

function mapped(parsed: ParsedStory, entry: ManifestEntry | undefined, map: ArchiveMap | undefined): ParsedStory {
  const byline = parsed.byline.map((printed) => {
    const { penName, note } = splitBylineEntry(printed);
    const today = map?.penNames.get(mapKey(penName));
    return today === undefined ? printed : note ? `${today} ${note}` : today;
  });
  return { ...parsed, byline, date: parsed.date ?? entry?.date ?? null };
}

async function readPhotos(entry: ManifestEntry | undefined): Promise<ImportedPhoto[]> {
  const photos: ImportedPhoto[] = [];
  for (const file of entry?.photos ?? []) {
    try {
      photos.push({ fileName: path.basename(file), data: await readFile(file) });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new ImportPublishError("bad-photo", `Không đọc được ảnh ${file}: ${detail}`, `Cannot read the photo ${file}: ${detail}`);
    }
  }
  return photos;
}

async function importOne(db: Database, { file, source }: StoryFile, options: ArchiveImportOptions): Promise<FileResult> {
  const entry = options.manifest?.get(file);
  const oldUrl = entry?.oldUrl ?? options.oldUrl;
  const result = { file, reason: "", storyId: null, address: "", oldUrl: oldUrl ?? "", encoding: "", newSection: "" };
  try {
    const section = sectionOf(entry, options);
    if (!section) {
      return {
        ...result,
        outcome: "refused",
        reason: "không rõ chuyên mục: thêm cột section vào bảng kê hoặc dùng --section / no section: give a manifest section or --section",
      };
    }
    const { text, encoding, layout } = await readStoryFileText(file);
    result.encoding = encoding;
    const asWritten = parseStory(text, layout);
    // Known by the file's own content: a run resumed with a changed map still finds what it did.
    const contentHash = storyContentHash(asWritten);
    const parsed = mapped(asWritten, entry, options.map);
    const addressOf = (story: { id: number; slug: string }) => storyPath({ id: story.id, slug: story.slug, sectionSlug: section.slug });
    if (options.dryRun) {
      const existing = await findImported(db, contentHash, oldUrl);
      return existing ? { ...result, outcome: "skipped", storyId: existing.id, address: addressOf(existing) } : { ...result, outcome: "would-import" };
    }
    const published = await publishImportedStory(db, {
      parsed,
      sectionSlug: section.slug,
      sectionName: section.name,
      authorId: options.authorId,
      source,
      oldUrl,
      contentHash,
      photos: await readPhotos(entry),
    });
    return {
      ...result,
      outcome: published.created ? "imported" : "skipped",
      storyId: published.id,
      address: addressOf(published),
      reason: published.oldUrlRefused ? oldUrlNotes[published.oldUrlRefused] : "",
      newSection: published.sectionCreated ? `"${section.slug}" («${section.name ?? sectionNameFromSlug(section.slug)}»)` : "",
    };
  } catch (err) {
    return { ...result, outcome: "refused", reason: explain(err) };
  }
}

/** Imports the files, `jobs` at a time; a stop leaves the files not begun as "not-started". */
export async function importArchive(db: Database, options: ArchiveImportOptions): Promise<ArchiveImportSummary> {
  const limit = pLimit(Math.max(1, options.jobs));
  let lastImportedId: number | null = null;
  const results = await Promise.all(
    options.files.map((storyFile) =>
      limit(async (): Promise<FileResult> => {
        const result = options.signal?.aborted
          ? { file: storyFile.file, outcome: "not-started" as const, reason: "", storyId: null, address: "", oldUrl: "", encoding: "", newSection: "" }
          : await importOne(db, storyFile, options);
        if (result.outcome === "imported") lastImportedId = Math.max(lastImportedId ?? 0, result.storyId!);
        options.onResult?.(result);
        return result;
      }),
    ),
  );
  return { results, lastImportedId };
}
