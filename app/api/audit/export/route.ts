// The audit trail as a CSV download, with the same filters as the Nhật ký page. Admins only: the
// policy is asked (and the export recorded) before a single row is read. Rows are streamed
// slice by slice, so a long export never sits whole in memory.
import { route, RouteError, unwrap } from "@/lib/actions/route";
import { clientAddress } from "@/lib/auth/request";
import { recordAuditExport } from "@/lib/audit/commands";
import { auditCsvHeader, auditCsvRow, csvBom, csvLine } from "@/lib/audit/csv";
import { parseAuditParams } from "@/lib/audit/filters";
import { exportAuditEntries } from "@/lib/audit/queries";
import { vnIsoDate } from "@/lib/audit/time";
import { phrase } from "@/lib/i18n/phrase";

const noStore = { "Cache-Control": "no-store" };

export const GET = route("audit.view", {}, async ({ request, db: database, actor }) => {
  // The filters repeat a parameter name at times, so they are read from the URL's own parameters.
  const parsed = parseAuditParams(request.nextUrl.searchParams);
  if (!parsed.success) throw new RouteError(parsed.error.issues[0]?.message ?? phrase("validation.invalidParameter"), "invalid");
  unwrap(await recordAuditExport(database, actor, { filters: parsed.data, address: clientAddress(request.headers) }));

  const { page: _page, ...filters } = parsed.data;
  const now = new Date();
  const slices = exportAuditEntries(database, actor, filters, { now });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvBom + csvLine(auditCsvHeader)));
    },
    async pull(controller) {
      try {
        const next = await slices.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(auditCsvRow).join("")));
      } catch (error) {
        console.error(error);
        controller.error(error);
      }
    },
    async cancel() {
      await slices.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="nhat-ky-${vnIsoDate(now)}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
