// Addresses of imported stories on the paper's old website (table old_addresses): recorded by the
// import, answered 301 to the story's address here by the proxy from an in-memory table
// (lib/archive/old-address-map.ts, which the proxy bundles: no database there). The table is
// loaded at start (lib/server/boot.ts) and reloaded by the publication worker's sweep when a cheap
// signature of what it was built from has changed (reloadOldAddressesIfChanged).
import { eq, inArray, or, sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { oldAddresses, sections, sectionSlugs, stories } from "@/db/schema";
import { processState } from "@/lib/server/process-state";
import { storyPath } from "@/lib/stories/public-queries";
import { buildOldAddressTable, isLiveAddress, parseOldAddress, setOldAddressTable, type OldAddressRow } from "./old-address-map";

export { normalizeOldAddress } from "./old-address-map";

export type RecordOldAddressResult = { recorded: true } | { recorded: false; reason: "live-address" | "taken" | "invalid" };

/**
 * Records a story's address on the old site (a full URL, host and path, or a path). Refused when it
 * cannot be an address ("invalid"), when the new site answers it itself ("live-address": a reserved
 * path, a section's, a story address's shape), or when another story has it ("taken"); the same
 * story again is recorded already. The story must exist. Does not reload the table: the import
 * calls reloadOldAddresses (or leaves it to the worker's sweep) once it is done.
 */
export async function recordOldAddress(tx: Database, storyId: number, oldUrl: string): Promise<RecordOldAddressResult> {
  const parsed = parseOldAddress(oldUrl);
  if (!parsed) return { recorded: false, reason: "invalid" };
  const first = parsed.segments[0];
  const sectionHolds = first !== undefined && (await isSectionSlug(tx, first));
  if (isLiveAddress(parsed, (slug) => slug === first && sectionHolds)) return { recorded: false, reason: "live-address" };
  const inserted = await tx
    .insert(oldAddresses)
    .values({ address: parsed.address, storyId, oldId: parsed.oldId })
    .onConflictDoNothing({ target: oldAddresses.address })
    .returning({ storyId: oldAddresses.storyId });
  if (inserted.length > 0) return { recorded: true };
  const [holder] = await tx.select({ storyId: oldAddresses.storyId }).from(oldAddresses).where(eq(oldAddresses.address, parsed.address));
  return holder?.storyId === storyId ? { recorded: true } : { recorded: false, reason: "taken" };
}

async function isSectionSlug(tx: Database, slug: string): Promise<boolean> {
  const [current] = await tx
    .select({ id: sections.id })
    .from(sections)
    .where(eq(sql`lower(${sections.slug})`, slug))
    .limit(1);
  if (current) return true;
  const [former] = await tx
    .select({ id: sectionSlugs.sectionId })
    .from(sectionSlugs)
    .where(eq(sql`lower(${sectionSlugs.slug})`, slug))
    .limit(1);
  return former !== undefined;
}

const loaded = () => processState<{ signature: string | null }>("old-addresses-signature", () => ({ signature: null }));

/**
 * What the table is built from, cheaply: the addresses (count, newest), the stories they lead to
 * (newest change: a slug, a section, a publication) and the section slugs (a section's path wins).
 */
async function signature(db: Database): Promise<string> {
  const result = await db.execute(sql`
    select concat_ws(' ',
      (select count(*) from ${oldAddresses}),
      (select max(${oldAddresses.createdAt}) from ${oldAddresses}),
      (select max(s.updated_at) from ${stories} s where s.id in (select ${oldAddresses.storyId} from ${oldAddresses})),
      (select md5(coalesce(string_agg(slug, ' ' order by slug), '')) from (select ${sections.slug} as slug from ${sections} union all select ${sectionSlugs.slug} from ${sectionSlugs}) x)
    ) as signature`);
  return rowsOf<{ signature: string }>(result)[0]?.signature ?? "";
}

/** Loads the table of old addresses into this process's memory (at start, after an import). */
export async function reloadOldAddresses(db: Database): Promise<{ addresses: number }> {
  const mark = await signature(db); // before reading: a change meanwhile shows at the next sweep
  // Only stories readers may reach lead anywhere (never a draft's slug in a Location header);
  // a taken-down story's address answers 410 there.
  const visible = or(inArray(stories.status, ["published", "unpublished"]), sql`${stories.status} = 'scheduled' and ${stories.publishedAt} <= now()`);
  const rows = await db
    .select({
      address: oldAddresses.address,
      oldId: oldAddresses.oldId,
      storyId: oldAddresses.storyId,
      slug: stories.slug,
      sectionSlug: sections.slug,
      visible: sql<boolean>`coalesce(${visible}, false)`,
    })
    .from(oldAddresses)
    .innerJoin(stories, eq(stories.id, oldAddresses.storyId))
    .leftJoin(sections, eq(sections.id, stories.sectionId));
  const slugRows = await db
    .select({ slug: sections.slug })
    .from(sections)
    .union(db.select({ slug: sectionSlugs.slug }).from(sectionSlugs));
  const table = buildOldAddressTable(
    rows.map((r): OldAddressRow => ({
      address: r.address,
      oldId: r.oldId,
      storyId: r.storyId,
      path: r.visible && r.sectionSlug ? storyPath({ id: r.storyId, slug: r.slug, sectionSlug: r.sectionSlug }) : null,
    })),
    slugRows.map((r) => r.slug),
  );
  setOldAddressTable(table);
  loaded().signature = mark;
  return { addresses: table.size };
}

/** The worker's sweep: reloads the table when its signature changed (one small query otherwise). */
export async function reloadOldAddressesIfChanged(db: Database): Promise<boolean> {
  if ((await signature(db)) === loaded().signature) return false;
  await reloadOldAddresses(db);
  return true;
}
