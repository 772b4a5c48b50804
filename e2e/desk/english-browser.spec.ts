// Issue 17, point 10: on an office PC whose browser speaks English, Lên lịch and Lịch still take
// and show the time day first in Vietnam ("Thứ hai, 07/12/2026 06:12"), never "12/07/2026, 06:12 AM".
// A Chromium of its own, launched with --lang=en-US and the en-US locale; the chief editor's session.
import { expect, sessionOf, test } from "../support/test";
import { chromiumUse } from "../support/chromium";

test.use({
  ...sessionOf("chief"),
  locale: "en-US",
  launchOptions: { ...chromiumUse!.launchOptions, args: [...(chromiumUse!.launchOptions?.args ?? []), "--lang=en-US"] },
});

test("Lên lịch takes and echoes the time day first in Vietnam, whatever the browser's language", async ({ page, factory }) => {
  expect(await page.evaluate(() => navigator.language)).toBe("en-US");
  const approved = await factory.makeStory({ status: "approved" });
  // The 7th of a month one or two months ahead: a day that month-first would read as July.
  const later = new Date(Date.now() + 40 * 86_400_000 + 7 * 3_600_000);
  const month = later.getUTCMonth() === 11 ? 1 : later.getUTCMonth() + 2;
  const year = later.getUTCMonth() === 11 ? later.getUTCFullYear() + 1 : later.getUTCFullYear();
  const date = `07/${String(month).padStart(2, "0")}/${year}`;
  const weekday = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"][new Date(Date.UTC(year, month - 1, 7)).getUTCDay()];

  await page.goto(`/toa-soan/bai-viet/${approved.id}`);
  await page.getByRole("button", { name: "Lên lịch" }).click();
  // The form starts day first: an hour from now, on the whole hour.
  await expect(page.getByLabel("Ngày", { exact: true })).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(page.getByLabel("Giờ", { exact: true })).toHaveValue(/^\d{2}:00$/);
  await page.getByLabel("Ngày", { exact: true }).fill(date);
  await page.getByLabel("Giờ", { exact: true }).fill("06:12");
  await expect(page.getByTestId("time-echo")).toHaveText(`${weekday}, ${date} 06:12 (giờ Việt Nam)`);
  // A day that does not exist is named as such, not rolled over.
  await page.getByLabel("Ngày", { exact: true }).fill(`31/02/${year}`);
  await expect(page.getByTestId("time-echo")).toContainText("Ngày giờ không hợp lệ");
  await page.getByLabel("Ngày", { exact: true }).fill(date);
  await page.getByRole("button", { name: "Xác nhận lên lịch" }).click();

  await expect(page.getByTestId("story-status")).toHaveText("Đã lên lịch");
  await expect(page.getByText(`Xuất bản lúc ${weekday}, ${date} 06:12`, { exact: true })).toBeVisible();

  // Lịch: the same time, day first, in the fields of Dời lịch and in words under them.
  await page.goto(`/toa-soan/lich?tu=${year}-${String(month).padStart(2, "0")}-07`);
  // The story's own line of the day (the day is a list item too).
  const entry = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: approved.title }) })
    .last();
  await expect(entry.getByLabel(`Ngày xuất bản của “${approved.title}”`)).toHaveValue(date);
  await expect(entry.getByLabel(`Giờ xuất bản của “${approved.title}”`)).toHaveValue("06:12");
  await expect(entry.getByTestId("time-echo")).toHaveText(`${weekday}, ${date} 06:12 (giờ Việt Nam)`);
  await entry.getByRole("link", { name: approved.title }).click();
  await expect(page.getByRole("link", { name: "← Lịch xuất bản" })).toBeVisible();
});

test("the desk's date filters and Nhật ký's are typed day first on an English browser", async ({ page }) => {
  await page.goto("/toa-soan");
  const from = page.getByLabel("Từ ngày");
  await expect(from).toHaveAttribute("placeholder", "dd/mm/yyyy");
  // 07/12/2026 is the 7th of December, never the 12th of July.
  await from.fill("07/12/2026");
  await expect(page).toHaveURL(/[?&]from=2026-12-07(&|$)/);
  await page.reload();
  await expect(page.getByLabel("Từ ngày")).toHaveValue("07/12/2026");
  await page.getByLabel("Từ ngày").fill("31/02/2026");
  await expect(page.getByLabel("Từ ngày")).toHaveAttribute("aria-invalid", "true");
});
