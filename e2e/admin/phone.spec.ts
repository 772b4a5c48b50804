// Issue 17, point 1, for the admin: Người dùng, Chuyên mục, Cài đặt, Nhật ký and Hồ sơ fit a phone
// (390 × 844, touch); each person of Người dùng reads as a card whose controls are in reach.
import { AuditLogPage } from "../pages/audit-log-page";
import { expectMenuWithLogOut, expectNoSideScroll, phone, visitOnPhone } from "../support/phone";
import { expect, sessionOf, test } from "../support/test";

test.use({ ...sessionOf("admin"), ...phone });

test("every page the admin reaches fits a phone", async ({ page }) => {
  await visitOnPhone(page, "/toa-soan/quan-tri/nguoi-dung", "Người dùng");
  await expectMenuWithLogOut(page);
  await visitOnPhone(page, "/toa-soan/quan-tri/chuyen-muc", "Chuyên mục");
  await visitOnPhone(page, "/toa-soan/quan-tri/cai-dat", "Cài đặt");
  await visitOnPhone(page, "/toa-soan/quan-tri/nhat-ky", "Nhật ký");
  // Each entry is a card: nothing scrolls sideways inside the table's box either, and the action
  // reads whole ("Tạo dữ liệu trình diễn", not a word per line beside four other columns).
  const table = page.getByRole("table", { name: "Nhật ký", exact: true });
  expect(await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  // The demo's first entry, found through the page's own filter (other specs add entries above it).
  const audit = new AuditLogPage(page);
  await audit.action().selectOption({ label: "Tạo dữ liệu trình diễn" });
  await audit.filter();
  const action = page.locator('td[data-label="Thao tác"]', { hasText: /^Tạo dữ liệu trình diễn$/ }).first();
  await action.scrollIntoViewIfNeeded();
  await expectNoSideScroll(page);
  expect((await action.boundingBox())!.height, "the action on one line").toBeLessThan(32);
  await visitOnPhone(page, "/toa-soan/ho-so", "Hồ sơ");
});

test("a person of Người dùng reads as a card on a phone, their controls in reach", async ({ page, factory }) => {
  const person = await factory.makePerson("reporter");
  await page.goto(`/toa-soan/quan-tri/nguoi-dung?q=${encodeURIComponent(person.email)}`);
  const card = page.locator("tr", { hasText: person.email });
  await expect(card).toBeVisible();
  await expectNoSideScroll(page);
  // The name, the e-mail and the buttons all inside the screen's width.
  for (const part of [card.getByText(person.email), card.getByRole("button", { name: `Khóa tài khoản ${person.name}` }), card.getByRole("combobox")]) {
    const box = (await part.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
});
