// The audit trail as a CSV download, with the same filters as the Nhật ký page. Admins only: the
// policy is asked (and the export recorded) before a single row is read. Rows are streamed
// slice by slice, so a long export never sits whole in memory.
import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/request";
import { recordAuditExport } from "@/lib/audit/commands";
import { auditCsvHeader, auditCsvRow, csvBom, csvLine } from "@/lib/audit/csv";
import { parseAuditParams } from "@/lib/audit/filters";
import { exportAuditEntries } from "@/lib/audit/queries";
import { vnIsoDate } from "@/lib/audit/time";
import { can } from "@/lib/policy/policy";

const noStore = { "Cache-Control": "no-store" };
const httpStatus: Record<string, number> = { unauthenticated: 401, forbidden: 403, invalid: 400 };

function refuse(error: string, status: number) {
  return NextResponse.json({ error }, { status, headers: noStore });
}

export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return refuse("Bạn cần đăng nhập lại.", 401);
  // The policy's answer before the parameters', so that a refused person learns nothing more.
  if (!can(actor, "audit.view")) return refuse("Bạn không có quyền xem nhật ký.", 403);
  const parsed = parseAuditParams(request.nextUrl.searchParams);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? "Tham số không hợp lệ.", 400);

  const database = await db();
  const recorded = await recordAuditExport(database, actor, { filters: parsed.data, address: clientAddress(request.headers) });
  if (!recorded.ok) return refuse(recorded.error, httpStatus[recorded.code] ?? 500);

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
}
