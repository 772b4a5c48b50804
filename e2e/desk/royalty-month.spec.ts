// The accountant's month: ketoan@ (a reporter's account with the kế toán grant) opens Nhuận bút
// at last month, which the demo seed graded, approved and closed; downloads the month's sheet and
// reads it back — its total is the page's Thành tiền, and the staff sheet carries the layout the
// accountant pays from; then marks one person paid and sees it on the page.
import ExcelJS from "exceljs";
import { LoginPage, demoPassword } from "../pages/login-page";
import { expect, test } from "../support/test";

/** Last month in the paper's zone: "2026-11" and "11/2026". */
function lastMonth(): { param: string; label: string } {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit" })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number];
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const mm = String(m).padStart(2, "0");
  return { param: `${y}-${mm}`, label: `${mm}/${y}` };
}

const dong = (text: string) => Number(text.replace(/[^\d-]/g, ""));

test("the accountant downloads the closed month's sheet, whose total is the page's, and marks a person paid", async ({ page }) => {
  const month = lastMonth();
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn("ketoan@toasoan.test", demoPassword);
  await page.getByRole("link", { name: "Nhuận bút", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nhuận bút tháng");

  await page.goto(`/toa-soan/nhuan-but?thang=${month.param}`);
  await expect(page.getByRole("heading", { level: 1, name: `Nhuận bút tháng ${month.label}` })).toBeVisible();
  await expect(page.getByText("Đã chốt").first()).toBeVisible();
  const amountOnPage = dong(
    (await page
      .locator("dt", { hasText: /^Thành tiền$/ })
      .locator("xpath=following-sibling::dd[1]")
      .first()
      .textContent()) ?? "",
  );
  expect(amountOnPage).toBeGreaterThan(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải bảng nhuận bút (.xlsx)" }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const staff = book.getWorksheet("Cán bộ, phóng viên")!;
  const collaborators = book.getWorksheet("Cộng tác viên")!;
  expect(staff).toBeDefined();
  expect(collaborators).toBeDefined();

  // The header row the accountant expects, in order.
  let header: string[] = [];
  staff.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (typeof v === "string" ? v : ""));
    if (values[0] === "STT") header = values;
  });
  expect(header).toEqual([
    "STT",
    "Họ và tên",
    "Bút danh",
    "Tên tác phẩm",
    "Ngày đăng",
    "Chuyên mục",
    "Loại",
    "Hệ số",
    "Thành tiền",
    "Thuế TNCN",
    "Thực lĩnh",
    "Ký nhận",
  ]);

  // Each sheet's Tổng cộng row: Thành tiền (column 9) of both sheets is the month's total on the page.
  const totalOf = (sheet: ExcelJS.Worksheet) => {
    let total = 0;
    sheet.eachRow((row) => {
      if ((row.values as unknown[]).some((v) => v === "Tổng cộng")) total = Number(row.getCell(9).value);
    });
    return total;
  };
  expect(totalOf(staff) + totalOf(collaborators)).toBe(amountOnPage);

  // Paying: the first person on Theo người, every unpaid line of theirs, today.
  await page.getByRole("link", { name: /^Theo người/ }).click();
  await page.locator(`a[href*="nguoi="]`).first().click();
  await page.getByRole("button", { name: "Đánh dấu cả người này đã thanh toán" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Đánh dấu đã thanh toán" }).click();
  await expect(page.getByText(/^Đã thanh toán .*\d{2}\/\d{2}\/\d{4}$/).first()).toBeVisible();
});
