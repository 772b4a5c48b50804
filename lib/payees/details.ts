// A payee's payment details: identity number (CCCD), bank, account number and tax code (MST). They
// are kept sealed in payees.sealedDetails (lib/server/sealed.ts, purpose "payee-details"), opened
// only by the commands of kế toán and admins (lib/payees/commands.ts), which audit each read and
// change. Never log them, never put them in a list or any export but the accountant's.
import { z } from "zod";
import { zodMessage } from "@/lib/i18n/phrase";
import { open, seal } from "@/lib/server/sealed";
import { collapseSpaces, normalizeText } from "@/lib/text/normalize";

export const payeeDetailKeys = ["identityNumber", "bank", "accountNumber", "taxCode"] as const;
export type PayeeDetailKey = (typeof payeeDetailKeys)[number];
export type PayeeDetails = Record<PayeeDetailKey, string>;

export const emptyPayeeDetails: PayeeDetails = { identityNumber: "", bank: "", accountNumber: "", taxCode: "" };

/** Digits and letters as typed, without the spaces, dots and dashes people group them with. */
const compact = (s: string) =>
  normalizeText(s)
    .replace(/[\s.\-–]+/g, "")
    .toUpperCase();

export const payeeDetailFields = {
  // CCCD: 12 digits; the old CMND: 9.
  identityNumber: z
    .string()
    .max(60)
    .transform(compact)
    .pipe(z.string().regex(/^(?:\d{9}|\d{12})?$/, zodMessage("payees.validation.identityNumber"))),
  bank: z
    .string()
    .max(400)
    .transform((s) => collapseSpaces(normalizeText(s)).trim())
    .pipe(z.string().max(160, zodMessage("payees.validation.bank"))),
  accountNumber: z
    .string()
    .max(80)
    .transform(compact)
    .pipe(z.string().regex(/^(?:[0-9A-Z]{4,30})?$/, zodMessage("payees.validation.accountNumber"))),
  // MST: 10 digits, a branch's 10-3, or (for individuals since 7/2025) the 12 digits of the CCCD.
  taxCode: z
    .string()
    .max(60)
    .transform((s) => normalizeText(s).replace(/\s+/g, "").replace(/–/g, "-"))
    .pipe(z.string().regex(/^(?:\d{10}|\d{10}-\d{3}|\d{12})?$/, zodMessage("payees.validation.taxCode"))),
} satisfies Record<PayeeDetailKey, z.ZodType>;

const storedSchema = z.object({
  identityNumber: z.string().catch(""),
  bank: z.string().catch(""),
  accountNumber: z.string().catch(""),
  taxCode: z.string().catch(""),
});

const isEmpty = (details: PayeeDetails) => payeeDetailKeys.every((key) => details[key] === "");

/** The sealed column's value: "" when there is nothing to keep. */
export function sealPayeeDetails(details: PayeeDetails): string {
  if (isEmpty(details)) return "";
  const kept = Object.fromEntries(payeeDetailKeys.map((key) => [key, details[key]]));
  return seal(JSON.stringify(kept), "payee-details");
}

/** What sealPayeeDetails sealed; throws when the value was changed or sealed under another AUTH_SECRET. */
export function openPayeeDetails(sealed: string): PayeeDetails {
  if (!sealed) return { ...emptyPayeeDetails };
  return storedSchema.parse(JSON.parse(open(sealed, "payee-details")));
}

/** The fields that differ, by name only: what the audit trail may say of a change. */
export const changedDetailKeys = (before: PayeeDetails, after: PayeeDetails): PayeeDetailKey[] => payeeDetailKeys.filter((key) => before[key] !== after[key]);
