// The month's life: approved by whoever holds `duyệt nhuận bút` (and reopened if need be), then
// closed (chốt) and frozen, with the tax rule of that day copied in; the accountant marks lines
// paid only in a closed month. Each step is audited.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { royaltyLines, royaltyMonths, type RoyaltyMonthStatus } from "@/db/schema";
import { defineCommand, refuse, type CommandContext } from "@/lib/actions/command";
import { recordAudit } from "@/lib/audit/record";
import type { RoyaltyAction } from "@/lib/policy/policy";
import { loadSettings } from "@/lib/settings/settings";
import { calendarDateIn } from "@/lib/text/dateline";
import { isoDateFromDayFirst } from "@/lib/i18n/time";
import { zodMessage } from "@/lib/i18n/phrase";
import { monthPattern, monthStatus, type Month } from "./months";
import { loadRoyaltySettings } from "./settings";

export const monthSchema = z.string().regex(monthPattern);
const monthInput = z.strictObject({ month: monthSchema });

type Step = { action: RoyaltyAction & `royalty.month.${string}`; to: RoyaltyMonthStatus; audit: "royalty.approve" | "royalty.unapprove" | "royalty.close" };

async function moveMonth(month: Month, ctx: CommandContext, step: Step): Promise<{ month: Month; status: RoyaltyMonthStatus }> {
  return ctx.db.transaction(async (tx) => {
    const status = await monthStatus(tx, month, { lock: true });
    ctx.authorizeRoyalty(step.action, { month: status });
    const now = new Date();
    const totals = await tx
      .select({ lines: sql<number>`count(*)::int`, total: sql<string>`coalesce(sum(${royaltyLines.amount}), 0)::text` })
      .from(royaltyLines)
      .where(eq(royaltyLines.month, month));
    const { lines, total } = totals[0]!;
    if (step.to === "approved") {
      await tx.update(royaltyMonths).set({ status: "approved", approvedById: ctx.actor.id, approvedAt: now }).where(eq(royaltyMonths.month, month));
    } else if (step.to === "open") {
      await tx.update(royaltyMonths).set({ status: "open", approvedById: null, approvedAt: null }).where(eq(royaltyMonths.month, month));
    } else {
      const rules = await loadRoyaltySettings(tx);
      await tx
        .update(royaltyMonths)
        .set({
          status: "closed",
          closedById: ctx.actor.id,
          closedAt: now,
          taxRateBasisPoints: rules.taxRate,
          taxThreshold: rules.taxThreshold,
          taxStaff: rules.taxStaff,
        })
        .where(eq(royaltyMonths.month, month));
    }
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: step.audit,
      entityType: "royalty_month",
      entityId: month,
      data: { month, lines, total: Number(total) },
    });
    return { month, status: step.to };
  });
}

export const approveMonth = defineCommand(monthInput, ({ month }, ctx) =>
  moveMonth(month, ctx, { action: "royalty.month.approve", to: "approved", audit: "royalty.approve" }),
);
export const unapproveMonth = defineCommand(monthInput, ({ month }, ctx) =>
  moveMonth(month, ctx, { action: "royalty.month.unapprove", to: "open", audit: "royalty.unapprove" }),
);
export const closeMonth = defineCommand(monthInput, ({ month }, ctx) =>
  moveMonth(month, ctx, { action: "royalty.month.close", to: "closed", audit: "royalty.close" }),
);

export const markPaidSchema = z
  .strictObject({
    month: monthSchema,
    /** The lines paid, or every line of these payees in the month. */
    lineIds: z.array(z.number().int().positive()).max(5000).default([]),
    payeeIds: z.array(z.number().int().positive()).max(2000).default([]),
    /** The day paid, as typed: "05/01/2027"; today when empty. */
    paidOn: z.string().max(20).default(""),
  })
  .refine((i) => i.lineIds.length + i.payeeIds.length > 0, { path: ["lineIds"], message: zodMessage("validation.royalty.nothingToPay") });

export const markPaid = defineCommand(markPaidSchema, async (input, ctx): Promise<{ month: Month; paid: number; paidOn: string }> => {
  return ctx.db.transaction(async (tx) => {
    const status = await monthStatus(tx, input.month, { lock: true });
    ctx.authorizeRoyalty("royalty.pay", { month: status });
    const { timeZone } = await loadSettings(tx);
    const today = calendarDateIn(new Date(), timeZone);
    const iso = input.paidOn
      ? isoDateFromDayFirst(input.paidOn)
      : `${today.year}-${String(today.month).padStart(2, "0")}-${String(today.day).padStart(2, "0")}`;
    if (!iso) throw refuse("invalid", "validation.royalty.paidOn", undefined, { field: "paidOn" });
    // Noon UTC of that day: the same calendar day in every zone a paper could be in.
    const paidAt = new Date(`${iso}T12:00:00Z`);
    const which =
      input.lineIds.length && input.payeeIds.length
        ? sql`(${inArray(royaltyLines.id, input.lineIds)} or ${inArray(royaltyLines.payeeId, input.payeeIds)})`
        : input.lineIds.length
          ? inArray(royaltyLines.id, input.lineIds)
          : inArray(royaltyLines.payeeId, input.payeeIds);
    const paid = await tx
      .update(royaltyLines)
      .set({ paidAt, paidById: ctx.actor.id })
      .where(and(eq(royaltyLines.month, input.month), isNull(royaltyLines.paidAt), which))
      .returning({ id: royaltyLines.id });
    const paidOn = iso.split("-").reverse().join("/");
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "royalty.pay",
      entityType: "royalty_month",
      entityId: input.month,
      data: { month: input.month, lines: paid.length, paidOn, lineIds: paid.map((p) => p.id) },
    });
    return { month: input.month, paid: paid.length, paidOn };
  });
});
