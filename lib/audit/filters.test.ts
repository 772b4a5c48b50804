import { describe, expect, it } from "vitest";
import { auditSearchParams, parseAuditParams } from "./filters";

describe("audit filters in the URL", () => {
  it("read the form's fields, leaving blanks out", () => {
    const parsed = parseAuditParams(new URLSearchParams("nguoi=3&bai=&thao-tac=user.&tu-ngay=2026-07-01&den-ngay=2026-07-02&trang=2"));
    expect(parsed.success && parsed.data).toEqual({ personId: 3, action: "user.", from: "2026-07-01", to: "2026-07-02", page: 2 });
    const fromPage = parseAuditParams({ bai: " 42 ", "thao-tac": ["story.submit", "x"] });
    expect(fromPage.success && fromPage.data).toEqual({ storyId: 42, action: "story.submit" });
  });

  it("refuse impossible values in Vietnamese, naming the field", () => {
    const bad = (query: string) => {
      const parsed = parseAuditParams(new URLSearchParams(query));
      return parsed.success ? null : parsed.error.issues[0]?.message;
    };
    expect(bad("bai=abc")).toBe("Mã bài phải là một số nguyên dương.");
    expect(bad("bai=-1")).toBe("Mã bài phải là một số nguyên dương.");
    expect(bad("tu-ngay=2026-02-31")).toBe("Từ ngày không hợp lệ.");
    expect(bad("den-ngay=31/07/2026")).toBe("Đến ngày không hợp lệ.");
    expect(bad("thao-tac=DROP TABLE")).toBe("Thao tác không hợp lệ.");
    expect(bad("tu-ngay=2026-07-03&den-ngay=2026-07-02")).toBe("Đến ngày phải bằng hoặc sau Từ ngày.");
    // A wrong page number is not worth an error: the first page is shown.
    expect(bad("trang=abc")).toBeNull();
  });

  it("round-trip through the links of the page", () => {
    const filters = { personId: 3, storyId: 42, action: "story.", from: "2026-07-01", to: "2026-07-02" };
    const params = auditSearchParams(filters, 3);
    expect(params.toString()).toBe("nguoi=3&bai=42&thao-tac=story.&tu-ngay=2026-07-01&den-ngay=2026-07-02&trang=3");
    const back = parseAuditParams(params);
    expect(back.success && back.data).toEqual({ ...filters, page: 3 });
    expect(auditSearchParams({}, 1).toString()).toBe("");
  });
});
