// The royalty sheet the accountant pays from (Bảng thanh toán nhuận bút), as an .xlsx written with
// exceljs' streaming writer, in the layout accountants use: a title block, then STT, Họ và tên, Bút
// danh, Tên tác phẩm, Ngày đăng, Chuyên mục, Loại, Hệ số, Thành tiền, Thuế TNCN, Thực lĩnh, Ký
// nhận; one sheet for staff and one for collaborators; each person's lines, a subtotal row to sign
// on, a total row per sheet and the signatures. A year's sheet adds a Tháng column.
//
// Every text cell is written as a string value (never `{ formula }`): a title "=HYPERLINK(…)" or a
// pen name "+84…" is stored as text, which spreadsheet programs never evaluate. Amounts are whole
// đồng as numbers (#,##0, shown with the reader's separators: 1.404.000 in a Vietnamese Excel),
// grades as numbers (0.##), publication days as real dates (dd/mm/yyyy) of the paper's zone.
// The sheet is always in Vietnamese, whoever downloads it.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { royaltyMonths } from "@/db/schema";
import { defineCommand } from "@/lib/actions/command";
import { recordAudit } from "@/lib/audit/record";
import { translator } from "@/lib/i18n/translator";
import {
  draftNotice,
  monthsOf,
  sheetDate,
  sheetScopeSchema,
  sheetTitle,
  taxRuleWords,
  workCell,
  type RoyaltySheet,
  type SheetScope,
} from "./export-xlsx-sheet";
import { monthLabel } from "./format";
import type { Month } from "./months";

export { loadRoyaltySheet, type RoyaltySheet, type SheetScope } from "./export-xlsx-sheet";

const exportInput = z.strictObject({ scope: sheetScopeSchema, format: z.enum(["xlsx"]).default("xlsx") });

/**
 * Asks the policy (royalty.export on every month the sheet covers, in its state) and records the
 * export, before a single line is read.
 */
export const authorizeRoyaltyExport = defineCommand(exportInput, async ({ scope, format }, ctx): Promise<{ months: Month[] }> => {
  const months = monthsOf(scope);
  const rows = await ctx.db
    .select({ month: royaltyMonths.month, status: royaltyMonths.status })
    .from(royaltyMonths)
    .where(inArray(royaltyMonths.month, months));
  const status = new Map(rows.map((r) => [r.month, r.status]));
  for (const month of months) ctx.authorizeRoyalty("royalty.export", { month: status.get(month) ?? "open" });
  await recordAudit(ctx.db, {
    actorId: ctx.actor.id,
    action: "royalty.export",
    entityType: "royalty_month",
    entityId: "month" in scope ? scope.month : String(scope.year),
    data: "month" in scope ? { month: scope.month, format } : { month: String(scope.year), year: scope.year, format },
  });
  return { months };
});

/** The file's name: nhuan-but-2026-12.xlsx, nhuan-but-2026.xlsx. */
export const sheetFileName = (scope: SheetScope) => `nhuan-but-${"month" in scope ? scope.month : scope.year}.xlsx`;

const words = () => translator("vi", "royaltyExport");

// ——— the workbook ———

type ColumnKey = "index" | "name" | "penName" | "month" | "work" | "date" | "section" | "kind" | "grade" | "amount" | "tax" | "net" | "signature";
const widths: Record<ColumnKey, number> = {
  index: 5,
  name: 22,
  penName: 15,
  month: 9,
  work: 46,
  date: 11,
  section: 15,
  kind: 12,
  grade: 7,
  amount: 13,
  tax: 12,
  net: 13,
  signature: 13,
};
const money = "#,##0";
const font = { name: "Times New Roman", size: 11 } as const;
const thin = { style: "thin" } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };
const headFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E5E4" } };
const subtotalFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF5F5F4" } };

type Style = Partial<ExcelJS.Style>;

function lineStyles(): Record<ColumnKey, Style> & { fraction: Style } {
  const top = (wrapText: boolean, horizontal?: "center"): Style => ({
    font,
    border,
    alignment: { vertical: "top", wrapText, ...(horizontal ? { horizontal } : {}) },
  });
  const amount: Style = { ...top(false), numFmt: money };
  return {
    index: top(false, "center"),
    name: top(true),
    penName: top(false),
    month: top(false, "center"),
    work: top(true),
    date: { ...top(false, "center"), numFmt: "dd/mm/yyyy" },
    section: top(true),
    kind: top(false),
    // A whole grade shows without a decimal separator ("3", not "3."), a fraction with it ("2,5").
    grade: { ...top(false), numFmt: "0" },
    fraction: { ...top(false), numFmt: "0.##" },
    amount,
    tax: amount,
    net: amount,
    signature: top(false),
  };
}

function sumStyles(): (key: ColumnKey) => Style {
  const plain: Style = { font: { ...font, bold: true }, border, fill: subtotalFill, alignment: { vertical: "middle" } };
  const name: Style = { ...plain, alignment: { vertical: "middle", wrapText: true } };
  const amount: Style = { ...plain, numFmt: money };
  return (key) => (key === "amount" || key === "tax" || key === "net" ? amount : key === "name" ? name : plain);
}

/** A text cell's value: always a plain string, whatever it starts with (= + - @ tab CR). */
const text = (value: string): string => String(value);

/**
 * Writes the workbook to `output` (a file, a response body) and resolves when it is complete. Rows
 * are committed one by one, so a year's sheet never sits whole in memory.
 */
export async function writeRoyaltyWorkbook(sheet: RoyaltySheet, output: Writable): Promise<void> {
  const t = words();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true });
  workbook.creator = "Tòa soạn";
  workbook.title = sheetTitle(sheet);
  const yearly = "year" in sheet.scope;
  const columns: ColumnKey[] = [
    "index",
    "name",
    "penName",
    ...(yearly ? (["month"] as const) : []),
    "work",
    "date",
    "section",
    "kind",
    "grade",
    "amount",
    "tax",
    "net",
    "signature",
  ];
  const col = (key: ColumnKey) => columns.indexOf(key) + 1;
  const letter = (key: ColumnKey) => String.fromCharCode(64 + col(key));
  const last = letter("signature");
  const draft = draftNotice(sheet);

  for (const [name, people] of [
    [t("sheetStaff"), sheet.staff],
    [t("sheetCollaborators"), sheet.collaborators],
  ] as const) {
    const headerRow = 6;
    const ws = workbook.addWorksheet(name, {
      views: [{ state: "frozen", ySplit: headerRow, showGridLines: false }],
      pageSetup: {
        paperSize: 9, // A4
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        printTitlesRow: `${headerRow}:${headerRow}`,
      },
      headerFooter: { oddFooter: `&C${t("footer")}` },
    });
    ws.columns = columns.map((key) => ({ key, width: widths[key] }));

    // The title block: the paper, the sheet's title, who it is for, draft or not, the tax rule.
    const block = (row: number, value: string, style: Partial<ExcelJS.Style>, to = last) => {
      ws.mergeCells(`A${row}:${to}${row}`);
      const cell = ws.getCell(`A${row}`);
      cell.value = value ? text(value) : null;
      cell.style = { font: { ...font, ...style.font }, alignment: style.alignment ?? { horizontal: "center" } };
    };
    block(1, sheet.paperName.toLocaleUpperCase("vi"), { font: { ...font, bold: true }, alignment: { horizontal: "left" } }, letter("work"));
    block(2, sheetTitle(sheet), { font: { ...font, bold: true, size: 14 } });
    block(3, name, { font: { ...font, bold: true, size: 12 } });
    block(4, draft ?? "", { font: { ...font, bold: true, color: { argb: "FFB91C1C" } } });
    block(5, taxRuleWords(sheet), { font: { ...font, italic: true, size: 10 } });
    for (let r = 1; r <= 5; r++) ws.getRow(r).commit();

    const head = ws.getRow(headerRow);
    columns.forEach((key, i) => {
      const cell = head.getCell(i + 1);
      cell.value = text(t(`columns.${key}`));
      cell.style = { font: { ...font, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border, fill: headFill };
    });
    head.height = 30;
    head.commit();

    // One style object per kind of cell, shared by every cell of that kind: exceljs recognises a
    // style it has seen (by identity) instead of serialising it again for each of 50,000 cells.
    const lineStyle = lineStyles();
    const sumStyle = sumStyles();
    const sumRow = (label: string, count: string, amounts: { amount: number; tax: number; net: number }) => {
      const row = ws.addRow({});
      columns.forEach((key, i) => (row.getCell(i + 1).style = sumStyle(key)));
      row.getCell(col("name")).value = text(label);
      row.getCell(col("work")).value = text(count);
      row.getCell(col("amount")).value = amounts.amount;
      row.getCell(col("tax")).value = amounts.tax;
      row.getCell(col("net")).value = amounts.net;
      row.height = 28; // room to sign
      row.commit();
      return row.number;
    };

    let index = 0;
    for (const person of people) {
      for (const line of person.lines) {
        index += 1;
        const values: Record<ColumnKey, ExcelJS.CellValue> = {
          index,
          name: text(person.name),
          penName: text(person.penNames.join(", ")),
          month: text(monthLabel(line.month)),
          work: text(workCell(line)),
          date: sheetDate(line.publishedAt, sheet.timeZone),
          section: text(line.sectionName ?? t("noSection")),
          kind: text(line.kindName),
          grade: line.gradeHundredths / 100,
          amount: line.amount,
          tax: line.tax,
          net: line.net,
          signature: null,
        };
        const row = ws.addRow({});
        columns.forEach((key, i) => {
          const cell = row.getCell(i + 1);
          cell.value = values[key];
          cell.style = key === "grade" && line.gradeHundredths % 100 !== 0 ? lineStyle.fraction : lineStyle[key];
        });
        row.commit();
        // Let the zip take what was written (and other requests run) before the next rows: written
        // in one go, a year's XML would wait whole in memory and hold the server for seconds.
        if (index % 250 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      sumRow(t("subtotal", { name: person.name }), t("works", { count: person.lines.length }), person);
    }
    if (!people.length) {
      const row = ws.addRow({});
      row.getCell(col("work")).value = text(t("noLines"));
      row.getCell(col("work")).style = { font: { ...font, italic: true } };
      row.commit();
    }
    const total = people.reduce((s, p) => ({ amount: s.amount + p.amount, tax: s.tax + p.tax, net: s.net + p.net }), { amount: 0, tax: 0, net: 0 });
    const totalRow = sumRow(t("total"), `${t("totalPeople", { count: people.length })}, ${t("works", { count: index })}`, total);

    // Signatures: the date line, then who signs, each over a few columns.
    const signStart = totalRow + 2;
    const at = (row: number, from: ColumnKey, to: ColumnKey, value: string, style: Partial<ExcelJS.Font>) => {
      ws.mergeCells(`${letter(from)}${row}:${letter(to)}${row}`);
      const cell = ws.getCell(`${letter(from)}${row}`);
      cell.value = text(value);
      cell.style = { font: { ...font, ...style }, alignment: { horizontal: "center" } };
    };
    at(signStart, "amount", "signature", t("dateLine"), { italic: true });
    const signers: [ColumnKey, ColumnKey, "preparer" | "chiefAccountant" | "editorInChief"][] = [
      ["name", "penName", "preparer"],
      ["date", "kind", "chiefAccountant"],
      ["amount", "signature", "editorInChief"],
    ];
    for (const [from, to, who] of signers) {
      at(signStart + 1, from, to, t(`signers.${who}`), { bold: true });
      at(signStart + 2, from, to, t("signHint"), { italic: true, size: 10 });
    }
    for (let r = signStart; r <= signStart + 2; r++) ws.getRow(r).commit();
    ws.commit();
  }
  await workbook.commit();
}
