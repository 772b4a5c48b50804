// Tải bảng nhuận bút: a month's (?thang=2026-12) or a year's (?nam=2026) royalty sheet as .xlsx.
// The policy (royalty.export, on each month in its state) is asked and the export recorded before a
// single line is read; the workbook is then streamed as it is written, so a year's sheet never sits
// whole in memory.
import { PassThrough, Readable } from "node:stream";
import { z } from "zod";
import { route, unwrap } from "@/lib/actions/route";
import { zodMessage } from "@/lib/i18n/phrase";
import { authorizeRoyaltyExport, loadRoyaltySheet, sheetFileName, writeRoyaltyWorkbook, type SheetScope } from "@/lib/royalties/export-xlsx";
import { monthPattern } from "@/lib/royalties/months";

export const dynamic = "force-dynamic";

const period = zodMessage("royaltyMonth.invalidPeriod");
const query = z.union([z.strictObject({ thang: z.string().regex(monthPattern, period) }), z.strictObject({ nam: z.string().regex(/^20\d\d$/, period) })], {
  error: period,
});

export const GET = route("newsroom.enter", { query }, async ({ query, db, actor }) => {
  const scope: SheetScope = "thang" in query ? { month: query.thang } : { year: Number(query.nam) };
  unwrap(await authorizeRoyaltyExport(db, actor, { scope }));
  const sheet = await loadRoyaltySheet(db, scope);
  const body = new PassThrough();
  writeRoyaltyWorkbook(sheet, body).catch((error: unknown) => {
    console.error(error);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${sheetFileName(scope)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
