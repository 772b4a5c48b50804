// The royalty sheet, built from a month graded on a real database (staff, a collaborator, a split
// work, a photo, thù lao, a title that looks like a formula, an adjustment after closing), exported,
// read back with exceljs and compared cell by cell: values, types, number formats, subtotals and
// totals that add up to the lines, the tax rule of each month, and no formula anywhere in the file.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { and, eq, sql } from "drizzle-orm";
import yauzl from "yauzl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { auditLog, media, payees, royaltyLines, type Story } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { authorizeRoyaltyExport, loadRoyaltySheet, writeRoyaltyWorkbook, type SheetScope } from "./export-xlsx";
import { gradeWork } from "./grading";
import { approveMonth, closeMonth } from "./month";
import { monthOf } from "./months";
import { penNameKey } from "./payees";
import { defaultRoyaltySettings, storeRoyaltySettings } from "./settings";

let handle: DatabaseHandle;
let grader: Actor;
let approver: Actor;
let accountant: Actor;
let reporter: Actor;
let second: Actor;
let editor: Actor;
let collaboratorId: number;
let formulaStory: Story;
let collaboratorStory: Story;
let adjustmentMonth: string;

const month = "2025-10";
const october = (day: number) => new Date(Date.UTC(2025, 9, day, 3));
const formulaTitle = '=HYPERLINK("http://evil.example/x","Bấm vào đây")';
const formulaPenName = "+84 912 345 678";
const columns = ["STT", "Họ và tên", "Bút danh", "Tên tác phẩm", "Ngày đăng", "Chuyên mục", "Loại", "Hệ số", "Thành tiền", "Thuế TNCN", "Thực lĩnh", "Ký nhận"];

async function exportBook(scope: SheetScope): Promise<{ book: ExcelJS.Workbook; bytes: Buffer }> {
  const sheet = await loadRoyaltySheet(handle.db, scope);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeRoyaltyWorkbook(sheet, out);
  const bytes = Buffer.concat(chunks);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { book, bytes };
}

/** Every XML part of the file, as text. */
async function xmlParts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const parts = new Map<string, string>();
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    parts.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
  }
  zip.close();
  return parts;
}

type Row = { number: number; values: (ExcelJS.CellValue | undefined)[]; cells: ExcelJS.Cell[] };

/** The table's rows under the header (row 6), up to the total row. */
function tableRows(ws: ExcelJS.Worksheet): { lines: Row[]; subtotals: Row[]; total: Row; all: Row[] } {
  const all: Row[] = [];
  for (let r = 7; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = columns.map((_, i) => row.getCell(i + 1));
    all.push({ number: r, values: cells.map((c) => c.value ?? undefined), cells });
    if (cells[1]!.value === "Tổng cộng") break;
  }
  const total = all.at(-1)!;
  return {
    lines: all.filter((r) => typeof r.values[0] === "number"),
    subtotals: all.filter((r) => typeof r.values[1] === "string" && r.values[1].startsWith("Cộng: ")),
    total,
    all,
  };
}

async function photo(by: Actor): Promise<number> {
  const [row] = await handle.db
    .insert(media)
    .values({
      storageKey: `2025/10/${by.id}/original.jpg`,
      mimeType: "image/jpeg",
      originalName: "anh.jpg",
      size: 1000,
      width: 960,
      height: 640,
      uploadedById: by.id,
    })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  grader = { ...(await makePerson(handle.db, "chief_editor")), grants: ["royalty.grade"] };
  approver = { ...(await makePerson(handle.db, "chief_editor")), grants: ["royalty.approve"] };
  accountant = { ...(await makePerson(handle.db, "reporter")), grants: ["royalty.accounting"] };
  [reporter, second, editor] = await Promise.all([
    makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" }),
    makePerson(handle.db, "reporter", { name: "Trần Minh Đức", penName: "MINH ĐỨC" }),
    makePerson(handle.db, "editor", { name: "Lê Văn Biên", penName: "VĂN BIÊN" }),
  ]);
  const [collaborator] = await handle.db
    .insert(payees)
    .values({ kind: "collaborator", name: "Hoàng Thị Cộng", penNames: [formulaPenName], penNameKeys: [penNameKey(formulaPenName)] })
    .returning();
  collaboratorId = collaborator!.id;
  const [politics, economy] = [await makeSection(handle.db, { name: "Thời sự" }), await makeSection(handle.db, { name: "Kinh tế" })];

  // October 2025: three staff, one collaborator.
  formulaStory = await makeStory(handle.db, { status: "published", author: reporter, section: politics, title: formulaTitle, publishedAt: october(5) });
  const split = await makeStory(handle.db, {
    status: "published",
    author: reporter,
    section: economy,
    title: "Phóng sự: mùa hồng Bảo Lâm",
    publishedAt: october(12),
  });
  const cover = await photo(grader);
  collaboratorStory = await makeStory(handle.db, {
    status: "published",
    author: second,
    section: politics,
    title: "Tin vùng biên",
    publishedAt: october(20),
    coverMediaId: cover,
  });
  const long = await makeStory(handle.db, {
    status: "unpublished",
    author: second,
    section: null,
    title: "Bài đã gỡ vẫn giữ nhuận bút",
    publishedAt: october(28),
  });
  const grade = async (input: Parameters<typeof gradeWork>[2]) => expect(await gradeWork(handle.db, grader, input)).toMatchObject({ ok: true });
  await grade({ storyId: formulaStory.id, kindCode: "bai", grade: "6", authors: [{ person: { userId: reporter.id }, share: 100 }] });
  await grade({
    storyId: split.id,
    kindCode: "phong_su",
    grade: "12,5",
    authors: [
      { person: { userId: reporter.id }, share: 67 },
      { person: { userId: second.id }, share: 33 },
    ],
    remuneration: [{ person: { userId: editor.id }, kindCode: "bien_tap", grade: "1,5", note: "Biên tập kỳ 1" }],
  });
  await grade({
    storyId: collaboratorStory.id,
    kindCode: "tin",
    grade: "2,5",
    authors: [{ person: { payeeId: collaboratorId }, share: 100 }],
    photos: [{ mediaId: cover, person: { payeeId: collaboratorId }, grade: "3" }],
  });
  await grade({ storyId: long.id, kindCode: "bai", grade: "6", authors: [{ person: { payeeId: collaboratorId }, share: 100 }] });

  // Approved and closed at 10 % from 2.000.000 đ, staff not withheld (the defaults)…
  expect(await approveMonth(handle.db, approver, { month })).toMatchObject({ ok: true });
  expect(await closeMonth(handle.db, approver, { month })).toMatchObject({ ok: true });
  // …then the rule changes: the closed month keeps its own, the open month takes the new one.
  await storeRoyaltySettings(handle.db, { ...defaultRoyaltySettings, taxRate: 500, taxThreshold: 1_000_000, taxStaff: true }, approver.id);
  // Late changes: adjustments in the open month, each pointing at the October line.
  const late = await gradeWork(handle.db, grader, {
    storyId: collaboratorStory.id,
    kindCode: "tin",
    grade: "10",
    authors: [{ person: { payeeId: collaboratorId }, share: 100 }],
    photos: [{ mediaId: cover, person: { payeeId: collaboratorId }, grade: "3" }],
  });
  expect(late).toMatchObject({ ok: true, data: { adjusted: true } });
  adjustmentMonth = late.ok ? late.data.linesMonth : "";
  await grade({ storyId: formulaStory.id, kindCode: "bai", grade: "8", authors: [{ person: { userId: reporter.id }, share: 100 }] });
});
afterAll(async () => handle?.close());

describe("the month's sheet", () => {
  it("has the title block, a staff sheet and a collaborators' sheet with the accountants' columns, frozen, A4 landscape", async () => {
    const { book } = await exportBook({ month });
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Cán bộ, phóng viên", "Cộng tác viên"]);
    for (const ws of book.worksheets) {
      expect(ws.getCell("A1").value).toBe("BÁO BIÊN CƯƠNG");
      expect(ws.getCell("A2").value).toBe("BẢNG THANH TOÁN NHUẬN BÚT THÁNG 10/2025");
      expect(ws.getCell("A3").value).toBe(ws.name);
      expect(ws.getCell("A4").value).toBeNull(); // closed: no "Bản tạm"
      expect(ws.getCell("A5").value).toBe(
        "Thuế TNCN: khấu trừ 10% từng dòng khi tổng nhuận bút trong tháng của một người từ 2.000.000 đ trở lên; cán bộ, phóng viên không khấu trừ.",
      );
      expect(columns.map((_, i) => ws.getRow(6).getCell(i + 1).value)).toEqual(columns);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "6:6" });
      expect(ws.getColumn(4).width).toBeGreaterThan(30); // Tên tác phẩm
    }
  });

  it("writes each line cell by cell: numbers as numbers (#,##0), grades as numbers, days as dates, text as text", async () => {
    const { book } = await exportBook({ month });
    const staff = tableRows(book.getWorksheet("Cán bộ, phóng viên")!);
    // People in Vietnamese order of their names; each person's lines by publication day.
    expect(staff.lines.map((r) => r.values.slice(0, 4))).toEqual([
      [1, "Lê Văn Biên", "VĂN BIÊN", "Phóng sự: mùa hồng Bảo Lâm — Biên tập kỳ 1"],
      [2, "Nguyễn Thu Hà", "THU HÀ", formulaTitle],
      [3, "Nguyễn Thu Hà", "THU HÀ", "Phóng sự: mùa hồng Bảo Lâm — phần 67%"],
      [4, "Trần Minh Đức", "MINH ĐỨC", "Phóng sự: mùa hồng Bảo Lâm — phần 33%"],
    ]);
    expect(staff.lines.map((r) => r.values.slice(4, 12))).toEqual([
      [new Date(Date.UTC(2025, 9, 12)), "Kinh tế", "Biên tập", 1.5, 351_000, 0, 351_000, undefined],
      [new Date(Date.UTC(2025, 9, 5)), "Thời sự", "Bài", 6, 1_404_000, 0, 1_404_000, undefined],
      [new Date(Date.UTC(2025, 9, 12)), "Kinh tế", "Phóng sự", 12.5, 1_959_750, 0, 1_959_750, undefined],
      [new Date(Date.UTC(2025, 9, 12)), "Kinh tế", "Phóng sự", 12.5, 965_250, 0, 965_250, undefined],
    ]);
    const [line] = staff.lines;
    const types = line!.cells.map((c) => c.type);
    const V = ExcelJS.ValueType;
    expect(types).toEqual([V.Number, V.String, V.String, V.String, V.Date, V.String, V.String, V.Number, V.Number, V.Number, V.Number, V.Null]);
    expect(line!.cells.map((c) => c.numFmt ?? null)).toEqual([null, null, null, null, "dd/mm/yyyy", null, null, "0.##", "#,##0", "#,##0", "#,##0", null]);
    // A whole grade has no decimal separator to show ("6", not "6.").
    expect(staff.lines[1]!.cells[7]!.numFmt).toBe("0");
  });

  it("adds a subtotal per person and a total per sheet that are the sums of the lines, with tax by the month's rule", async () => {
    const { book } = await exportBook({ month });
    const staff = tableRows(book.getWorksheet("Cán bộ, phóng viên")!);
    const collaborators = tableRows(book.getWorksheet("Cộng tác viên")!);
    const money = (r: Row) => r.values.slice(8, 11) as number[];
    for (const sheet of [staff, collaborators]) {
      // Each subtotal is the sum of the lines above it since the previous subtotal.
      let sums = [0, 0, 0];
      for (const row of sheet.all.slice(0, -1)) {
        if (typeof row.values[0] === "number") sums = sums.map((s, i) => s + money(row)[i]!);
        else {
          expect(money(row), row.cells[1]!.text).toEqual(sums);
          expect(row.cells[8]!.numFmt).toBe("#,##0");
          sums = [0, 0, 0];
        }
      }
      const fromLines = sheet.lines.reduce((s, r) => s.map((v, i) => v + money(r)[i]!), [0, 0, 0]);
      expect(money(sheet.total)).toEqual(fromLines);
      for (const row of sheet.lines) expect(money(row)[2]).toBe(money(row)[0]! - money(row)[1]!);
    }
    expect(staff.subtotals.map((r) => [r.values[1], r.values[3]])).toEqual([
      ["Cộng: Lê Văn Biên", "1 dòng"],
      ["Cộng: Nguyễn Thu Hà", "2 dòng"],
      ["Cộng: Trần Minh Đức", "1 dòng"],
    ]);
    expect(staff.total.values[3]).toBe("3 người, 4 dòng");
    // Staff are not withheld in October (its rule, copied at closing), though Thu Hà's 3.363.750 đ passes the threshold.
    expect(money(staff.total)).toEqual([4_680_000, 0, 4_680_000]);
    // The collaborator passes 2.000.000 đ: every line withheld 10 %, rounded once per line.
    expect(collaborators.lines.map((r) => [r.values[2], r.values[6], r.values[7], ...money(r)])).toEqual([
      [formulaPenName, "Tin", 2.5, 585_000, 58_500, 526_500],
      [formulaPenName, "Ảnh", 3, 702_000, 70_200, 631_800],
      [formulaPenName, "Bài", 6, 1_404_000, 140_400, 1_263_600],
    ]);
    expect(collaborators.lines[2]!.values[5]).toBe("(Không chuyên mục)");
    expect(money(collaborators.total)).toEqual([2_691_000, 269_100, 2_421_900]);
    // The totals are the database's.
    const [db] = await handle.db
      .select({ total: sql<string>`sum(${royaltyLines.amount})::text` })
      .from(royaltyLines)
      .where(eq(royaltyLines.month, month));
    expect(Number(db!.total)).toBe(4_680_000 + 2_691_000);
  });

  it("stores a title like a formula and a pen name like a phone number as text: no formula anywhere in the file", async () => {
    const { book, bytes } = await exportBook({ month });
    for (const ws of book.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect([ExcelJS.ValueType.Formula, ExcelJS.ValueType.SharedString]).not.toContain(cell.type)));
    }
    const cell = tableRows(book.getWorksheet("Cán bộ, phóng viên")!).lines[1]!.cells[3]!;
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(formulaTitle);
    expect(tableRows(book.getWorksheet("Cộng tác viên")!).lines[0]!.cells[2]!.type).toBe(ExcelJS.ValueType.String);
    const parts = await xmlParts(bytes);
    const sheets = [...parts].filter(([name]) => name.startsWith("xl/worksheets/sheet"));
    expect(sheets).toHaveLength(2);
    for (const [name, xml] of sheets) {
      // No formula, and no formula's cached text (t="str"): text cells are shared strings (t="s").
      expect(xml, name).not.toMatch(/<f[\s>]/);
      expect(xml, name).not.toContain('t="str"');
      expect(xml, name).toContain('t="s"');
    }
    expect(parts.get("xl/sharedStrings.xml")).toContain("<t>=HYPERLINK(&quot;http://evil.example/x&quot;,&quot;Bấm vào đây&quot;)</t>");
    expect(parts.get("xl/sharedStrings.xml")).toContain(`<t>${formulaPenName}</t>`);
  });

  it("the open month holds the adjustments, says it is a draft, and taxes with today's rule", async () => {
    expect(adjustmentMonth).toBe(monthOf(new Date(), "Asia/Ho_Chi_Minh"));
    const { book } = await exportBook({ month: adjustmentMonth });
    const staff = book.getWorksheet("Cán bộ, phóng viên")!;
    expect(staff.getCell("A4").value).toBe("Bản tạm — tháng chưa chốt");
    expect(staff.getCell("A5").value).toBe("Thuế TNCN: khấu trừ 5% từng dòng khi tổng nhuận bút trong tháng của một người từ 1.000.000 đ trở lên.");
    const staffRows = tableRows(staff);
    // Thu Hà's bài from 6 to 8: +2 points, below this month's threshold, so nothing withheld though staff are now.
    expect(staffRows.lines.map((r) => r.values.slice(1, 11))).toEqual([
      ["Nguyễn Thu Hà", "THU HÀ", `${formulaTitle} — Điều chỉnh bài tháng 10/2025`, new Date(Date.UTC(2025, 9, 5)), "Thời sự", "Bài", 2, 468_000, 0, 468_000],
    ]);
    const collaborators = tableRows(book.getWorksheet("Cộng tác viên")!);
    // The tin from 2,5 to 10: +7,5 points = 1.755.000 đ, over 1.000.000 đ: withheld 5 %.
    expect(collaborators.lines.map((r) => [r.values[3], r.values[7], ...r.values.slice(8, 11)])).toEqual([
      ["Tin vùng biên — Điều chỉnh bài tháng 10/2025", 7.5, 1_755_000, 87_750, 1_667_250],
    ]);
  });

  it("a year's sheet covers every month's lines with a Tháng column, and is a draft while a month with lines is open", async () => {
    const { book } = await exportBook({ year: 2025 });
    const staff = book.getWorksheet("Cán bộ, phóng viên")!;
    expect(staff.getCell("A2").value).toBe("BẢNG THANH TOÁN NHUẬN BÚT NĂM 2025");
    expect(staff.getCell("A4").value).toBeNull(); // October, the year's only month with lines, is closed
    const header = Array.from({ length: 13 }, (_, i) => staff.getRow(6).getCell(i + 1).value);
    expect(header).toEqual([...columns.slice(0, 3), "Tháng", ...columns.slice(3)]);
    const collaborators = book.getWorksheet("Cộng tác viên")!;
    const lines: unknown[][] = [];
    for (let r = 7; r <= collaborators.rowCount; r++) {
      const row = collaborators.getRow(r);
      if (typeof row.getCell(1).value === "number") lines.push([row.getCell(4).value, row.getCell(10).value, row.getCell(11).value]);
    }
    expect(lines).toEqual([
      ["10/2025", 585_000, 58_500],
      ["10/2025", 702_000, 70_200],
      ["10/2025", 1_404_000, 140_400],
    ]);
    // The year of the adjustments: its open month makes the sheet a draft, and only that month is named.
    const adjustments = await exportBook({ year: Number(adjustmentMonth.slice(0, 4)) });
    const [year, month] = adjustmentMonth.split("-");
    expect(adjustments.book.getWorksheet("Cộng tác viên")!.getCell("A4").value).toBe(`Bản tạm — có tháng chưa chốt: ${month}/${year}`);
  });
});

describe("who may export", () => {
  it("the accountant and the approver, any month (a draft while open); the export is recorded; nobody else", async () => {
    expect(await authorizeRoyaltyExport(handle.db, accountant, { scope: { month } })).toMatchObject({ ok: true, data: { months: [month] } });
    expect(await authorizeRoyaltyExport(handle.db, approver, { scope: { year: 2025 } })).toMatchObject({ ok: true });
    for (const who of [grader, reporter, { ...editor, grants: [] }]) {
      expect(await authorizeRoyaltyExport(handle.db, who, { scope: { month } })).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await authorizeRoyaltyExport(handle.db, accountant, { scope: { month: "2025-13" } })).toMatchObject({ ok: false, code: "invalid" });
    const recorded = await handle.db
      .select({ actorId: auditLog.actorId, entityId: auditLog.entityId, data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.action, "royalty.export")));
    expect(recorded).toEqual([
      { actorId: accountant.id, entityId: month, data: { month, format: "xlsx" } },
      { actorId: approver.id, entityId: "2025", data: { month: "2025", year: 2025, format: "xlsx" } },
    ]);
  });
});
