// Nhuận bút của tôi: the demo reporter finds last month's graded works (the demo seed graded,
// approved and closed it) with their amounts and totals, and prints that month's Giấy báo nhuận
// bút; on a phone the month is a stack of cards and nothing scrolls sideways.
import type { Page } from "@playwright/test";
import { collectConsoleErrors, expectNoSideScroll, expectOneRowHeader, phone } from "../support/phone";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("reporter"));

/** Last month as the page writes it ("11/2026"), in the paper's time zone. */
function lastMonthLabel(): string {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit" })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number];
  return month === 1 ? `12/${year - 1}` : `${String(month - 1).padStart(2, "0")}/${year}`;
}

const amount = /^-?\d{1,3}(\.\d{3})* đ$/;

async function openMine(page: Page) {
  await page.goto("/toa-soan");
  await page.getByRole("link", { name: "Nhuận bút của tôi" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhuận bút của tôi" })).toBeVisible();
}

test("the reporter sees last month's graded works with their amounts, and prints the month's statement", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const label = lastMonthLabel();

  await openMine(page);

  const month = page.getByRole("region", { name: `Tháng ${label}` });
  await expect(month).toContainText("Đã chốt");
  const lines = month.getByRole("table", { name: `Nhuận bút tháng ${label}` }).getByRole("row");
  // A heading row, then at least one work of theirs.
  expect(await lines.count()).toBeGreaterThan(1);
  const first = lines.nth(1);
  await expect(first.getByRole("cell").nth(2)).toHaveText(/^(Bài|Tin)$/);
  await expect(first.getByRole("cell").nth(3)).toHaveText(/^\d+(,\d{1,2})?$/);
  await expect(first.getByRole("cell").nth(5)).toHaveText(amount);
  const totals = month.getByTestId("month-totals");
  await expect(totals).toContainText("Tổng nhuận bút");
  await expect(totals).toContainText("Thực lĩnh");
  const total = (await totals.getByRole("definition").first().textContent())!.trim();
  expect(total).toMatch(amount);

  // The month filter keeps the one month in the address.
  await page.getByLabel("Tháng", { exact: true }).selectOption({ label });
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/[?&]thang=\d{4}-\d{2}/);
  await expect(page.getByRole("region")).toHaveCount(1);

  await month.getByRole("link", { name: "In giấy báo" }).click();
  const statement = page.getByTestId("royalty-statement");
  await expect(statement.getByRole("heading", { name: "GIẤY BÁO NHUẬN BÚT" })).toBeVisible();
  await expect(statement).toContainText(`Tháng ${label}`);
  await expect(statement).toContainText("Lê Phương Dung");
  await expect(statement).toContainText("Báo Biên Cương");
  await expect(statement.getByTestId("statement-total")).toHaveText(total);
  await expect(statement).toContainText("Số tiền thực lĩnh bằng chữ:");
  await expect(statement).toContainText("Người nhận");

  // On paper: the statement alone, without the newsroom's header or the screen's controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "In", exact: true })).toBeHidden();
  await expect(statement).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  expect(errors).toEqual([]);
});

test.describe("on a phone", () => {
  test.use(phone);

  test("the months are cards, reached from the menu, and nothing scrolls sideways", async ({ page }) => {
    await page.goto("/toa-soan");
    await page.getByRole("button", { name: "Trình đơn" }).click();
    await page.getByRole("navigation", { name: "Trình đơn tòa soạn" }).getByRole("link", { name: "Nhuận bút của tôi" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nhuận bút của tôi" })).toBeVisible();
    await expectNoSideScroll(page);
    await expectOneRowHeader(page);
    const month = page.getByRole("region", { name: `Tháng ${lastMonthLabel()}` });
    const card = month.getByRole("row").nth(1);
    await card.scrollIntoViewIfNeeded();
    // A card shows its amount under its column's name, within the screen.
    await expect(card.getByRole("cell").nth(5)).toBeInViewport();
    await expect(card.getByRole("cell").nth(5)).toHaveText(amount);

    await month.getByRole("link", { name: "In giấy báo" }).click();
    await expect(page.getByTestId("royalty-statement").getByRole("heading", { name: "GIẤY BÁO NHUẬN BÚT" })).toBeVisible();
    await expectNoSideScroll(page);
  });
});
