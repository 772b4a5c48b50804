// The filters of the audit trail as they travel in a URL (GET form, pagination links and the CSV
// link share one spelling), checked with zod on the page and in the export route alike.
import { z } from "zod";
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
  z.preprocess(blankToUndefined, z.string().refine((s) => parseIsoDate(s) !== null, message).optional());

export const auditFiltersSchema = z
  .object({
    personId: id("Người thực hiện không hợp lệ."),
    storyId: id("Mã bài phải là một số nguyên dương."),
    action: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(100, "Thao tác không hợp lệ.")
        .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]*)*$/, "Thao tác không hợp lệ.")
        .optional(),
    ),
    from: isoDate("Từ ngày không hợp lệ."),
    to: isoDate("Đến ngày không hợp lệ."),
    page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
  })
  // ISO dates compare correctly as strings.
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "Đến ngày phải bằng hoặc sau Từ ngày.", path: ["to"] });

export type ParsedAuditParams = z.output<typeof auditFiltersSchema>;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: RawParams, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Parses the URL's filters; the result says which field was wrong, in Vietnamese. */
export function parseAuditParams(params: RawParams) {
  return auditFiltersSchema.safeParse(
    Object.fromEntries(Object.entries(auditParamNames).map(([key, name]) => [key, read(params, name)])),
  );
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
