import { describe, expect, it } from "vitest";
import { auditCsv, auditCsvRow, csvBom, csvField, csvLine } from "./csv";
import type { AuditEntry } from "./queries";

const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  key: "t1",
  source: "transition",
  at: new Date("2026-07-01T23:30:00Z"),
  actorId: 3,
  actorName: "Trần Minh Đức",
  action: "story.return",
  actionLabel: "Trả bài",
  entityType: "story",
  entityTypeLabel: "Bài viết",
  entityId: "42",
  entityLabel: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh",
  storyId: 42,
  storyHref: null,
  detailStories: [],
  data: null,
  details: 'Chờ duyệt → Nháp · Ghi chú: Sửa "sapo",\nthêm ảnh',
  address: null,
  ...over,
});

describe("CSV fields", () => {
  it("quote every field and leave its text alone, Vietnamese letters and all", () => {
    expect(csvField("Tạo dữ liệu trình diễn")).toBe('"Tạo dữ liệu trình diễn"');
    expect(csvField(42)).toBe('"42"');
    expect(csvField(null)).toBe('""');
    expect(csvField(undefined)).toBe('""');
  });

  it("quote commas, quotes (doubled) and line breaks", () => {
    expect(csvField("Hà Nội, Lạng Sơn")).toBe('"Hà Nội, Lạng Sơn"');
    expect(csvField('Ông nói "được"')).toBe('"Ông nói ""được"""');
    expect(csvField("dòng một\ndòng hai")).toBe('"dòng một\ndòng hai"');
    expect(csvField("dòng một\r\ndòng hai")).toBe('"dòng một\r\ndòng hai"');
  });

  it("keep a spreadsheet from running what someone typed as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+84 912")).toBe(`"'+84 912"`);
    expect(csvField("-1")).toBe(`"'-1"`);
    expect(csvField("@SUM")).toBe(`"'@SUM"`);
    // An en dash, as a sapo starts, is text.
    expect(csvField("– Chiều nay")).toBe('"– Chiều nay"');
  });

  it("neutralise a formula wherever a spreadsheet could split the field (a ; list separator, tabs, pipes, lines)", () => {
    // The attack of the hardening issue: Excel set to ";" reads the middle part as its own cell.
    expect(csvField("Tin;=cmd|' /C calc'!A0;y")).toBe(`"Tin;'=cmd|' /C calc'!A0;y"`);
    expect(csvField("a, =1+1")).toBe(`"a, '=1+1"`);
    expect(csvField("a\t+1|@SUM(A1)\n-2")).toBe(`"a\t'+1|'@SUM(A1)\n'-2"`);
    for (const field of ["Tin;=cmd|' /C calc'!A0;y", "x,+1", "y\t@A1", "z|-3"]) {
      const cells = csvField(field)
        .slice(1, -1)
        .split(/[;,\t|\n]/);
      for (const cell of cells) expect(cell.trimStart(), field).not.toMatch(/^[=+\-@]/);
    }
  });

  it("end every line with CRLF", () => {
    expect(csvLine(["a", "b,c", null])).toBe('"a","b,c",""\r\n');
  });
});

describe("the audit CSV", () => {
  it("starts with a BOM and a Vietnamese header, then one line per entry in Vietnam time", () => {
    const csv = auditCsv([
      entry(),
      entry({
        key: "a2",
        source: "audit",
        actorId: null,
        actorName: null,
        action: "seed.demo",
        actionLabel: "Tạo dữ liệu trình diễn",
        entityType: "system",
        entityTypeLabel: "Hệ thống",
        entityId: null,
        entityLabel: "Hệ thống",
        storyId: null,
        details: "Tạo dữ liệu trình diễn: 30 bài.",
        data: { stories: 30 },
        address: "127.0.0.1",
      }),
    ]);
    expect(csv.startsWith(csvBom)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const body = csv.slice(1);
    expect(
      body.startsWith(
        '"Thời gian","Người thực hiện","Thao tác","Mã thao tác","Đối tượng","Loại đối tượng","Mã đối tượng","Chi tiết","Địa chỉ IP","Thời gian (UTC, ISO 8601)","Dữ liệu ghi nhận (JSON)"\r\n',
      ),
    ).toBe(true);
    expect(body).toContain(
      '"02/07/2026 06:30","Trần Minh Đức","Trả bài","story.return","Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh","Bài viết","42","Chờ duyệt → Nháp · Ghi chú: Sửa ""sapo"",\nthêm ảnh","","2026-07-01T23:30:00.000Z",""\r\n',
    );
    expect(body).toContain('"Hệ thống","Tạo dữ liệu trình diễn","seed.demo","Hệ thống","Hệ thống","","Tạo dữ liệu trình diễn: 30 bài.","127.0.0.1",');
    // The sentence for people, the data as recorded for whoever checks the record.
    expect(body).toContain(',"{""stories"":30}"\r\n');
    // NFC in, NFC out: nothing decomposed on the way.
    expect(csv).toBe(csv.normalize("NFC"));
  });

  it("writes one row for one entry", () => {
    expect(auditCsvRow(entry({ details: "Nháp → Chờ duyệt" })).split("\r\n")).toHaveLength(2);
  });
});
