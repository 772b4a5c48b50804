// The old website's addresses of imported stories, as the proxy needs them: how an address is
// normalised (the same for what the import records and for what a reader asks), when an address
// belongs to the new site (which then always wins), and the in-memory table the proxy looks
// requests up in, with no database read per request. Kept free of database imports: the proxy
// bundles this file (lib/archive/old-addresses.ts records, loads and reloads the table).
import { processState } from "@/lib/server/process-state";
import { isReservedSlug } from "@/lib/sections/reserved-slugs";
import { storyIdInPath } from "@/lib/stories/address";

const MAX_LENGTH = 2000;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Page extensions of the CMSes Vietnamese papers ran: "/thoi-su/abc.html" and "/thoi-su/abc" are one address. */
const PAGE_EXTENSION = /\.(?:html?|shtml|php|aspx?|jsp)$/;
/** Query parameters that carry the old site's article id, in order of preference (compared lowercased). */
const ID_PARAMETERS = ["id", "newsid", "news_id", "articleid", "article_id", "postid", "post_id", "nid", "itemid", "contentid", "p"];
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?$/i;

export type OldAddress = {
  /** The normalised address: lowercased, decoded (NFC) path without page extension or empty segments, and the id parameter if any ("/thoi-su/abc-123", "/index?id=123"). */
  address: string;
  /** The old site's numeric id, from an id parameter or the last segment, without leading zeros. */
  oldId: string | null;
};

/** What liveness needs besides the normalised address: the decoded path as given, extension kept. */
type Parsed = OldAddress & { segments: string[]; givenPath: string; idQuery: boolean };

/**
 * The normalised form of an old address, given as a full URL ("https://baolangson.vn/thoi-su/abc-123.html"),
 * a host and path ("baolangson.vn/thoi-su/abc.html") or a path ("/index.php?newsid=123"); null for
 * what cannot be one (empty, another scheme such as mailto:, over 2,000 characters, control characters).
 */
export function normalizeOldAddress(input: string): OldAddress | null {
  const parsed = parseOldAddress(input);
  return parsed ? { address: parsed.address, oldId: parsed.oldId } : null;
}

export function parseOldAddress(input: string): Parsed | null {
  if (typeof input !== "string") return null;
  const given = input.trim();
  if (!given || given.length > MAX_LENGTH || CONTROL.test(given)) return null;
  let url: URL;
  try {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(given)?.[1]?.toLowerCase();
    if (scheme) {
      if (scheme !== "http" && scheme !== "https") return null;
      url = new URL(given);
    } else if (given.startsWith("//")) {
      url = new URL(`http:${given}`);
    } else if (given.startsWith("/")) {
      url = new URL(given, "http://old.invalid");
    } else {
      // "baolangson.vn/thoi-su/abc.html" has a host; "abc-123.html" and "thoi-su/abc.html" do not.
      const first = given.split(/[/?#]/, 1)[0]!;
      const hasHost = HOST.test(first) && !PAGE_EXTENSION.test(first.replace(/:\d+$/, ""));
      url = new URL(hasHost ? `http://${given}` : `/${given}`, "http://old.invalid");
    }
  } catch {
    return null;
  }
  return parseParts(url.pathname, url.searchParams);
}

/** The request's side: the path as it came (percent-encoded) and its query. */
export function parseRequestedAddress(pathname: string, search: string): Parsed | null {
  if (pathname.length + search.length > MAX_LENGTH) return null;
  return parseParts(pathname, new URLSearchParams(search));
}

function parseParts(pathname: string, query: URLSearchParams): Parsed | null {
  const decoded: string[] = [];
  for (const raw of pathname.split("/")) {
    if (!raw) continue; // "//" and trailing slashes
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      segment = raw; // not UTF-8 percent-encoding: kept as it came
    }
    if (CONTROL.test(segment)) return null;
    decoded.push(segment.replaceAll("/", "%2f").normalize("NFC").toLowerCase());
  }
  const segments = [...decoded];
  const last = segments.length - 1;
  if (last >= 0) {
    const stripped = segments[last]!.replace(PAGE_EXTENSION, "");
    if (stripped) segments[last] = stripped;
    else segments.pop(); // "/tin-tuc/.html"
  }

  let idParameter: string | null = null;
  let idValue: string | null = null;
  const lowered = new Map<string, string>();
  for (const [name, value] of query) if (!lowered.has(name.toLowerCase())) lowered.set(name.toLowerCase(), value.trim());
  for (const name of ID_PARAMETERS) {
    const value = lowered.get(name);
    if (value !== undefined && /^\d{1,20}$/.test(value)) {
      idParameter = name;
      idValue = withoutLeadingZeros(value);
      break;
    }
  }

  const path = `/${segments.join("/")}`;
  return {
    address: idParameter ? `${path}?${idParameter}=${idValue}` : path,
    oldId: idValue ?? idInSegment(segments[segments.length - 1] ?? ""),
    segments,
    givenPath: `/${decoded.join("/")}`,
    idQuery: idParameter !== null,
  };
}

const withoutLeadingZeros = (digits: string) => digits.replace(/^0+(?=\d)/, "");

/**
 * The old site's id in an address's last segment: the last run of at least four digits that is
 * not a year ("le-hoi-xuan-2019-123456" → "123456", "123456-le-hoi-2019" → "123456",
 * "le-hoi-xuan-2019" → none). A wrong guess costs little: an id found in several addresses finds none.
 */
export function idInSegment(segment: string): string | null {
  const runs = segment.match(/\d{4,20}/g) ?? [];
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    if (run.length === 4 && Number(run) >= 1900 && Number(run) <= 2099) continue;
    return withoutLeadingZeros(run);
  }
  return null;
}

/**
 * Whether the new site answers this address itself, so that it must never redirect: the home page
 * (without an id parameter: "/?p=123" is the old site's), a reserved first segment (/tim-kiem,
 * /the/…, /rss.xml), the shape of a story address here (/<section>/<slug>-<id>, whatever the
 * section: the story page finds the story by id), and a section's pages (/<section>, its feed and
 * its numbered pages) for a current or former section slug.
 */
export function isLiveAddress(parsed: Parsed, isSectionSlug: (slug: string) => boolean): boolean {
  return isLiveShape(parsed) || isSectionOrSystemPath(parsed.segments, parsed.idQuery, isSectionSlug);
}

/** The story-address shape is judged on the path as given: "/thoi-su/abc-123.html" is not one here, "/thoi-su/abc-123" is. */
function isLiveShape(parsed: Parsed): boolean {
  return storyIdInPath(parsed.givenPath) !== null;
}

function isSectionOrSystemPath(segments: string[], idQuery: boolean, isSectionSlug: (slug: string) => boolean): boolean {
  const [first, second, third] = segments;
  if (first === undefined) return !idQuery;
  if (isReservedSlug(first)) return true;
  if (!isSectionSlug(first)) return false;
  return segments.length === 1 || (segments.length === 2 && second === "rss.xml") || (segments.length === 3 && second === "trang" && /^\d+$/.test(third!));
}

// ---------------------------------------------------------------------------------------------
// The table in memory.
//
// Addresses and ids are kept as 53-bit hashes (cyrb53) in sorted Float64Arrays beside Int32Arrays
// of story indexes, found by binary search; each story's path is a slice of one concatenated
// string. Measured with a throwaway script (node 20, 100,000 stories, each with one address of
// ~65 characters, a 6-digit id and a path of ~70): 9.3 MB in all (2.8 MB of typed arrays, the
// rest mostly the paths), against 45 MB for plain Maps of address and id strings to path strings
// as loaded from the database. Built in 1.4 s and looked up in ~14 µs on a 2-core machine busy
// with other builds (load ~10): a reload blocks the event loop that long, once per change.
// A hash collision between two recorded addresses has odds of about 1 in 10^6 at 100,000 entries
// (the two then find neither story), and an unrecorded path matching a recorded hash about 1 in
// 10^11 per request.

export type OldAddressRow = { address: string; oldId: string | null; storyId: number; path: string | null };

export type OldAddressTable = {
  size: number;
  addressHashes: Float64Array;
  addressStories: Int32Array;
  idHashes: Float64Array;
  /** A story index, or -1 for an id found in the addresses of more than one story. */
  idStories: Int32Array;
  paths: string;
  pathEnds: Int32Array;
  sectionSlugs: ReadonlySet<string>;
};

const AMBIGUOUS = -1;

/** cyrb53 (bryc, public domain): a fast 53-bit string hash, exact as a double. */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function sortedIndex(entries: Map<number, number>): { hashes: Float64Array; stories: Int32Array } {
  const keys = Float64Array.from(entries.keys()).sort();
  const stories = new Int32Array(keys.length);
  keys.forEach((key, i) => (stories[i] = entries.get(key)!));
  return { hashes: keys, stories };
}

function find(hashes: Float64Array, key: number): number {
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = hashes[middle]!;
    if (value === key) return middle;
    if (value < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The table from every recorded address. A row whose story has no public path still counts for
 * the ids (an id shared with it is ambiguous) but redirects nowhere; an address that has become a
 * section's (a section created after the import) is left out: the new site wins.
 */
export function buildOldAddressTable(rows: Iterable<OldAddressRow>, sectionSlugs: Iterable<string>): OldAddressTable {
  const sections = new Set([...sectionSlugs].map((s) => s.toLowerCase()));
  const storyIndex = new Map<number, number>();
  const paths: string[] = [];
  const byAddress = new Map<number, number>();
  const byId = new Map<number, number>();
  const idOwners = new Map<number, number>(); // id hash → story id, for ambiguity over every row
  let size = 0;
  for (const row of rows) {
    if (row.oldId) {
      const key = hash53(row.oldId);
      const owner = idOwners.get(key);
      if (owner === undefined) idOwners.set(key, row.storyId);
      else if (owner !== row.storyId) idOwners.set(key, AMBIGUOUS);
    }
    if (!row.path) continue;
    const [path = "", query] = row.address.split("?");
    if (isSectionOrSystemPath(path.split("/").filter(Boolean), query !== undefined, (slug) => sections.has(slug))) continue;
    let index = storyIndex.get(row.storyId);
    if (index === undefined) {
      index = paths.length;
      storyIndex.set(row.storyId, index);
      paths.push(row.path);
    }
    const key = hash53(row.address);
    const previous = byAddress.get(key);
    byAddress.set(key, previous === undefined || previous === index ? index : AMBIGUOUS);
    size++;
  }
  for (const [key, owner] of idOwners) {
    const index = owner === AMBIGUOUS ? AMBIGUOUS : storyIndex.get(owner);
    if (index !== undefined) byId.set(key, index);
  }
  const pathEnds = new Int32Array(paths.length);
  let end = 0;
  paths.forEach((path, i) => (pathEnds[i] = end += path.length));
  const addresses = sortedIndex(byAddress);
  const ids = sortedIndex(byId);
  return {
    size,
    addressHashes: addresses.hashes,
    addressStories: addresses.stories,
    idHashes: ids.hashes,
    idStories: ids.stories,
    paths: paths.join(""),
    pathEnds,
    sectionSlugs: sections,
  };
}

const emptyTable = (): OldAddressTable => buildOldAddressTable([], []);
const state = () => processState<{ table: OldAddressTable }>("old-addresses", () => ({ table: emptyTable() }));

export function setOldAddressTable(table: OldAddressTable): void {
  state().table = table;
}

export function oldAddressTable(): OldAddressTable {
  return state().table;
}

function pathOf(table: OldAddressTable, index: number): string | null {
  if (index < 0) return null;
  return table.paths.slice(index === 0 ? 0 : table.pathEnds[index - 1], table.pathEnds[index]);
}

/**
 * The new address a request for an old one should be sent to (301), or null: its normalised
 * address when recorded, else the old site's id in it when that id belongs to one story only.
 * Never for an address the new site answers itself.
 */
export function oldAddressTarget(pathname: string, search: string, table = oldAddressTable()): string | null {
  if (table.size === 0) return null;
  const parsed = parseRequestedAddress(pathname, search);
  if (!parsed || isLiveAddress(parsed, (slug) => table.sectionSlugs.has(slug))) return null;
  const byAddress = find(table.addressHashes, hash53(parsed.address));
  if (byAddress >= 0) return pathOf(table, table.addressStories[byAddress]!);
  if (!parsed.oldId) return null;
  const byId = find(table.idHashes, hash53(parsed.oldId));
  return byId >= 0 ? pathOf(table, table.idStories[byId]!) : null;
}
