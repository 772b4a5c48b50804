import { describe, expect, it } from "vitest";
import { calendarDateIn, formatDateline, isDatelineShaped, parseDateline, toIsoDate, vnDateToUtc } from "./dateline";

describe("formatDateline", () => {
  it("prints the seed article's date: 04/07/2022 was a Monday", () => {
    expect(formatDateline(new Date("2022-07-04T01:30:00Z"))).toBe("Thứ hai, 04/07/2022");
    expect(formatDateline(new Date("2022-07-04T01:30:00Z"), { withTime: true })).toBe("Thứ hai, 04/07/2022 08:30");
  });

  it("computes the day in Vietnam: 23:30 UTC is already the next morning", () => {
    expect(formatDateline(new Date("2022-07-03T23:30:00Z"), { withTime: true })).toBe("Thứ hai, 04/07/2022 06:30");
  });

  it("names every weekday", () => {
    const names = [3, 4, 5, 6, 7, 8, 9].map((d) => formatDateline(new Date(Date.UTC(2022, 6, d, 5))).split(",")[0]);
    expect(names).toEqual(["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"]);
  });

  it("prints midnight as 00:00", () => {
    expect(formatDateline(new Date("2022-07-03T17:00:00Z"), { withTime: true })).toBe("Thứ hai, 04/07/2022 00:00");
  });

  it("accepts another time zone", () => {
    expect(formatDateline(new Date("2022-07-03T23:30:00Z"), { withTime: true, timeZone: "UTC" })).toBe("Chủ nhật, 03/07/2022 23:30");
  });

  it("refuses an invalid date", () => {
    expect(() => formatDateline(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("parseDateline", () => {
  const july4 = { year: 2022, month: 7, day: 4 };

  it("reads the seed article's first line (with its U+00A0)", () => {
    expect(parseDateline("Thứ hai,\u00a0 04/07/2022")).toEqual(july4);
  });

  it("reads the usual variants", () => {
    expect(parseDateline("Thứ hai, 04/07/2022")).toEqual(july4);
    expect(parseDateline("Thứ Hai,    04/07/2022")).toEqual(july4);
    expect(parseDateline("THỨ HAI, 4/7/2022")).toEqual(july4);
    expect(parseDateline("Thứ 2, 04/07/2022")).toEqual(july4);
    expect(parseDateline("CN, 3/7/2022")).toEqual({ year: 2022, month: 7, day: 3 });
    expect(parseDateline("Chủ nhật, 03/07/2022")).toEqual({ year: 2022, month: 7, day: 3 });
    expect(parseDateline("04/07/2022")).toEqual(july4);
    expect(parseDateline("  04-07-2022 ")).toEqual(july4);
    expect(parseDateline("Thứ hai, 04/07/2022".normalize("NFD"))).toEqual(july4);
  });

  it("reads the line it prints, time included", () => {
    expect(parseDateline("Thứ hai, 04/07/2022 08:30")).toEqual(july4);
    expect(parseDateline("Thứ hai, 04/07/2022 | 8h30")).toEqual(july4);
    const printed = formatDateline(new Date("2024-02-29T10:00:00Z"), { withTime: true });
    expect(parseDateline(printed)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("rejects dates that do not exist", () => {
    expect(parseDateline("Thứ hai, 31/02/2022")).toBeNull();
    expect(parseDateline("29/02/2023")).toBeNull();
    expect(parseDateline("00/07/2022")).toBeNull();
    expect(parseDateline("04/13/2022")).toBeNull();
    expect(parseDateline("04/07/2022 25:00")).toBeNull();
  });

  it("rejects lines that are not date lines", () => {
    expect(parseDateline("Phấn đấu xây dựng ngành tổ chức")).toBeNull();
    expect(parseDateline("04/07/22")).toBeNull();
    expect(parseDateline("Thứ hai,")).toBeNull();
    expect(parseDateline("Ngày 04/07/2022, Ban Tổ chức họp")).toBeNull();
    expect(parseDateline("")).toBeNull();
  });

  it("tells an impossible date line from ordinary text", () => {
    expect(isDatelineShaped("Thứ hai, 31/02/2022")).toBe(true);
    expect(isDatelineShaped("Chiều nay (28/6), Ban Tổ chức")).toBe(false);
  });
});

describe("vnDateToUtc", () => {
  it("gives the instant Vietnamese clocks show that time (UTC+7)", () => {
    expect(vnDateToUtc({ year: 2022, month: 7, day: 4 }, 8, 30).toISOString()).toBe("2022-07-04T01:30:00.000Z");
    expect(vnDateToUtc({ year: 2022, month: 7, day: 4 }).toISOString()).toBe("2022-07-03T17:00:00.000Z");
  });

  it("round-trips with the date line", () => {
    const d = { year: 2022, month: 1, day: 1 };
    expect(formatDateline(vnDateToUtc(d, 0, 5), { withTime: true })).toBe("Thứ bảy, 01/01/2022 00:05");
    expect(calendarDateIn(vnDateToUtc(d, 23, 59))).toEqual(d);
  });

  it("refuses impossible dates and times", () => {
    expect(() => vnDateToUtc({ year: 2022, month: 2, day: 31 })).toThrow(RangeError);
    expect(() => vnDateToUtc({ year: 2022, month: 2, day: 1 }, 24)).toThrow(RangeError);
  });

  it("formats ISO dates", () => {
    expect(toIsoDate({ year: 2022, month: 7, day: 4 })).toBe("2022-07-04");
  });
});
