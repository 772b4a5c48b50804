// Người nhận nhuận bút: who the paper pays. Whoever keeps the list ("payees.manage": graders, kế
// toán, admins) adds collaborators (cộng tác viên) and edits anyone's name, pen names, phone, kind
// and whether they are still paid; an account's row is made on its first edit (ensureAccountPayee).
// Payment details (CCCD, bank, account number, MST) are another right ("payees.details": kế toán
// and admins): read only on request, each read audited, each change audited by field name only,
// and kept sealed at rest (details.ts). Every change is audited before/after in its transaction.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { payeeKinds, payees, users, type Payee } from "@/db/schema";
import { defineCommand, refuse, type CommandContext } from "@/lib/actions/command";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { zodMessage, type CatalogueKey } from "@/lib/i18n/phrase";
import { ensureAccountPayee, penNameKey } from "@/lib/royalties/payees";
import { normalizeText } from "@/lib/text/normalize";
import { changedDetailKeys, openPayeeDetails, payeeDetailFields, sealPayeeDetails, type PayeeDetails } from "./details";

/** One line as typed (NFC), pasted line breaks and tabs made spaces, at most `max` characters. */
const oneLine = (max: number, tooLong: CatalogueKey) =>
  z
    .string()
    .max(max * 4, zodMessage(tooLong))
    .transform((s) =>
      normalizeText(s)
        .replace(/[\t\n ]+/g, " ")
        .trim(),
    )
    .pipe(z.string().max(max, zodMessage(tooLong)));

export const MAX_PEN_NAMES = 10;

/**
 * Pen names as a list, or as the form's text (one a line; commas and semicolons also part them).
 * Each is kept as typed; two that fold to the same key ("Thu Hà", "THU HÀ") are one.
 */
const penNamesSchema = z.union([z.string().max(4000), z.array(z.string().max(400)).max(40)]).transform((value, ctx) => {
  const parts = (typeof value === "string" ? value.split(/[\n,;]/) : value).map((s) =>
    normalizeText(s)
      .replace(/[\t\n ]+/g, " ")
      .trim(),
  );
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const part of parts) {
    if (part.length > 60) {
      ctx.addIssue({ code: "custom", message: zodMessage("payees.validation.penNameTooLong") });
      return z.NEVER;
    }
    const key = penNameKey(part);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(part);
  }
  if (kept.length > MAX_PEN_NAMES) {
    ctx.addIssue({ code: "custom", message: zodMessage("payees.validation.tooManyPenNames") });
    return z.NEVER;
  }
  return kept;
});

const payeeFields = {
  name: oneLine(120, "payees.validation.nameTooLong").pipe(z.string().min(1, zodMessage("payees.validation.nameRequired"))),
  penNames: penNamesSchema.default([]),
  phone: z
    .string()
    .max(120, zodMessage("payees.validation.phone"))
    .transform((s) => normalizeText(s).replace(/\s+/g, " ").trim())
    .pipe(z.string().regex(/^[0-9+().\s-]{0,30}$/, zodMessage("payees.validation.phone")))
    .default(""),
  kind: z.enum(payeeKinds).default("collaborator"),
  active: z.boolean().default(true),
};

const positiveId = z.coerce.number().int().positive();
/** Which payee: a row (`id`), or an account (`userId`), whose row is made when first written. */
const refFields = { id: positiveId.optional(), userId: positiveId.optional() };
type Ref = { id?: number; userId?: number };
const oneRef = (ref: Ref, ctx: z.RefinementCtx) => {
  if ((ref.id === undefined) === (ref.userId === undefined)) ctx.addIssue({ code: "custom", path: ["id"], message: zodMessage("payees.validation.which") });
};

export const createPayeeSchema = z.strictObject(payeeFields);
export const updatePayeeSchema = z.strictObject({ ...refFields, ...payeeFields }).superRefine(oneRef);
export const payeeRefSchema = z.strictObject(refFields).superRefine(oneRef);
export const updatePayeeDetailsSchema = z.strictObject({ ...refFields, ...payeeDetailFields }).superRefine(oneRef);

const notFound = () => refuse("not_found", "payees.refusals.notFound");

/** The payee row a command writes, locked; an account gets its row here when it has none. */
async function payeeForUpdate(tx: Database, ref: Ref): Promise<Payee> {
  if (ref.userId !== undefined) {
    const row = await ensureAccountPayee(tx, ref.userId);
    if (!row) throw refuse("not_found", "payees.refusals.accountNotFound");
    ref = { id: row.id };
  }
  const [row] = await tx.select().from(payees).where(eq(payees.id, ref.id!)).for("update");
  if (!row) throw notFound();
  return row;
}

const audit = (tx: Database, ctx: CommandContext, action: AuditAction, payeeId: number, data: Record<string, unknown>) =>
  recordAudit(tx, { actorId: ctx.actor.id, action, entityType: "payee", entityId: payeeId, data });

/** What the audit trail keeps of a payee (never the payment details). */
const publicFields = (p: Pick<Payee, "name" | "penNames" | "phone" | "kind" | "active">) => ({
  name: p.name,
  penNames: p.penNames,
  phone: p.phone,
  kind: p.kind,
  active: p.active,
});
type PublicFields = ReturnType<typeof publicFields>;

export type SavedPayee = { id: number; name: string; changed: boolean; payee: PublicFields };

export const createPayee = defineCommand(createPayeeSchema, async (input, ctx): Promise<SavedPayee> => {
  ctx.authorizeRoyalty("payees.manage");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(payees)
      .values({ ...input, penNameKeys: input.penNames.map(penNameKey), createdById: ctx.actor.id })
      .returning();
    await audit(tx, ctx, "payee.create", row!.id, { name: row!.name, after: publicFields(row!) });
    return { id: row!.id, name: row!.name, changed: true, payee: publicFields(row!) };
  });
});

export const updatePayee = defineCommand(updatePayeeSchema, async (input, ctx): Promise<SavedPayee> => {
  ctx.authorizeRoyalty("payees.manage");
  return ctx.db.transaction(async (tx) => {
    const payee = await payeeForUpdate(tx, input);
    const before = publicFields(payee);
    const after: PublicFields = { name: input.name, penNames: input.penNames, phone: input.phone, kind: input.kind, active: input.active };
    const changed = (Object.keys(after) as (keyof PublicFields)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    if (changed.length === 0) return { id: payee.id, name: payee.name, changed: false, payee: before };
    await tx
      .update(payees)
      .set({ ...after, penNameKeys: after.penNames.map(penNameKey), updatedAt: new Date() })
      .where(eq(payees.id, payee.id));
    await audit(tx, ctx, "payee.update", payee.id, {
      name: after.name,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    });
    return { id: payee.id, name: after.name, changed: true, payee: after };
  });
});

export type ReadDetails = { payeeId: number | null; name: string; details: PayeeDetails };

/**
 * Xem thông tin thanh toán: opens one payee's details for kế toán or an admin, and records that
 * they did. An account without a payee row has nothing sealed yet: nothing is read or recorded.
 */
export const readPayeeDetails = defineCommand(payeeRefSchema, async (input, ctx): Promise<ReadDetails> => {
  ctx.authorizeRoyalty("payees.details");
  return ctx.db.transaction(async (tx) => {
    const [payee] = await tx
      .select()
      .from(payees)
      .where(input.id !== undefined ? eq(payees.id, input.id) : eq(payees.userId, input.userId!));
    if (!payee) {
      if (input.userId === undefined) throw notFound();
      const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.userId));
      if (!user) throw refuse("not_found", "payees.refusals.accountNotFound");
      return { payeeId: null, name: user.name, details: openPayeeDetails("") };
    }
    const details = openPayeeDetails(payee.sealedDetails);
    await audit(tx, ctx, "payee.details_read", payee.id, { name: payee.name });
    return { payeeId: payee.id, name: payee.name, details };
  });
});

export type SavedDetails = { payeeId: number; name: string; changed: boolean; details: PayeeDetails };

/** Saves the details typed (an empty field clears it); the audit row names the fields changed, never their values. */
export const updatePayeeDetails = defineCommand(updatePayeeDetailsSchema, async (input, ctx): Promise<SavedDetails> => {
  ctx.authorizeRoyalty("payees.details");
  return ctx.db.transaction(async (tx) => {
    const payee = await payeeForUpdate(tx, input);
    const before = openPayeeDetails(payee.sealedDetails);
    const after: PayeeDetails = { identityNumber: input.identityNumber, bank: input.bank, accountNumber: input.accountNumber, taxCode: input.taxCode };
    const fields = changedDetailKeys(before, after);
    if (fields.length === 0) return { payeeId: payee.id, name: payee.name, changed: false, details: before };
    await tx
      .update(payees)
      .set({ sealedDetails: sealPayeeDetails(after), updatedAt: new Date() })
      .where(eq(payees.id, payee.id));
    await audit(tx, ctx, "payee.details_update", payee.id, { name: payee.name, fields });
    return { payeeId: payee.id, name: payee.name, changed: true, details: after };
  });
});
