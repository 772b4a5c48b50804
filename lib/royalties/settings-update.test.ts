// Cài đặt → Nhuận bút on a real database: the admin's save is checked by the rules' own schema,
// stored and audited before/after; an unchanged save writes nothing; only admins may; a kind of
// work still used in a month not yet closed cannot be removed (the refusal names it and the month).
// And the form's own readings of what is typed.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeStory } from "@/db/factories";
import { auditLog, royaltyLines, royaltyMonths } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { ensureAccountPayee } from "@/lib/royalties/payees";
import { defaultRoyaltySettings, loadRoyaltySettings, type RoyaltySettings } from "@/lib/royalties/settings";
import { formatPercent, kindCodeFor, parseMoney, parsePercent } from "./settings-form";
import { updateRoyaltySettings } from "./settings-update";

let handle: DatabaseHandle;
let admin: Actor;
const db = () => handle.db;

beforeAll(async () => {
  handle = await openTestDatabase();
  admin = await makePerson(db(), "admin");
});
afterAll(async () => handle?.close());

const audits = () =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "royalty.settings"), eq(auditLog.entityType, "settings")))
    .orderBy(desc(auditLog.id));
const copy = (): RoyaltySettings => structuredClone(defaultRoyaltySettings);

describe("updateRoyaltySettings", () => {
  it("stores what the admin set, audited before and after, and writes nothing when nothing changed", async () => {
    const wanted = copy();
    wanted.baseSalary = 2_530_000;
    wanted.pointShare = 1250;
    wanted.kinds[0]!.name = "Tin ngắn";
    wanted.kinds.push({
      code: kindCodeFor("Phóng sự dài kỳ", new Set(wanted.kinds.map((k) => k.code))),
      name: "Phóng sự dài kỳ",
      group: "royalty",
      min: 300,
      suggested: 550,
      max: 2000,
    });
    wanted.storyKindDefaults = { ...wanted.storyKindDefaults, notice: "tin", article: "phong_su_dai_ky" };
    wanted.taxStaff = true;
    wanted.sharedPenNames = ["PV", "BBT", "TTXVN"];

    const result = await updateRoyaltySettings(db(), admin, wanted);
    expect(result).toMatchObject({ ok: true, data: { changed: true } });
    const stored = await loadRoyaltySettings(db());
    expect(stored.baseSalary).toBe(2_530_000);
    expect(stored.kinds.at(-1)).toEqual({ code: "phong_su_dai_ky", name: "Phóng sự dài kỳ", group: "royalty", min: 300, suggested: 550, max: 2000 });
    expect(stored.kinds[0]).toMatchObject({ code: "tin", name: "Tin ngắn" });
    expect(stored.storyKindDefaults.article).toBe("phong_su_dai_ky");

    const [entry] = await audits();
    expect(entry).toMatchObject({ actorId: admin.id, entityId: "royalty" });
    const data = entry!.data as { before: RoyaltySettings; after: RoyaltySettings };
    expect(data.before.baseSalary).toBe(defaultRoyaltySettings.baseSalary);
    expect(data.after.baseSalary).toBe(2_530_000);

    // The same rules again, keys in another order: nothing to write, nothing to record.
    const again = { ...stored, storyKindDefaults: Object.fromEntries(Object.entries(stored.storyKindDefaults).reverse()) };
    expect(await updateRoyaltySettings(db(), admin, again)).toMatchObject({ ok: true, data: { changed: false } });
    expect(await audits()).toHaveLength(1);
  });

  it("is for admins only, whatever grants a person holds", async () => {
    const chief: Actor = { ...(await makePerson(db(), "chief_editor")), grants: ["royalty.grade", "royalty.approve", "royalty.accounting"] };
    const before = await loadRoyaltySettings(db());
    expect(await updateRoyaltySettings(db(), chief, { ...before, baseSalary: 1 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await loadRoyaltySettings(db())).toEqual(before);
  });

  it("refuses rules that do not hold together, saying where", async () => {
    const before = await loadRoyaltySettings(db());
    const range = structuredClone(before);
    range.kinds[1]!.suggested = range.kinds[1]!.max + 100;
    const refused = await updateRoyaltySettings(db(), admin, range);
    expect(refused).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "kinds.1.suggested": expect.stringContaining("Khung hệ số") as unknown } });

    const photo = { ...structuredClone(before), photoKind: "bien_tap" };
    expect(await updateRoyaltySettings(db(), admin, photo)).toMatchObject({
      ok: false,
      fieldErrors: { photoKind: expect.stringContaining("Loại tác phẩm") as unknown },
    });
    const twice = structuredClone(before);
    twice.kinds.push({ ...twice.kinds[0]! });
    expect(await updateRoyaltySettings(db(), admin, twice)).toMatchObject({
      ok: false,
      fieldErrors: { kinds: expect.stringContaining("trùng mã") as unknown },
    });
    const badCode = structuredClone(before);
    badCode.kinds[0]!.code = "Tin Ngắn";
    expect(await updateRoyaltySettings(db(), admin, badCode)).toMatchObject({ ok: false, code: "invalid" });
    expect(await loadRoyaltySettings(db())).toEqual(before);
  });

  it("refuses to remove a kind lines of a month not yet closed use, naming it and the month; a closed month's lines do not hold it", async () => {
    const reporter = await makePerson(db(), "reporter");
    const payee = (await ensureAccountPayee(db(), reporter.id))!;
    const line = async (month: string, kindCode: string, kindName: string) => {
      const story = await makeStory(db(), { status: "published", author: reporter });
      await db().insert(royaltyLines).values({
        month,
        storyId: story.id,
        payeeId: payee.id,
        role: "author",
        kindCode,
        kindName,
        gradeHundredths: 300,
        pointValue: 234_000,
        amount: 702_000,
        createdById: admin.id,
      });
    };
    await line("2026-09", "phong_van", "Phỏng vấn");
    await db().insert(royaltyMonths).values({ month: "2026-09", status: "closed" });
    await line("2026-10", "phong_su", "Phóng sự");
    await line("2026-11", "phong_su", "Phóng sự");
    await db().insert(royaltyMonths).values({ month: "2026-11", status: "approved" });

    const before = await loadRoyaltySettings(db());
    const withoutReportage = { ...structuredClone(before), kinds: before.kinds.filter((k) => k.code !== "phong_su") };
    const refused = await updateRoyaltySettings(db(), admin, withoutReportage);
    expect(refused).toMatchObject({ ok: false, code: "invalid_state" });
    expect(refused.ok ? "" : refused.error).toBe("Chưa bỏ được loại “Phóng sự”: tháng 10/2026, 11/2026 chưa chốt còn dòng nhuận bút dùng loại này.");
    expect(await loadRoyaltySettings(db())).toEqual(before);

    // Phỏng vấn is only on a closed month's lines, which keep its name: it may go.
    const withoutInterview = { ...structuredClone(before), kinds: before.kinds.filter((k) => k.code !== "phong_van") };
    expect(await updateRoyaltySettings(db(), admin, withoutInterview)).toMatchObject({ ok: true, data: { changed: true } });
    expect((await loadRoyaltySettings(db())).kinds.map((k) => k.code)).not.toContain("phong_van");
  });
});

describe("the form's readings", () => {
  it("reads money with or without thousands dots, percentages with a decimal comma", () => {
    expect(parseMoney("2.340.000")).toBe(2_340_000);
    expect(parseMoney(" 2 340 000 đ")).toBe(2_340_000);
    expect(parseMoney("2,5")).toBeNull();
    expect(parseMoney("")).toBeNull();
    expect(parsePercent("10")).toBe(1000);
    expect(parsePercent("10,5")).toBe(1050);
    expect(parsePercent("0.25 %")).toBe(25);
    expect(parsePercent("101")).toBeNull();
    expect(parsePercent("10,555")).toBeNull();
    expect(formatPercent(1050)).toBe("10,5");
    expect(formatPercent(1000)).toBe("10");
    expect(formatPercent(25)).toBe("0,25");
  });

  it("makes a new kind's code from its name, unique and starting with a letter", () => {
    expect(kindCodeFor("Phóng sự ảnh", new Set())).toBe("phong_su_anh");
    expect(kindCodeFor("Đồ họa", new Set(["do_hoa"]))).toBe("do_hoa_2");
    expect(kindCodeFor("Đồ họa", new Set(["do_hoa", "do_hoa_2"]))).toBe("do_hoa_3");
    expect(kindCodeFor("360° video", new Set())).toBe("loai_360_video");
    expect(kindCodeFor("", new Set())).toBe("loai");
    expect(kindCodeFor("Bài rất dài về một chủ đề rất rộng của tỉnh", new Set())).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
  });
});
