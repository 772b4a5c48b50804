import { describe, expect, it } from "vitest";
import { relativeTime, relativeTimeVi } from "./time";

const now = new Date("2026-11-23T03:32:00Z"); // 10:32 in Hà Nội
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;

describe("relativeTimeVi", () => {
  it("speaks Vietnamese from seconds to days", () => {
    expect(relativeTimeVi(ago(5_000), now)).toBe("vừa xong");
    expect(relativeTimeVi(ago(-30_000), now)).toBe("vừa xong");
    expect(relativeTimeVi(ago(5 * MIN), now)).toBe("5 phút trước");
    expect(relativeTimeVi(ago(59 * MIN), now)).toBe("59 phút trước");
    expect(relativeTimeVi(ago(2 * 60 * MIN), now)).toBe("2 giờ trước");
    expect(relativeTimeVi(ago(30 * 60 * MIN), now)).toBe("hôm qua");
    expect(relativeTimeVi(ago(3 * 24 * 60 * MIN), now)).toBe("3 ngày trước");
  });

  it("gives the date in Vietnam after a week, even when UTC is still on the day before", () => {
    // 17:30 UTC on 10/11 is 00:30 on 11/11 in Hà Nội.
    expect(relativeTimeVi(new Date("2026-11-10T17:30:00Z"), now)).toBe("11/11/2026");
  });

  it("speaks English to an English reader, with plurals", () => {
    expect(relativeTime(ago(5_000), now, "en")).toBe("just now");
    expect(relativeTime(ago(1 * MIN), now, "en")).toBe("1 minute ago");
    expect(relativeTime(ago(5 * MIN), now, "en")).toBe("5 minutes ago");
    expect(relativeTime(ago(2 * 60 * MIN), now, "en")).toBe("2 hours ago");
    expect(relativeTime(ago(30 * 60 * MIN), now, "en")).toBe("yesterday");
    expect(relativeTime(ago(3 * 24 * 60 * MIN), now, "en")).toBe("3 days ago");
    expect(relativeTime(ago(5 * MIN), now, "vi")).toBe("5 phút trước");
  });
});
