// A refusal's errors by field, for the plan's client forms: zod's, plus the one field a command's
// own refusal names (details.field). Client-safe: the same as lib/actions/command's fieldErrorsOf.
import type { CommandResult } from "@/lib/actions/command";

export function refusalFields(result: Extract<CommandResult<unknown>, { ok: false }>): Record<string, string> {
  const field = typeof result.details?.field === "string" ? result.details.field : undefined;
  return field ? { ...result.fieldErrors, [field]: result.error } : { ...result.fieldErrors };
}
