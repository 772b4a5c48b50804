import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing";
import { siteSettings } from "@/db/schema";
import { issueText } from "@/lib/validation";
import { settingLabel, settingLabels } from "./labels";
import { defaultSettings, isValidTimeZone, loadSettings, settingFields, settingKeys, settingsSchema } from "./settings";

describe("the settings' rules", () => {
  it("default to the demo paper in Asia/Ho_Chi_Minh with two approval levels", () => {
    expect(defaultSettings).toMatchObject({ paperName: "Báo Biên Cương", timeZone: "Asia/Ho_Chi_Minh", approvalLevels: 2, storiesPerPage: 20, logoUrl: "" });
    expect(settingKeys.every((key) => settingLabels[key])).toBe(true);
    expect(settingKeys.every((key) => settingLabel(key, "en") && settingLabel(key, "en") !== key)).toBe(true);
    expect(settingLabel("paperName", "en")).toBe("Paper's name");
  });

  it("store NFC text, trimmed, with ordinary space runs collapsed and non-breaking spaces kept", () => {
    expect(settingFields.paperName.parse("  Báo   Lạng\u00a0Sơn ".normalize("NFD"))).toBe("Báo Lạng\u00a0Sơn");
  });

  it("accept 1 to 3 approval levels only", () => {
    expect(settingFields.approvalLevels.safeParse(3).success).toBe(true);
    for (const bad of [0, 4, 2.5]) {
      expect(issueText(settingFields.approvalLevels.safeParse(bad).error?.issues[0]), String(bad)).toBe("Số cấp duyệt phải là 1, 2 hoặc 3.");
    }
  });

  it("accept a time zone Intl knows, and nothing else", () => {
    expect(isValidTimeZone("Asia/Ho_Chi_Minh")).toBe(true);
    expect(isValidTimeZone("Asia/Bangkok")).toBe(true);
    expect(isValidTimeZone("Asia/Hanoi")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(issueText(settingFields.timeZone.safeParse("Sao Hỏa/Thủ đô").error?.issues[0])).toMatch(/^Múi giờ không hợp lệ/);
  });

  it("keep the host of a pasted address as the domain, and refuse what is not a host", () => {
    expect(settingFields.domain.parse(" https://BaoBienCuong.vn/ ")).toBe("baobiencuong.vn");
    expect(settingFields.domain.safeParse("báo biên cương").success).toBe(false);
  });

  it("check the licence date, e-mail, logo address and page size", () => {
    expect(issueText(settingFields.licenceDate.safeParse("30/02/2026").error?.issues[0])).toBe(
      "Ngày cấp giấy phép phải có dạng ngày/tháng/năm, ví dụ 01/07/2026.",
    );
    expect(settingFields.licenceDate.parse("1/7/2026")).toBe("1/7/2026");
    expect(issueText(settingFields.email.safeParse("toasoan@").error?.issues[0])).toBe("Email của tòa soạn không hợp lệ.");
    expect(settingFields.logoUrl.safeParse("/media/2026/07/logo.webp").success).toBe(true);
    expect(settingFields.logoUrl.safeParse("https://baobiencuong.vn/logo.png").success).toBe(true);
    expect(settingFields.logoUrl.safeParse("javascript:alert(1)").success).toBe(false);
    expect(settingFields.logoUrl.safeParse("//evil.example/logo.png").success).toBe(false);
    expect(settingFields.storiesPerPage.safeParse(4).success).toBe(false);
    expect(issueText(settingFields.paperName.safeParse("   ").error?.issues[0])).toBe("Vui lòng nhập tên báo.");
  });
});

describe("loading the settings", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => handle?.close());

  it("falls back to the default for a missing or damaged value", async () => {
    await handle.db.insert(siteSettings).values([
      { key: "paperName", value: "Báo Lạng Sơn" },
      { key: "approvalLevels", value: 7 },
      { key: "timeZone", value: "Không/Có" },
      { key: "unknownKey", value: "x" },
    ]);
    const settings = await loadSettings(handle.db);
    expect(settings).toEqual({ ...defaultSettings, paperName: "Báo Lạng Sơn" });
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });
});
