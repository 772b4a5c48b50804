import { describe, expect, it } from "vitest";
import { formatAuditTime, parseIsoDate, vnDayRange, vnIsoDate } from "./time";

describe("audit times in Vietnam", () => {
  it("show dd/mm/yyyy hh:mm on Vietnamese clocks", () => {
    expect(formatAuditTime(new Date("2026-07-01T23:30:00Z"))).toBe("02/07/2026 06:30");
    expect(formatAuditTime(new Date("2026-07-01T17:00:00Z"))).toBe("02/07/2026 00:00");
    expect(formatAuditTime(new Date("2026-12-31T16:59:00Z"))).toBe("31/12/2026 23:59");
  });

  it("turn Vietnamese calendar days into UTC bounds, the end day included", () => {
    const { start, end } = vnDayRange(parseIsoDate("2026-07-02"), parseIsoDate("2026-07-02"));
    expect(start?.toISOString()).toBe("2026-07-01T17:00:00.000Z");
    expect(end?.toISOString()).toBe("2026-07-02T17:00:00.000Z");
    expect(vnDayRange(null, parseIsoDate("2026-12-31")).end?.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(vnDayRange(null, null)).toEqual({ start: null, end: null });
  });

  it("read only real dates", () => {
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate("2026-02-29")).toBeNull();
    expect(parseIsoDate("2026-7-1")).toBeNull();
  });

  it("date a file by the day in Vietnam", () => {
    expect(vnIsoDate(new Date("2026-07-01T23:30:00Z"))).toBe("2026-07-02");
  });
});
