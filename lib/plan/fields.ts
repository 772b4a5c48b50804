// The plan's typed fields, read the same way by every command: text normalised and trimmed with
// its limit, a required note, a calendar day, a deadline that is still ahead.
import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import { phrase, zodMessage, type CatalogueKey } from "@/lib/i18n/phrase";
import { normalizeText } from "@/lib/text/normalize";

type FieldKey = keyof Messages["plan"]["fields"];

const clean = z.string().transform((s) => normalizeText(s).trim());

/** Optional text of at most `max` characters. */
export const planText = (field: FieldKey, max: number) =>
  clean.pipe(z.string().max(max, zodMessage("validation.tooLong", { field: phrase(`plan.fields.${field}`), max })));

/** Text that must be given (a title, a reason). */
export const requiredText = (field: FieldKey, max: number, required: CatalogueKey) =>
  clean.pipe(
    z
      .string()
      .min(1, zodMessage(required))
      .max(max, zodMessage("validation.tooLong", { field: phrase(`plan.fields.${field}`), max })),
  );

export const reasonText = requiredText("reason", 4000, "plan.validation.reasonRequired");

export const planIdSchema = z.number().int().positive();
export const planVersionSchema = z.number().int().positive();

/** A calendar day, yyyy-mm-dd (the form's day-first field gives this), or null when none. */
export const plannedDaySchema = z
  .string()
  .trim()
  .transform((s) => (s === "" ? null : s))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, zodMessage("plan.validation.plannedFor"))
      .refine(
        (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
        zodMessage("plan.validation.plannedFor"),
      )
      .nullable(),
  )
  .nullable();

/** A deadline: an instant with its offset (the form sends the paper's time as UTC), still ahead, within a year. */
export const deadlineSchema = z.iso
  .datetime({ offset: true, message: zodMessage("plan.validation.deadlineInvalid") })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() > Date.now(), zodMessage("plan.validation.deadlinePast"))
  .refine((d) => d.getTime() < Date.now() + 366 * 86_400_000, zodMessage("plan.validation.deadlineTooFar"));
