// Cài đặt → Nhuận bút: the paper's own royalty rules (its quy chế nhuận bút), within the frame of
// Nghị định 18/2014/NĐ-CP: the kinds of work with their grade ranges, the value of one grade point
// as a share of the base salary (lương cơ sở), which kind each kind of story is by default, and how
// the accountant withholds personal income tax. Stored as one setting row ("royalty") and read
// through this schema, so a damaged value falls back to the defaults. The defaults are examples
// for a new paper to edit, not a scale of the law: only the 10 % of the base salary is the decree's.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { siteSettings, storyKinds, type RoyaltyLineRole, type StoryKind } from "@/db/schema";
import { zodMessage } from "@/lib/i18n/phrase";
import { collapseSpaces, normalizeText } from "@/lib/text/normalize";
import { pointValueOf } from "./money";

export const ROYALTY_SETTING_KEY = "royalty";

/** A kind of work is for authors and photos (nhuận bút) or for those who helped (thù lao). */
export const kindGroups = ["royalty", "remuneration"] as const;
export type KindGroup = (typeof kindGroups)[number];

const code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,31}$/, zodMessage("validation.royalty.kindCode"));
const name = z
  .string()
  .max(400)
  .transform((s) => collapseSpaces(normalizeText(s)).trim())
  .pipe(z.string().min(1, zodMessage("validation.royalty.kindName")).max(80, zodMessage("validation.royalty.kindName")));
/** A grade bound in hundredths: 0,5 → 50; at most 1.000 points. */
const hundredths = z.number().int().min(0).max(100_000);

export const royaltyKindSchema = z
  .object({ code, name, group: z.enum(kindGroups), min: hundredths, max: hundredths, suggested: hundredths })
  .refine((k) => k.min <= k.suggested && k.suggested <= k.max && k.max > 0, {
    error: zodMessage("validation.royalty.kindRange"),
    path: ["suggested"],
  });
export type RoyaltyKind = z.infer<typeof royaltyKindSchema>;

export const royaltySettingsSchema = z
  .object({
    /** Lương cơ sở, đồng. */
    baseSalary: z.number().int().min(1).max(1_000_000_000),
    /** The value of one grade point as a share of the base salary, in basis points (10 % → 1000). */
    pointShare: z.number().int().min(1).max(10_000),
    kinds: z.array(royaltyKindSchema).min(1).max(60),
    /** The kind of work each kind of story is graded as by default. */
    // Partial: rules saved before a kind existed stay valid, and its stories take the first kind.
    storyKindDefaults: z.partialRecord(z.enum(storyKinds), code),
    /** The kind a photo used in a story is graded as. */
    photoKind: code,
    /** Personal income tax withheld on royalties: rate in basis points, from a month's total per person. */
    taxRate: z.number().int().min(0).max(10_000),
    taxThreshold: z.number().int().min(0).max(1_000_000_000),
    /** Whether staff royalties are withheld too (otherwise the salary's own tax covers them). */
    taxStaff: z.boolean(),
    /** Pen names that name no one person ("PV", "BBT"): always left for the grader to assign. */
    sharedPenNames: z.array(z.string().trim().min(1).max(60)).max(50),
  })
  .superRefine((s, ctx) => {
    const codes = new Map(s.kinds.map((k) => [k.code, k]));
    if (codes.size !== s.kinds.length) ctx.addIssue({ code: "custom", path: ["kinds"], message: zodMessage("validation.royalty.kindDuplicate") });
    for (const [story, kind] of Object.entries(s.storyKindDefaults)) {
      if (codes.get(kind)?.group !== "royalty")
        ctx.addIssue({ code: "custom", path: ["storyKindDefaults", story], message: zodMessage("validation.royalty.kindUnknown") });
    }
    if (codes.get(s.photoKind)?.group !== "royalty")
      ctx.addIssue({ code: "custom", path: ["photoKind"], message: zodMessage("validation.royalty.kindUnknown") });
  });
export type RoyaltySettings = z.infer<typeof royaltySettingsSchema>;

const kind = (code: string, name: string, group: KindGroup, min: number, max: number, suggested: number): RoyaltyKind => ({
  code,
  name,
  group,
  min: min * 100,
  max: max * 100,
  suggested: suggested * 100,
});

// Examples for a new paper, to be set to its quy chế in Cài đặt → Nhuận bút.
export const defaultRoyaltySettings: RoyaltySettings = {
  baseSalary: 2_340_000, // lương cơ sở from 1 July 2024 (Nghị định 73/2024/NĐ-CP)
  pointShare: 1000, // 10 % of the base salary (Nghị định 18/2014/NĐ-CP)
  kinds: [
    kind("tin", "Tin", "royalty", 1, 10, 2),
    kind("bai", "Bài", "royalty", 2, 20, 6),
    kind("phong_su", "Phóng sự", "royalty", 5, 30, 12),
    kind("phong_van", "Phỏng vấn", "royalty", 2, 20, 6),
    kind("anh", "Ảnh", "royalty", 1, 10, 2),
    kind("phong_su_anh", "Phóng sự ảnh", "royalty", 5, 25, 10),
    kind("video", "Video", "royalty", 3, 25, 8),
    kind("am_thanh", "Âm thanh / Podcast", "royalty", 2, 20, 6),
    kind("emagazine", "E-magazine", "royalty", 10, 50, 20),
    kind("do_hoa", "Ảnh đồ họa", "royalty", 3, 20, 8),
    kind("bien_tap", "Biên tập", "remuneration", 0.5, 5, 1),
    kind("cung_cap_tin", "Cung cấp thông tin", "remuneration", 0.5, 3, 1),
  ],
  storyKindDefaults: { article: "bai", photo: "phong_su_anh", video: "video", audio: "am_thanh", emagazine: "emagazine", infographic: "do_hoa", notice: "tin" },
  photoKind: "anh",
  taxRate: 1000,
  taxThreshold: 2_000_000,
  taxStaff: false,
  sharedPenNames: ["PV", "BBT", "CTV", "Nhóm PV", "Phóng viên"],
};

/** The paper's royalty rules, or the defaults where nothing valid is stored. */
export async function loadRoyaltySettings(db: Database): Promise<RoyaltySettings> {
  const [row] = await db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, ROYALTY_SETTING_KEY));
  const parsed = royaltySettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultRoyaltySettings;
}

/** Writes the rules (already checked); the caller audits. */
export async function storeRoyaltySettings(tx: Database, value: RoyaltySettings, actorId: number): Promise<void> {
  const now = new Date();
  await tx
    .insert(siteSettings)
    .values({ key: ROYALTY_SETTING_KEY, value, updatedAt: now, updatedById: actorId })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value: sql`excluded.value`, updatedAt: now, updatedById: actorId } });
}

export const pointValue = (settings: RoyaltySettings) => pointValueOf(settings.baseSalary, settings.pointShare);

export function kindByCode(settings: RoyaltySettings, code: string): RoyaltyKind | undefined {
  return settings.kinds.find((k) => k.code === code);
}

/** Which group of kinds a line of this role is graded in. */
export const groupOfRole = (role: RoyaltyLineRole): KindGroup => (role === "remuneration" ? "remuneration" : "royalty");

/** The kind of work a story of this kind is by default. */
export const defaultKindOf = (settings: RoyaltySettings, storyKind: StoryKind) => settings.storyKindDefaults[storyKind] ?? settings.kinds[0]!.code;
