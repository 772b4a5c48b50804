// Nhật ký, the audit trail, on the demo admin's saved session.
import fs from "node:fs/promises";
import { AuditLogPage } from "../pages/audit-log-page";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("admin"));

test.describe("Nhật ký, the audit trail", () => {
  test("the admin filters it by action and by person, and downloads it as CSV", async ({ page, factory }) => {
    // A desk editor of the test's own, who claimed one story and approved another.
    const editor = await factory.makePerson("editor");
    await factory.makeStory({ status: "in_review", holder: editor });
    await factory.makeStory({ status: "approved", desk: editor });
    await page.goto("/toa-soan");
    const audit = new AuditLogPage(page);
    await audit.open();
    await expect(audit.rows().first()).toBeVisible();

    // By action: the seeding of the demo newsroom.
    await audit.action().selectOption({ label: "Tạo dữ liệu trình diễn" });
    await audit.filter();
    await expect(audit.rows()).toHaveCount(1);
    await expect(audit.rows().first()).toContainText("Tạo dữ liệu trình diễn");
    await expect(audit.rows().first()).toContainText("Hệ thống");
    // Chi tiết is a sentence, not the data as recorded.
    await expect(audit.rows().first()).toContainText(/Tạo dữ liệu trình diễn: \d+ bài\./);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Xuất CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await fs.readFile(await download.path(), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff); // so that Excel reads Vietnamese as UTF-8
    expect(csv).toContain('"Thời gian","Người thực hiện","Thao tác"');
    expect(csv).toContain("Tạo dữ liệu trình diễn");

    // By person: the desk editor's workflow moves, each naming its story.
    await audit.action().selectOption({ label: "Tất cả thao tác" });
    await audit.person().selectOption({ label: editor.name });
    await audit.filter();
    await expect(audit.rows().first()).toBeVisible();
    for (const row of await audit.rows().all()) await expect(row).toContainText(editor.name);
    await expect(audit.table().getByText("Nhận bài").first()).toBeVisible();
    await expect(audit.rows().first()).toContainText("Bài viết");
  });

  test("every detail on the first page reads as words: no data key, no JSON, no UTC time", async ({ page }) => {
    const audit = new AuditLogPage(page);
    await page.goto("/toa-soan");
    await audit.open();
    await expect(audit.rows().first()).toBeVisible();
    for (const row of await audit.rows().all()) {
      await expect(row.getByRole("cell").nth(4)).not.toHaveText(/\b[a-z]+[A-Z][A-Za-z]*\b|[{}]|\d{4}-\d{2}-\d{2}T/);
    }
  });
});
