// The filters of the audit trail as they travel in a URL (GET form, pagination links and the CSV
// link share one spelling), checked with zod on the page and in the export route alike.
import { z } from "zod";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { say, zodMessage } from "@/lib/i18n/phrase";
import { zodErrorMap } from "@/lib/validation";
import { parseIsoDate } from "./time";

/** Who did it, to which story, which action (exact "user.role" or a prefix "user."), and when. */
export type AuditFilters = {
  personId?: number;
  storyId?: number;
  action?: string;
  /** Vietnamese calendar days, "YYYY-MM-DD", both included. */
  from?: string;
  to?: string;
};

/** URL parameter names: the Vietnamese words of the filter form. */
export const auditParamNames = {
  personId: "nguoi",
  storyId: "bai",
  action: "thao-tac",
  from: "tu-ngay",
  to: "den-ngay",
  page: "trang",
} as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);

const id = (message: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ message }).int(message).positive(message).max(2_147_483_647, message).optional());

const isoDate = (message: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((s) => parseIsoDate(s) !== null, message)
      .optional(),
  );

export const auditFiltersSchema = z
  .object({
    personId: id(zodMessage("validation.audit.person")),
    storyId: id(zodMessage("validation.audit.story")),
    action: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(100, zodMessage("validation.audit.action"))
        .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]*)*$/, zodMessage("validation.audit.action"))
        .optional(),
    ),
    from: isoDate(zodMessage("validation.audit.from")),
    to: isoDate(zodMessage("validation.audit.to")),
    page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
  })
  // ISO dates compare correctly as strings.
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: zodMessage("validation.audit.order"), path: ["to"] });

export type ParsedAuditParams = z.output<typeof auditFiltersSchema>;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: RawParams, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Parses the URL's filters; the result's issues say which field was wrong, in the reader's language. */
export function parseAuditParams(params: RawParams, locale: Locale = defaultLocale) {
  const parsed = auditFiltersSchema.safeParse(Object.fromEntries(Object.entries(auditParamNames).map(([key, name]) => [key, read(params, name)])), {
    error: zodErrorMap(locale),
  });
  // The schema's messages are phrases: said here, so a page shows the issue's message as it is.
  if (!parsed.success) for (const issue of parsed.error.issues) (issue as { message: string }).message = say(locale, issue.message);
  return parsed;
}

/** The same filters back as URL parameters, for pagination links and the CSV link. */
export function auditSearchParams(filters: AuditFilters, page?: number): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.personId) out.set(auditParamNames.personId, String(filters.personId));
  if (filters.storyId) out.set(auditParamNames.storyId, String(filters.storyId));
  if (filters.action) out.set(auditParamNames.action, filters.action);
  if (filters.from) out.set(auditParamNames.from, filters.from);
  if (filters.to) out.set(auditParamNames.to, filters.to);
  if (page && page > 1) out.set(auditParamNames.page, String(page));
  return out;
}
