// Tải CSV: Chỉ số của ban, per ISO week and desk, for the desks the board shows (?ban=<id>|tat-ca;
// none: the person's own desks, else the paper) and the last weeks (?tuan=8, at most a year).
import { z } from "zod";
import { route, RouteError } from "@/lib/actions/route";
import { vnIsoDate } from "@/lib/audit/time";
import { phrase } from "@/lib/i18n/phrase";
import { boardDeskIds } from "@/lib/plan/board";
import { readBoardParams } from "@/lib/plan/board-params";
import { defaultMeasureWeeks, listPlanMeasures, measuresCsv } from "@/lib/plan/measures";
import { canPlan } from "@/lib/policy/policy";
import { loadSettings } from "@/lib/settings/settings";

export const dynamic = "force-dynamic";

const query = z.strictObject({
  ban: z
    .string()
    .regex(/^(tat-ca|[1-9]\d{0,9})$/)
    .optional(),
  tuan: z.coerce.number().int().min(1).max(53).optional(),
});

export const GET = route("newsroom.enter", { query }, async ({ query, db, actor }) => {
  if (!canPlan(actor, "plan.view")) throw new RouteError(phrase("refusals.forbiddenShort"), "forbidden");
  const { timeZone } = await loadSettings(db);
  const now = new Date();
  const deskIds = boardDeskIds(actor, readBoardParams({ ban: query.ban }).desk);
  const measures = await listPlanMeasures(db, actor, { deskIds, weeks: query.tuan ?? defaultMeasureWeeks, timeZone, now });
  return new Response(measuresCsv(measures), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="chi-so-ke-hoach-${vnIsoDate(now)}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
