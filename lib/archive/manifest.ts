// What a paper tells the archive import beside its files, in two CSV files a person can edit in
// a spreadsheet: the manifest (one row per story file: its old address, old section, date and
// photos) and the map from the old site's sections and pen names to today's.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";

export type ManifestEntry = {
  /** Absolute path of the story file. */
  file: string;
  oldUrl?: string;
  /** The old site's section, as the manifest names it (mapped, or made into a slug). */
  section?: string;
  /** "2019-05-12", for a file whose text has no date line. */
  date?: string;
  /** Absolute paths of the photos, in the order of the story's captions. */
  photos: string[];
};

export type ArchiveMap = { sections: Map<string, string>; penNames: Map<string, string> };

/** A manifest or map that cannot be used: `message` in Vietnamese, `english` for the log. */
export class ManifestError extends Error {
  constructor(
    message: string,
    readonly english: string,
  ) {
    super(message);
    this.name = "ManifestError";
  }
}

/** "12/05/2019" or "2019-05-12" → "2019-05-12"; null when it is not a real day. */
export function manifestDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

const cell = z
  .string()
  .optional()
  .transform((s) => s?.normalize("NFC").trim() || undefined);

const manifestRow = z.object({
  file: z.string().trim().min(1),
  old_url: cell.pipe(z.string().max(2000).optional()),
  section: cell.pipe(z.string().max(200).optional()),
  date: cell,
  photos: cell,
});

const mapRow = z.object({
  kind: z.enum(["section", "byline"]),
  old: z.string().trim().min(1).max(200),
  new: z.string().trim().min(1).max(200),
});

async function readCsv(file: string, what: string): Promise<Record<string, string>[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ManifestError(`Không đọc được ${what} ${file}: ${detail}`, `Cannot read the ${what === "bảng kê" ? "manifest" : "map"} ${file}: ${detail}`);
  }
  try {
    return parse(text, { bom: true, columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: false });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ManifestError(`${what} ${file} không phải CSV hợp lệ: ${detail}`, `${file} is not valid CSV: ${detail}`);
  }
}

function rowError(file: string, line: number, vi: string, en: string): ManifestError {
  return new ManifestError(`${file}, dòng ${line}: ${vi}`, `${file}, line ${line}: ${en}`);
}

/** Reads a manifest CSV with the columns file, old_url, section, date, photos (paths relative to it). */
export async function readManifest(file: string): Promise<Map<string, ManifestEntry>> {
  const folder = path.dirname(path.resolve(file));
  const entries = new Map<string, ManifestEntry>();
  const rows = await readCsv(file, "bảng kê");
  for (const [i, raw] of rows.entries()) {
    const line = i + 2; // after the header, counting from 1
    const parsed = manifestRow.safeParse(raw);
    if (!parsed.success) throw rowError(file, line, "thiếu cột file hoặc ô quá dài", "the file column is missing, or a cell is too long");
    const row = parsed.data;
    const date = row.date === undefined ? undefined : manifestDate(row.date);
    if (date === null) throw rowError(file, line, `ngày «${row.date}» không hợp lệ (dd/mm/yyyy)`, `the date "${row.date}" is not valid (dd/mm/yyyy)`);
    const storyFile = path.resolve(folder, row.file);
    if (entries.has(storyFile)) throw rowError(file, line, `tệp ${row.file} đã có ở dòng trên`, `the file ${row.file} is listed twice`);
    entries.set(storyFile, {
      file: storyFile,
      oldUrl: row.old_url,
      section: row.section,
      date,
      photos: (row.photos ?? "")
        .split(";")
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => path.resolve(folder, p)),
    });
  }
  return entries;
}

/** Reads a map CSV with the columns kind (section or byline), old, new. */
export async function readArchiveMap(file: string): Promise<ArchiveMap> {
  const map: ArchiveMap = { sections: new Map(), penNames: new Map() };
  for (const [i, raw] of (await readCsv(file, "bảng đối chiếu")).entries()) {
    const parsed = mapRow.safeParse(raw);
    if (!parsed.success) {
      throw rowError(file, i + 2, "cần các cột kind (section hoặc byline), old, new", "the columns kind (section or byline), old, new are needed");
    }
    const { kind, old, new: today } = parsed.data;
    (kind === "section" ? map.sections : map.penNames).set(mapKey(old), today.normalize("NFC"));
  }
  return map;
}

/** Old names are matched whatever their case and Unicode form. */
export const mapKey = (name: string): string => name.normalize("NFC").trim().toLocaleLowerCase("vi");
