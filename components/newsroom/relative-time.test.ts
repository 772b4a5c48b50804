import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json" with { type: "json" };
import vi from "@/messages/vi.json" with { type: "json" };
import { howLongAgo, type Ago } from "./relative-time";

const now = new Date("2026-11-23T03:32:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;

/** The bell's wording of an Ago (notification-bell.tsx), in one language. */
function say(locale: "vi" | "en", a: Ago): string {
  const t = createTranslator({ locale, messages: locale === "vi" ? vi : en, namespace: "notifications.ago" });
  return "count" in a ? t(a.unit, { count: a.count }) : a.unit === "date" ? "(date)" : t(a.unit);
}

describe("howLongAgo", () => {
  it("says it in Vietnamese from seconds to days, as the bell always has", () => {
    const vn = (ms: number) => say("vi", howLongAgo(ago(ms), now));
    expect(vn(5_000)).toBe("vừa xong");
    expect(vn(-30_000)).toBe("vừa xong");
    expect(vn(5 * MIN)).toBe("5 phút trước");
    expect(vn(59 * MIN)).toBe("59 phút trước");
    expect(vn(2 * 60 * MIN)).toBe("2 giờ trước");
    expect(vn(30 * 60 * MIN)).toBe("hôm qua");
    expect(vn(3 * 24 * 60 * MIN)).toBe("3 ngày trước");
  });

  it("counts in English with singular and plural", () => {
    const en = (ms: number) => say("en", howLongAgo(ago(ms), now));
    expect(en(MIN)).toBe("1 minute ago");
    expect(en(5 * MIN)).toBe("5 minutes ago");
    expect(en(60 * MIN)).toBe("1 hour ago");
    expect(en(30 * 60 * MIN)).toBe("yesterday");
    expect(en(2 * 24 * 60 * MIN)).toBe("2 days ago");
  });

  it("gives way to the date after a week", () => {
    expect(howLongAgo(ago(7 * 24 * 60 * MIN), now)).toEqual({ unit: "date" });
  });
});
