// Reading the audit trail is itself recorded when it leaves the building: an export of who did
// what is a copy of personal data, and the next admin should see who took one.
import { z } from "zod";
import { defineCommand } from "@/lib/actions/command";
import { auditFiltersSchema } from "./filters";
import { recordAudit } from "@/lib/audit/record";

const exportSchema = z.object({
  filters: auditFiltersSchema,
  address: z.string().max(100).optional(),
});

/** Asks the policy for "audit.view" and records the export with its filters. */
export const recordAuditExport = defineCommand(exportSchema, async (input, ctx): Promise<void> => {
  ctx.authorize("audit.view");
  await recordAudit(ctx.db, {
    actorId: ctx.actor.id,
    action: "audit.export",
    entityType: "system",
    // Only the filters that were set; the page number means nothing to an export.
    data: Object.fromEntries(Object.entries(input.filters).filter(([key, value]) => key !== "page" && value !== undefined)),
    address: input.address ?? null,
  });
});
