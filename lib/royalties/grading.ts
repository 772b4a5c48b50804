// Chấm nhuận bút: the grader sets a work's kind and grade, its authors' shares, a grade per photo
// used and any thù lao lines. In an open month the work's lines are replaced; once its month is
// closed, the difference from what was frozen becomes adjustment lines in an open month, each
// pointing at the line it corrects, so a closed month never changes. Every grading is audited
// with the lines before and after.
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { royaltyLines, royaltyMonths, royaltyWorks, type RoyaltyLineRole } from "@/db/schema";
import { defineCommand, refuse } from "@/lib/actions/command";
import { recordAudit } from "@/lib/audit/record";
import { zodMessage } from "@/lib/i18n/phrase";
import { loadSettings } from "@/lib/settings/settings";
import { storyIdSchema } from "@/lib/stories/schemas";
import { openStory } from "@/lib/stories/loader";
import { collapseSpaces, normalizeText } from "@/lib/text/normalize";
import { monthLabel } from "./format";
import { formatGrade, lineAmount, parseGrade } from "./money";
import { monthOf, monthStatus, nextMonth, type Month } from "./months";
import { payeeIdOf, type PersonRef } from "./payees";
import { photosOf } from "./photos";
import { groupOfRole, kindByCode, loadRoyaltySettings, pointValue, type RoyaltySettings } from "./settings";

/** Statuses a work can be graded in: from approval on (a story taken down keeps its grade). */
export const gradableStatuses = ["approved", "scheduled", "published", "unpublished"] as const;

const gradeSchema = z.union([z.string().max(20), z.number()]).transform((value, ctx) => {
  const hundredths = typeof value === "number" ? (Number.isFinite(value) ? Math.round(value * 100) : null) : parseGrade(value);
  if (hundredths === null || hundredths < 0 || (typeof value === "number" && Math.abs(value * 100 - hundredths) > 1e-6)) {
    ctx.addIssue({ code: "custom", message: zodMessage("validation.royalty.grade") });
    return z.NEVER;
  }
  return hundredths;
});

const personSchema = z.union([z.strictObject({ userId: z.number().int().positive() }), z.strictObject({ payeeId: z.number().int().positive() })]);
const noteSchema = z
  .string()
  .max(4000)
  .transform((s) => collapseSpaces(normalizeText(s)).trim())
  .pipe(z.string().max(1000, zodMessage("validation.tooLong", { field: "Ghi chú", max: 1000 })));
const personKey = (p: PersonRef) => ("userId" in p ? `u${p.userId}` : `p${p.payeeId}`);

export const gradeWorkSchema = z
  .strictObject({
    storyId: storyIdSchema,
    kindCode: z.string().max(40),
    grade: gradeSchema,
    note: noteSchema.default(""),
    authors: z
      .array(
        z.strictObject({
          person: personSchema,
          share: z.number().int().min(1, zodMessage("validation.royalty.share")).max(100, zodMessage("validation.royalty.share")),
        }),
      )
      .min(1, zodMessage("validation.royalty.noAuthor"))
      .max(20),
    photos: z
      .array(z.strictObject({ mediaId: z.number().int().positive(), person: personSchema, grade: gradeSchema }))
      .max(100)
      .default([]),
    remuneration: z
      .array(z.strictObject({ person: personSchema, kindCode: z.string().max(40), grade: gradeSchema, note: noteSchema.default("") }))
      .max(30)
      .default([]),
  })
  .superRefine((input, ctx) => {
    const total = input.authors.reduce((sum, a) => sum + a.share, 0);
    if (total !== 100) ctx.addIssue({ code: "custom", path: ["authors"], message: zodMessage("validation.royalty.sharesTotal", { total }) });
    const people = input.authors.map((a) => personKey(a.person));
    if (new Set(people).size !== people.length) ctx.addIssue({ code: "custom", path: ["authors"], message: zodMessage("validation.royalty.authorTwice") });
    const photos = input.photos.map((p) => p.mediaId);
    if (new Set(photos).size !== photos.length) ctx.addIssue({ code: "custom", path: ["photos"], message: zodMessage("validation.royalty.photoTwice") });
  });
export type GradeWorkInput = z.input<typeof gradeWorkSchema>;

/** A line as the grader wants it, before it is compared with what a closed month froze. */
type WantedLine = {
  role: RoyaltyLineRole;
  payeeId: number;
  mediaId: number | null;
  kindCode: string;
  kindName: string;
  gradeHundredths: number;
  share: number;
  note: string;
};
const lineKey = (l: { role: string; payeeId: number; mediaId: number | null; kindCode: string }) => `${l.role}:${l.payeeId}:${l.mediaId ?? ""}:${l.kindCode}`;

function checkKind(settings: RoyaltySettings, code: string, role: RoyaltyLineRole, gradeHundredths: number, field: string) {
  const kind = kindByCode(settings, code);
  if (!kind || kind.group !== groupOfRole(role)) throw refuse("invalid", "validation.royalty.kindUnknown", undefined, { field });
  if (gradeHundredths < kind.min || gradeHundredths > kind.max) {
    throw refuse("invalid", "validation.royalty.outOfRange", { kind: kind.name, min: formatGrade(kind.min), max: formatGrade(kind.max) }, { field });
  }
  return kind;
}

export type GradeResult = { storyId: number; month: Month; linesMonth: Month; adjusted: boolean; total: number };

export const gradeWork = defineCommand(gradeWorkSchema, async (input, ctx): Promise<GradeResult> => {
  return ctx.db.transaction(async (tx) => {
    const story = await openStory(tx, ctx, input.storyId);
    const [{ timeZone }, settings] = await Promise.all([loadSettings(tx), loadRoyaltySettings(tx)]);
    const [work] = await tx.select().from(royaltyWorks).where(eq(royaltyWorks.storyId, story.id));
    // A work's month is its first publication's, kept once graded; a story approved but not yet
    // published is graded into its planned month, and moved at publication (settleWorkMonth).
    const month = work?.month ?? monthOf(story.publishedAt ?? new Date(), timeZone);
    const status = await monthStatus(tx, month, { lock: true });
    // A grader meeting an approved month is told why, and what reopens it.
    if (status === "approved" && ctx.allowedRoyalty("royalty.grade", { month: "open" })) {
      throw refuse("invalid_state", "refusals.royalty.monthApproved", { month: monthLabel(month) });
    }
    ctx.authorizeRoyalty("royalty.grade", { month: status });
    if (!(gradableStatuses as readonly string[]).includes(story.status)) throw refuse("invalid_state", "refusals.royalty.notGradable");

    const used = new Set((await photosOf(tx, story)).map((p) => p.mediaId));
    const wanted: WantedLine[] = [];
    const workKind = checkKind(settings, input.kindCode, "author", input.grade, "kindCode");
    for (const [i, author] of input.authors.entries()) {
      const payeeId = await payeeIdOf(tx, author.person);
      if (!payeeId) throw refuse("invalid", "validation.royalty.personUnknown", undefined, { field: `authors.${i}` });
      wanted.push({
        role: "author",
        payeeId,
        mediaId: null,
        kindCode: workKind.code,
        kindName: workKind.name,
        gradeHundredths: input.grade,
        share: author.share,
        note: "",
      });
    }
    for (const [i, photo] of input.photos.entries()) {
      if (!used.has(photo.mediaId)) throw refuse("invalid", "validation.royalty.photoNotUsed", undefined, { field: `photos.${i}` });
      const kind = checkKind(settings, settings.photoKind, "photo", photo.grade, `photos.${i}`);
      const payeeId = await payeeIdOf(tx, photo.person);
      if (!payeeId) throw refuse("invalid", "validation.royalty.personUnknown", undefined, { field: `photos.${i}` });
      wanted.push({
        role: "photo",
        payeeId,
        mediaId: photo.mediaId,
        kindCode: kind.code,
        kindName: kind.name,
        gradeHundredths: photo.grade,
        share: 100,
        note: "",
      });
    }
    for (const [i, line] of input.remuneration.entries()) {
      const kind = checkKind(settings, line.kindCode, "remuneration", line.grade, `remuneration.${i}`);
      const payeeId = await payeeIdOf(tx, line.person);
      if (!payeeId) throw refuse("invalid", "validation.royalty.personUnknown", undefined, { field: `remuneration.${i}` });
      wanted.push({
        role: "remuneration",
        payeeId,
        mediaId: null,
        kindCode: kind.code,
        kindName: kind.name,
        gradeHundredths: line.grade,
        share: 100,
        note: line.note,
      });
    }
    const seen = new Set<string>();
    for (const line of wanted) {
      if (seen.has(lineKey(line))) throw refuse("invalid", "validation.royalty.lineTwice");
      seen.add(lineKey(line));
    }

    const value = work?.pointValue ?? pointValue(settings);
    const before = await tx.select().from(royaltyLines).where(eq(royaltyLines.storyId, story.id)).orderBy(asc(royaltyLines.id));
    const now = new Date();
    if (work) {
      await tx.update(royaltyWorks).set({ note: input.note, gradedById: ctx.actor.id, gradedAt: now }).where(eq(royaltyWorks.storyId, story.id));
    } else {
      await tx.insert(royaltyWorks).values({ storyId: story.id, month, pointValue: value, note: input.note, gradedById: ctx.actor.id, gradedAt: now });
    }

    // Lines in months still open are the grader's to replace; lines in approved or closed months
    // are frozen, and only the difference from them is written.
    const months = [...new Set(before.map((l) => l.month))];
    const states = months.length
      ? await tx.select({ month: royaltyMonths.month, status: royaltyMonths.status }).from(royaltyMonths).where(inArray(royaltyMonths.month, months))
      : [];
    const frozenMonths = new Set(states.filter((s) => s.status !== "open").map((s) => s.month));
    const openMonths = months.filter((m) => !frozenMonths.has(m));
    if (openMonths.length) await tx.delete(royaltyLines).where(and(eq(royaltyLines.storyId, story.id), inArray(royaltyLines.month, openMonths)));

    let linesMonth = month;
    if (status !== "open") {
      // The work's month is closed: adjustments go to the first open month from today's on.
      linesMonth = monthOf(now, timeZone);
      for (let tries = 0; (await monthStatus(tx, linesMonth, { lock: true })) !== "open"; tries++) {
        if (tries >= 12) throw refuse("invalid_state", "refusals.royalty.noOpenMonth");
        linesMonth = nextMonth(linesMonth);
      }
    }
    const frozen = new Map<string, { gradeHundredths: number; amount: number; original: number; line: (typeof before)[number] }>();
    for (const line of before) {
      if (!frozenMonths.has(line.month)) continue;
      const key = lineKey(line);
      const sum = frozen.get(key);
      if (sum) {
        sum.gradeHundredths += line.gradeHundredths;
        sum.amount += line.amount;
      } else frozen.set(key, { gradeHundredths: line.gradeHundredths, amount: line.amount, original: line.adjustsLineId ?? line.id, line });
    }
    const rows: (typeof royaltyLines.$inferInsert)[] = [];
    for (const line of wanted) {
      const amount = lineAmount(line.gradeHundredths, line.share, value);
      const was = frozen.get(lineKey(line));
      frozen.delete(lineKey(line));
      if (!was) {
        rows.push({ ...line, month: linesMonth, storyId: story.id, pointValue: value, amount, createdById: ctx.actor.id });
      } else if (was.amount !== amount || was.gradeHundredths !== line.gradeHundredths) {
        rows.push({
          ...line,
          month: linesMonth,
          storyId: story.id,
          gradeHundredths: line.gradeHundredths - was.gradeHundredths,
          pointValue: value,
          amount: amount - was.amount,
          adjustsLineId: was.original,
          createdById: ctx.actor.id,
        });
      }
    }
    // Lines the grader removed: paid back by a negative adjustment.
    for (const was of frozen.values()) {
      if (was.amount === 0 && was.gradeHundredths === 0) continue;
      const { line } = was;
      rows.push({
        month: linesMonth,
        storyId: story.id,
        payeeId: line.payeeId,
        role: line.role,
        mediaId: line.mediaId,
        kindCode: line.kindCode,
        kindName: line.kindName,
        gradeHundredths: -was.gradeHundredths,
        share: line.share,
        pointValue: line.pointValue,
        amount: -was.amount,
        adjustsLineId: was.original,
        createdById: ctx.actor.id,
      });
    }
    if (rows.length) await tx.insert(royaltyLines).values(rows);

    const after = await tx.select().from(royaltyLines).where(eq(royaltyLines.storyId, story.id)).orderBy(asc(royaltyLines.id));
    const summary = (lines: typeof before) =>
      lines.map((l) => ({
        id: l.id,
        month: l.month,
        payeeId: l.payeeId,
        role: l.role,
        mediaId: l.mediaId,
        kind: l.kindCode,
        grade: formatGrade(l.gradeHundredths),
        share: l.share,
        amount: l.amount,
        adjusts: l.adjustsLineId,
      }));
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "royalty.grade",
      entityType: "story",
      entityId: story.id,
      data: { month, linesMonth, title: story.title, before: summary(before), after: summary(after), note: input.note },
    });
    const total = after.filter((l) => !frozenMonths.has(l.month)).reduce((sum, l) => sum + l.amount, 0);
    return { storyId: story.id, month, linesMonth, adjusted: status !== "open", total };
  });
});

/**
 * At a work's first publication (the publication worker): a work graded before it was published
 * moves to its publication month, while both months are still open. Otherwise it stays where it
 * was graded, which its lines and the audit show.
 */
export async function settleWorkMonth(tx: Database, storyId: number, publishedAt: Date, timeZone: string): Promise<void> {
  const [work] = await tx.select().from(royaltyWorks).where(eq(royaltyWorks.storyId, storyId));
  if (!work) return;
  const month = monthOf(publishedAt, timeZone);
  if (month === work.month) return;
  if ((await monthStatus(tx, work.month, { lock: true })) !== "open" || (await monthStatus(tx, month, { lock: true })) !== "open") return;
  await tx.update(royaltyWorks).set({ month }).where(eq(royaltyWorks.storyId, storyId));
  await tx
    .update(royaltyLines)
    .set({ month })
    .where(and(eq(royaltyLines.storyId, storyId), eq(royaltyLines.month, work.month), ne(royaltyLines.month, month)));
}
