import { describe, expect, it } from "vitest";
import en from "@/messages/en.json" with { type: "json" };
import vi from "@/messages/vi.json" with { type: "json" };
import { dayFirstFromIsoDate, formatWhen, fromDayFirst, fromLocalInput, isoDateFromDayFirst, toDayFirst, toLocalInput } from "./time";

const weekdays = (m: typeof vi) => Object.values(m.time.weekdays);
const at = new Date("2026-12-06T23:12:00Z"); // Monday 07/12/2026 06:12 in Vietnam

describe("times in the paper's time zone", () => {
  it("reads day first in both languages, in the paper's zone whatever the machine's", () => {
    expect(formatWhen(at, { timeZone: "Asia/Ho_Chi_Minh", weekdays: weekdays(vi) })).toBe("Thứ hai, 07/12/2026 06:12");
    expect(formatWhen(at, { timeZone: "Asia/Ho_Chi_Minh", weekdays: weekdays(en) })).toBe("Monday, 07/12/2026 06:12");
    expect(formatWhen(at, { timeZone: "Asia/Bangkok", style: "time" })).toBe("06:12");
    expect(formatWhen(at, { timeZone: "Europe/Paris", style: "dayMonthTime" })).toBe("07/12 00:12");
  });

  it("turns a datetime-local value into the instant it names in the paper's zone, and back", () => {
    expect(fromLocalInput("2026-12-07T06:12", "Asia/Ho_Chi_Minh")).toBe("2026-12-06T23:12:00.000Z");
    expect(fromLocalInput("2026-07-01T12:00", "Europe/Paris")).toBe("2026-07-01T10:00:00.000Z");
    expect(fromLocalInput("07/12/2026", "Asia/Ho_Chi_Minh")).toBeNull();
    expect(toLocalInput(at, "Asia/Ho_Chi_Minh")).toBe("2026-12-07T06:12");
  });

  it("reads a day-first date and a 24-hour time as the instant they name in the paper's zone, and back", () => {
    expect(fromDayFirst("07/12/2026", "06:12", "Asia/Ho_Chi_Minh")).toBe("2026-12-06T23:12:00.000Z");
    // 12/07 is the twelfth of July, never December the seventh.
    expect(fromDayFirst("12/07/2026", "06:12", "Asia/Ho_Chi_Minh")).toBe("2026-07-11T23:12:00.000Z");
    expect(fromDayFirst(" 7-12-2026 ", "6h12", "Asia/Ho_Chi_Minh")).toBe("2026-12-06T23:12:00.000Z");
    expect(fromDayFirst("7.12.2026", "6g12", "Asia/Ho_Chi_Minh")).toBe("2026-12-06T23:12:00.000Z");
    expect(toDayFirst(at, "Asia/Ho_Chi_Minh")).toEqual({ date: "07/12/2026", time: "06:12" });
  });

  it("refuses what is not a real day or time instead of rolling it over", () => {
    for (const [date, time] of [
      ["31/02/2026", "06:12"],
      ["00/12/2026", "06:12"],
      ["07/13/2026", "06:12"],
      ["07/12/2026", "24:00"],
      ["07/12/2026", "06:60"],
      ["2026-12-07", "06:12"],
      ["07/12/26", "06:12"],
      ["07/12/2026", "6 PM"],
      ["", ""],
    ])
      expect(fromDayFirst(date!, time!, "Asia/Ho_Chi_Minh"), `${date} ${time}`).toBeNull();
    expect(fromDayFirst("29/02/2028", "00:00", "Asia/Ho_Chi_Minh")).toBe("2028-02-28T17:00:00.000Z");
  });
});

describe("a calendar day typed day first (the desk's and Nhật ký's date filters)", () => {
  it("reads 07/12/2026 as the 7th of December and writes it back the same way", () => {
    expect(isoDateFromDayFirst("07/12/2026")).toBe("2026-12-07");
    expect(isoDateFromDayFirst(" 7-12-2026 ")).toBe("2026-12-07");
    expect(dayFirstFromIsoDate("2026-12-07")).toBe("07/12/2026");
  });

  it("refuses a day that does not exist or is not a date", () => {
    for (const text of ["31/02/2026", "00/12/2026", "07/13/2026", "2026-12-07", "7/12", ""]) expect(isoDateFromDayFirst(text), text).toBeNull();
    expect(dayFirstFromIsoDate("07/12/2026")).toBe("");
  });
});
