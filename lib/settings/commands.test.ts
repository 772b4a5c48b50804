import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { auditLog, media, siteSettings, type Role } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { makeTestPhoto } from "@/lib/media/test-images";
import { updateSettings, uploadLogo } from "./commands";
import { defaultSettings, loadSettings } from "./settings";
import { timeZoneChoices } from "./time-zones";

// The logo's files go to a folder of this test file's own; env() reads DATA_DIR on first use.
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-settings-"));

let handle: DatabaseHandle;
const people = {} as Record<Role, Actor>;

beforeAll(async () => {
  handle = await openTestDatabase();
  for (const role of ["reporter", "editor", "chief_editor", "admin"] as const) people[role] = await makePerson(handle.db, role);
});
afterAll(async () => handle?.close());

async function state() {
  return {
    rows: await handle.db.select().from(siteSettings).orderBy(asc(siteSettings.key)),
    audit: await handle.db.select().from(auditLog).where(eq(auditLog.entityType, "settings")).orderBy(asc(auditLog.id)),
  };
}

describe("updating the settings", () => {
  it("is refused to the reporter, editor and chief editor, and to a signed-out visitor, changing nothing", async () => {
    const before = await state();
    for (const role of ["reporter", "editor", "chief_editor"] as const) {
      expect(await updateSettings(handle.db, people[role], { paperName: "Báo Chen Ngang" }), role).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await updateSettings(handle.db, null, { paperName: "Báo Chen Ngang" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await state()).toEqual(before);
    expect((await loadSettings(handle.db)).paperName).toBe("Báo Biên Cương");
  });

  it("writes only the keys that changed and audits them before and after", async () => {
    const result = await updateSettings(handle.db, people.admin, {
      ...defaultSettings,
      paperName: "Báo Lạng Sơn".normalize("NFD"),
      approvalLevels: 3,
    });
    expect(result).toMatchObject({ ok: true, data: { changed: ["paperName", "approvalLevels"] } });
    const { rows, audit } = await state();
    expect(rows.map((r) => [r.key, r.value, r.updatedById])).toEqual([
      ["approvalLevels", 3, people.admin.id],
      ["paperName", "Báo Lạng Sơn", people.admin.id],
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: people.admin.id,
      action: "settings.update",
      entityType: "settings",
      data: { before: { paperName: "Báo Biên Cương", approvalLevels: 2 }, after: { paperName: "Báo Lạng Sơn", approvalLevels: 3 } },
    });
    expect(await loadSettings(handle.db)).toMatchObject({ paperName: "Báo Lạng Sơn", approvalLevels: 3 });
  });

  it("writes nothing and records nothing when the form comes back unchanged", async () => {
    const before = await state();
    const current = await loadSettings(handle.db);
    expect(await updateSettings(handle.db, people.admin, current)).toMatchObject({ ok: true, data: { changed: [] } });
    expect(await state()).toEqual(before);
  });

  it("updates a stored key in place, the audit showing the previous stored value", async () => {
    expect(await updateSettings(handle.db, people.admin, { paperName: "Báo Biên Cương" })).toMatchObject({ ok: true, data: { changed: ["paperName"] } });
    const { rows, audit } = await state();
    expect(rows.filter((r) => r.key === "paperName").map((r) => r.value)).toEqual(["Báo Biên Cương"]);
    expect(audit.at(-1)!.data).toEqual({ before: { paperName: "Báo Lạng Sơn" }, after: { paperName: "Báo Biên Cương" } });
  });

  it("refuses four approval levels, a bad time zone and other invalid fields in Vietnamese, changing nothing", async () => {
    const before = await state();
    expect(await updateSettings(handle.db, people.admin, { approvalLevels: 4 })).toMatchObject({
      ok: false,
      code: "invalid",
      error: "Dữ liệu không hợp lệ. Số cấp duyệt phải là 1, 2 hoặc 3.",
      fieldErrors: { approvalLevels: "Số cấp duyệt phải là 1, 2 hoặc 3." },
    });
    expect(await updateSettings(handle.db, people.admin, { timeZone: "Asia/Hanoi" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { timeZone: expect.stringMatching(/^Múi giờ không hợp lệ/) as unknown },
    });
    // A key the site does not know is a mistake to report, not to store.
    expect(await updateSettings(handle.db, people.admin, { mauNen: "đỏ" } as never)).toMatchObject({ ok: false, code: "invalid" });
    const several = await updateSettings(handle.db, people.admin, { paperName: "", email: "khong-phai-email", storiesPerPage: 500, timeZone: "UTC" });
    expect(several).toMatchObject({
      ok: false,
      fieldErrors: { paperName: "Vui lòng nhập tên báo.", email: "Email của tòa soạn không hợp lệ.", storiesPerPage: "Số bài mỗi trang phải từ 5 đến 100." },
    });
    expect(await state()).toEqual(before);
  });

  it("keeps the last of two concurrent saves, each audited against the one before", async () => {
    const [one, two] = await Promise.all([
      updateSettings(handle.db, people.admin, { phone: "0205 111 111" }),
      updateSettings(handle.db, people.admin, { phone: "0205 222 222" }),
    ]);
    expect(one.ok && two.ok).toBe(true);
    const audit = (await state()).audit.slice(-2).map((a) => a.data as { before: { phone: string }; after: { phone: string } });
    expect(audit[1]!.before.phone).toBe(audit[0]!.after.phone);
    expect((await loadSettings(handle.db)).phone).toBe(audit[1]!.after.phone);
  });
});

describe("Cài đặt's time zone and logo", () => {
  it("takes a time zone from the list only, Asia/Ho_Chi_Minh first; an alias Intl knows is not on it", async () => {
    expect(timeZoneChoices()[0]).toBe("Asia/Ho_Chi_Minh");
    expect(timeZoneChoices()).toContain("Asia/Bangkok");
    expect(timeZoneChoices()).not.toContain("Asia/Saigon"); // Vietnam's zone under its old name: listed once
    expect(await updateSettings(handle.db, people.admin, { timeZone: "US/Pacific" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await updateSettings(handle.db, people.admin, { timeZone: "Asia/Bangkok" })).toMatchObject({ ok: true });
    expect((await loadSettings(handle.db)).timeZone).toBe("Asia/Bangkok");
    expect(await updateSettings(handle.db, people.admin, { timeZone: "Asia/Ho_Chi_Minh" })).toMatchObject({ ok: true });
  });

  it("uploads the logo through the media library for the admin only, checked by its content", async () => {
    const data = await makeTestPhoto({ width: 600, height: 200 });
    for (const role of ["reporter", "editor", "chief_editor"] as const) {
      expect(await uploadLogo(handle.db, people[role], { fileName: "logo.png", data }), role).toMatchObject({ ok: false, code: "forbidden" });
    }
    const uploaded = await uploadLogo(handle.db, people.admin, { fileName: "logo.jpg", data });
    expect(uploaded).toMatchObject({ ok: true, data: { url: expect.stringMatching(/^\/media\//) as unknown } });
    const [row] = await handle.db
      .select()
      .from(media)
      .where(eq(media.id, uploaded.ok ? uploaded.data.mediaId : 0));
    expect(row).toMatchObject({ uploadedById: people.admin.id, alt: "Báo Biên Cương" });

    const notAnImage = await uploadLogo(handle.db, people.admin, { fileName: "logo.png", data: Buffer.from("<svg onload=alert(1)>") });
    expect(notAnImage).toMatchObject({ ok: false });
    // The address is a setting like any other, saved with the form.
    expect(await updateSettings(handle.db, people.admin, { logoUrl: uploaded.ok ? uploaded.data.url : "" })).toMatchObject({
      ok: true,
      data: { changed: ["logoUrl"] },
    });
  });
});
