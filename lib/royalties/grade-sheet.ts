// The Chấm nhuận bút panel's read: everything the grader needs to grade one work, or what was
// saved. A saved grade is shown as it stands now — each line summed over every month it was
// written in, so after a closed month's adjustments the panel shows what is wanted, not what
// was frozen — and an ungraded work comes with suggestions: the story's accounts sharing alike,
// the byline's pen names resolved (those no one person holds listed for the grader), each photo
// used credited to whoever uploaded it. Nothing is written here (payee rows appear on grading).
import { and, asc, eq, inArray } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { payees, royaltyLines, royaltyWorks, storyAuthors, users, type RoyaltyMonthStatus, type StoryStatus } from "@/db/schema";
import { canRoyalty, type Actor } from "@/lib/policy/policy";
import { loadSettings } from "@/lib/settings/settings";
import { readStory } from "@/lib/stories/loader";
import { kindOf } from "@/lib/stories/kinds";
import { gradableStatuses } from "./grading";
import { equalShares } from "./money";
import { monthOf, monthStatus, nextMonth, type Month } from "./months";
import { resolvePenNames, type PenNameResolution, type PersonChoice, type PersonRef } from "./payees";
import { photosOf } from "./photos";
import { defaultKindOf, kindByCode, loadRoyaltySettings, pointValue, type RoyaltyKind } from "./settings";

/** A person as the panel's pickers name them: "u12" for an account, "p5" for a payee without one. */
export const personKeyOf = (ref: PersonRef) => ("userId" in ref ? `u${ref.userId}` : `p${ref.payeeId}`);

export type SheetKind = Pick<RoyaltyKind, "code" | "name" | "min" | "max" | "suggested">;
export type SheetPerson = PersonChoice & { key: string };
export type SheetAuthor = { person: PersonRef; share: number };
/** A photo the story uses, with who its line would pay and at what grade when nothing is saved. */
export type SheetPhoto = {
  mediaId: number;
  caption: string;
  credit: string;
  src: string | null;
  /** Whoever uploaded it (an active account), else the one person its credit's pen name names. */
  suggestedPerson: PersonRef | null;
  /** Hundredths: the photo kind's suggested grade. */
  suggestedGrade: number;
};
export type SheetPhotoLine = { mediaId: number; person: PersonRef; grade: number };
export type SheetRemuneration = { person: PersonRef; kindCode: string; grade: number; note: string };

export type GradeSheet = {
  storyId: number;
  status: StoryStatus;
  /** The work's month ("2026-10"): where it was graded, else its first publication's (or now's). */
  month: Month;
  monthStatus: RoyaltyMonthStatus;
  /** When the month is closed: the open month a change is written into, as adjustment lines. */
  adjustmentMonth: Month | null;
  /** May this person grade now: the grant, on a month neither approved nor without an open month after it. */
  mayGrade: boolean;
  /** The value of one grade point, đồng: the work's own once graded. */
  pointValue: number;
  kinds: { work: SheetKind[]; remuneration: SheetKind[]; photo: SheetKind };
  /** The kind the story's kind maps to in Cài đặt, and that kind's suggested grade (hundredths). */
  suggested: { kindCode: string; grade: number };
  /** The grade as it stands now (every line summed over its months); null for a work not graded yet. */
  saved: {
    kindCode: string;
    grade: number;
    note: string;
    authors: SheetAuthor[];
    /** Photo lines, perhaps of a photo the story no longer uses (dropped at the next save). */
    photos: SheetPhotoLine[];
    remuneration: SheetRemuneration[];
    gradedBy: string;
    gradedAt: string;
  } | null;
  /** The suggestion: the story's accounts and whoever a byline pen name names alone, sharing alike. */
  suggestedAuthors: SheetAuthor[];
  /** Every pen name of the byline and who may be behind it ("PV", "BBT": shared, for the grader). */
  penNames: PenNameResolution[];
  /** The photos the story uses, in reading order. */
  photos: SheetPhoto[];
  /** Everyone the pickers offer: active accounts and collaborators (and anyone a saved line pays). */
  people: SheetPerson[];
};

const collator = new Intl.Collator("vi");
const pick = ({ code, name, min, max, suggested }: RoyaltyKind): SheetKind => ({ code, name, min, max, suggested });

/** "Ảnh: VĂN ĐẠT" → "VĂN ĐẠT": the pen name a photo credit names, if any. */
function creditPenName(credit: string): string {
  return credit
    .replace(/^\s*(?:bài\s*,\s*)?ảnh\s*:\s*/iu, "")
    .split(",")[0]!
    .trim();
}

/**
 * The panel's sheet, or null when the person may not see the story, the story is not in a state
 * graded works are in, or the person holds none of the royalty grants.
 */
export async function getGradeSheet(db: Database, actor: Actor, storyId: number): Promise<GradeSheet | null> {
  if (!canRoyalty(actor, "royalty.month.view")) return null;
  const story = await readStory(db, actor, storyId);
  if (!story || !(gradableStatuses as readonly string[]).includes(story.status)) return null;

  const [{ timeZone }, settings, [work], lines, authorRows, photos] = await Promise.all([
    loadSettings(db),
    loadRoyaltySettings(db),
    db
      .select({
        month: royaltyWorks.month,
        pointValue: royaltyWorks.pointValue,
        note: royaltyWorks.note,
        gradedAt: royaltyWorks.gradedAt,
        gradedBy: users.name,
      })
      .from(royaltyWorks)
      .innerJoin(users, eq(users.id, royaltyWorks.gradedById))
      .where(eq(royaltyWorks.storyId, storyId)),
    db
      .select({
        id: royaltyLines.id,
        role: royaltyLines.role,
        payeeId: royaltyLines.payeeId,
        userId: payees.userId,
        mediaId: royaltyLines.mediaId,
        kindCode: royaltyLines.kindCode,
        gradeHundredths: royaltyLines.gradeHundredths,
        share: royaltyLines.share,
        amount: royaltyLines.amount,
        note: royaltyLines.note,
      })
      .from(royaltyLines)
      .innerJoin(payees, eq(payees.id, royaltyLines.payeeId))
      .where(eq(royaltyLines.storyId, storyId))
      .orderBy(asc(royaltyLines.id)),
    db.select({ userId: storyAuthors.userId }).from(storyAuthors).where(eq(storyAuthors.storyId, storyId)).orderBy(asc(storyAuthors.position)),
    photosOf(db, story),
  ]);

  const month = work?.month ?? monthOf(story.publishedAt ?? new Date(), timeZone);
  const status = await monthStatus(db, month);
  // Where a change to a closed month's work goes: the first open month from today's on (gradeWork's rule).
  let adjustmentMonth: Month | null = null;
  if (status === "closed") {
    let candidate = monthOf(new Date(), timeZone);
    for (let tries = 0; tries <= 12; tries++, candidate = nextMonth(candidate)) {
      if ((await monthStatus(db, candidate)) === "open") {
        adjustmentMonth = candidate;
        break;
      }
    }
  }
  const mayGrade = canRoyalty(actor, "royalty.grade", { month: status }) && (status !== "closed" || adjustmentMonth !== null);

  const photoKind = kindByCode(settings, settings.photoKind)!;
  const workKinds = settings.kinds.filter((k) => k.group === "royalty");
  const suggestedCode = defaultKindOf(settings, kindOf(story.kind));
  const suggestedKind = kindByCode(settings, suggestedCode) ?? workKinds[0]!;

  // The lines as they stand: each (role, payee, photo, kind) summed over all its months; the
  // latest line of each says its share and note (an adjustment carries the share now wanted).
  type Effective = { role: string; ref: PersonRef; mediaId: number | null; kindCode: string; grade: number; amount: number; share: number; note: string };
  const effective = new Map<string, Effective>();
  for (const line of lines) {
    const key = `${line.role}:${line.payeeId}:${line.mediaId ?? ""}:${line.kindCode}`;
    const ref: PersonRef = line.userId ? { userId: line.userId } : { payeeId: line.payeeId };
    const sum = effective.get(key);
    if (sum) {
      sum.grade += line.gradeHundredths;
      sum.amount += line.amount;
      sum.share = line.share;
      sum.note = line.note;
    } else
      effective.set(key, {
        role: line.role,
        ref,
        mediaId: line.mediaId,
        kindCode: line.kindCode,
        grade: line.gradeHundredths,
        amount: line.amount,
        share: line.share,
        note: line.note,
      });
  }
  // A line paid back in full by an adjustment is gone.
  const standing = [...effective.values()].filter((l) => l.grade !== 0 || l.amount !== 0);
  const savedAuthors = standing.filter((l) => l.role === "author");

  // Candidates by name, so a picker lists them in the order people look for them.
  const resolutions = (await resolvePenNames(db, story.byline, settings.sharedPenNames)).map((r) => ({
    ...r,
    candidates: [...r.candidates].sort((a, b) => collator.compare(a.name, b.name)),
  }));
  const refs: PersonRef[] = authorRows.map((a) => ({ userId: a.userId }));
  for (const r of resolutions) if (r.status === "resolved") refs.push(r.candidates[0]!.ref);
  const unique = [...new Map(refs.map((ref) => [personKeyOf(ref), ref])).values()];
  const shares = equalShares(unique.length);
  const suggestedAuthors = unique.map((person, i) => ({ person, share: shares[i]! }));

  // A photo's suggested person: whoever uploaded it, else the one person its credit's pen name names.
  const credits = await resolvePenNames(db, photos.map((p) => creditPenName(p.credit)).filter(Boolean), settings.sharedPenNames);
  const byCredit = new Map(credits.filter((r) => r.status === "resolved").map((r) => [r.penName, r.candidates[0]!.ref]));
  const uploaders = new Set(
    await activeAccounts(
      db,
      photos.flatMap((p) => (p.uploadedById ? [p.uploadedById] : [])),
    ),
  );
  const sheetPhotos: SheetPhoto[] = photos.map((p) => ({
    mediaId: p.mediaId,
    caption: p.caption,
    credit: p.credit,
    src: p.src,
    suggestedPerson: p.uploadedById && uploaders.has(p.uploadedById) ? { userId: p.uploadedById } : (byCredit.get(creditPenName(p.credit)) ?? null),
    suggestedGrade: photoKind.suggested,
  }));

  const saved: GradeSheet["saved"] = work
    ? {
        kindCode: savedAuthors[0]?.kindCode ?? suggestedKind.code,
        grade: savedAuthors[0]?.grade ?? suggestedKind.suggested,
        note: work.note,
        authors: savedAuthors.map((l) => ({ person: l.ref, share: l.share })),
        photos: standing.filter((l) => l.role === "photo" && l.mediaId !== null).map((l) => ({ mediaId: l.mediaId!, person: l.ref, grade: l.grade })),
        remuneration: standing.filter((l) => l.role === "remuneration").map((l) => ({ person: l.ref, kindCode: l.kindCode, grade: l.grade, note: l.note })),
        gradedBy: work.gradedBy,
        gradedAt: work.gradedAt.toISOString(),
      }
    : null;
  const mentioned = [
    ...suggestedAuthors.map((a) => a.person),
    ...(saved ? [...saved.authors, ...saved.photos, ...saved.remuneration].map((l) => l.person) : []),
  ];

  return {
    storyId: story.id,
    status: story.status,
    month,
    monthStatus: status,
    adjustmentMonth,
    mayGrade,
    pointValue: work?.pointValue ?? pointValue(settings),
    kinds: {
      work: workKinds.map(pick),
      remuneration: settings.kinds.filter((k) => k.group === "remuneration").map(pick),
      photo: pick(photoKind),
    },
    suggested: { kindCode: suggestedKind.code, grade: suggestedKind.suggested },
    saved,
    suggestedAuthors,
    penNames: resolutions,
    photos: sheetPhotos,
    people: await peopleToPick(db, mentioned),
  };
}

async function activeAccounts(db: Database, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  return rows.map((r) => r.id);
}

/**
 * Everyone a picker offers: active accounts (with their payee row's pen names and kind, if any)
 * and active collaborators without an account, by name in Vietnamese order; plus anyone a saved
 * line pays who has since left, so the saved grade still shows their name.
 */
async function peopleToPick(db: Database, mentioned: PersonRef[]): Promise<SheetPerson[]> {
  const [accounts, others] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, penName: users.penName, active: users.active, payeeKind: payees.kind, payeePenNames: payees.penNames })
      .from(users)
      .leftJoin(payees, eq(payees.userId, users.id)),
    db.select({ id: payees.id, name: payees.name, penNames: payees.penNames, kind: payees.kind, userId: payees.userId, active: payees.active }).from(payees),
  ]);
  const wanted = new Set(mentioned.map(personKeyOf));
  const people: SheetPerson[] = [];
  for (const a of accounts) {
    const ref = { userId: a.id };
    if (!a.active && !wanted.has(personKeyOf(ref))) continue;
    const penNames = [...new Set([a.penName, ...(a.payeePenNames ?? [])].filter(Boolean))];
    people.push({ key: personKeyOf(ref), ref, name: a.name, penNames, kind: a.payeeKind ?? "staff" });
  }
  for (const p of others) {
    if (p.userId !== null) continue;
    const ref = { payeeId: p.id };
    if (!p.active && !wanted.has(personKeyOf(ref))) continue;
    people.push({ key: personKeyOf(ref), ref, name: p.name, penNames: p.penNames, kind: p.kind });
  }
  return people.sort((a, b) => collator.compare(a.name, b.name) || a.key.localeCompare(b.key));
}

/** For pages: the story's Chấm nhuận bút sheet, or null when the panel is not this person's to see. */
export async function getStoryGradeSheet(actor: Actor, storyId: number): Promise<GradeSheet | null> {
  return getGradeSheet(await appDatabase(), actor, storyId);
}
