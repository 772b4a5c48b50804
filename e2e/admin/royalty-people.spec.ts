// Nhuận bút's people, on the demo admin's saved session: grants given in Người dùng hold at the
// person's next request; a grader keeps Người nhận nhuận bút without ever seeing payment details;
// kế toán opens and saves them behind "Xem thông tin thanh toán"; Cài đặt → Nhuận bút adds and
// removes a kind of work. The people given grants are the spec's own (factory), never the demo's.
import { logInAs } from "../pages/session";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("admin"));

test("grants given in Người dùng open Người nhận nhuận bút; payment details only to kế toán, behind Xem", async ({ page, factory, browser }) => {
  const tag = uniqueTag();
  const grader = await factory.makePerson("chief_editor");
  const accountant = await factory.makePerson("reporter");

  // Arrange: the admin gives each their grant.
  for (const [person, grant] of [
    [grader, "Chấm nhuận bút"],
    [accountant, "Kế toán"],
  ] as const) {
    await page.goto(`/toa-soan/quan-tri/nguoi-dung?q=${encodeURIComponent(person.email)}`);
    await page.getByRole("checkbox", { name: `Cấp quyền ${grant} cho ${person.name}`, exact: true }).check();
    await page.getByRole("button", { name: `Lưu quyền thêm của ${person.name}`, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Đã lưu quyền thêm của ${person.name}: ${grant}.` })).toBeVisible();
  }

  // The grader adds a collaborator whose pen name is also the grader's own: the list warns.
  const graderContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const graderPage = await graderContext.newPage();
  await logInAs(graderPage, grader);
  await graderPage.goto("/toa-soan/nhuan-but/nguoi-nhan");
  await expect(graderPage.getByRole("heading", { level: 1, name: "Người nhận nhuận bút" })).toBeVisible();
  const collaborator = `Lý Văn Sơn ${tag}`;
  const form = graderPage.getByRole("form", { name: "Thêm cộng tác viên" });
  await form.getByLabel("Họ tên", { exact: true }).fill(collaborator);
  await form.getByLabel("Bút danh", { exact: true }).fill(`LÝ SƠN ${tag}\n${grader.penName}`);
  await form.getByLabel("Điện thoại", { exact: true }).fill("0912 345 678");
  await form.getByRole("button", { name: "Thêm cộng tác viên" }).click();
  await expect(graderPage.getByRole("status").filter({ hasText: `Đã thêm ${collaborator}.` })).toBeVisible();
  await graderPage.getByRole("searchbox", { name: "Tìm kiếm" }).fill(`ly son ${tag}`);
  await graderPage.getByRole("button", { name: "Lọc" }).click();
  const row = graderPage.getByRole("row").filter({ has: graderPage.getByRole("rowheader", { name: collaborator }) });
  await expect(row).toContainText(`“${grader.penName}”: bút danh này cũng là của ${grader.name}.`);
  // A grader keeps the list but payment details are not theirs: no column, no button.
  await expect(graderPage.getByRole("columnheader", { name: "Thông tin thanh toán" })).toHaveCount(0);
  await row.getByRole("link", { name: `Sửa ${collaborator}` }).click();
  await expect(graderPage.getByRole("heading", { level: 1, name: collaborator })).toBeVisible();
  const payeeUrl = graderPage.url();
  await expect(graderPage.getByRole("button", { name: "Xem thông tin thanh toán" })).toHaveCount(0);
  await graderContext.close();

  // Kế toán opens the details (nothing is shown before), saves them, and sees them again.
  const accountantContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const accountantPage = await accountantContext.newPage();
  await logInAs(accountantPage, accountant);
  await accountantPage.goto(payeeUrl);
  await expect(accountantPage.getByLabel("Số tài khoản")).toHaveCount(0);
  await accountantPage.getByRole("button", { name: "Xem thông tin thanh toán" }).click();
  await accountantPage.getByLabel("Số CCCD").fill("020 099 001 234");
  await accountantPage.getByLabel("Ngân hàng").fill("Agribank – Chi nhánh Lạng Sơn");
  await accountantPage.getByLabel("Số tài khoản").fill("8300 2050 12345");
  await accountantPage.getByLabel("Mã số thuế").fill("12345");
  await accountantPage.getByRole("button", { name: "Lưu thông tin thanh toán" }).click();
  await expect(accountantPage.getByText("Mã số thuế gồm 10 chữ số")).toBeVisible();
  await accountantPage.getByLabel("Mã số thuế").fill("020099001234");
  await accountantPage.getByRole("button", { name: "Lưu thông tin thanh toán" }).click();
  await expect(accountantPage.getByRole("status").filter({ hasText: `Đã lưu thông tin thanh toán của ${collaborator}.` })).toBeVisible();
  await expect(accountantPage.getByLabel("Số CCCD")).toHaveValue("020099001234");
  await accountantPage.reload();
  await accountantPage.getByRole("button", { name: "Xem thông tin thanh toán" }).click();
  await expect(accountantPage.getByLabel("Số tài khoản")).toHaveValue("8300205012345");
  await accountantContext.close();

  // The reads and the change are in Nhật ký, without the numbers.
  await page.goto("/toa-soan/quan-tri/nhat-ky");
  await expect(page.getByText(`xem thông tin thanh toán của ${collaborator}`, { exact: false }).first()).toBeVisible();
  await expect(page.getByText("8300205012345")).toHaveCount(0);
});

test("Cài đặt → Nhuận bút shows the value of one grade point and adds and removes a kind of work", async ({ page }) => {
  const name = `Tin ảnh ${uniqueTag()}`;
  await page.goto("/toa-soan/quan-tri/cai-dat");
  await page.getByRole("link", { name: "Cài đặt nhuận bút" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cài đặt nhuận bút" })).toBeVisible();
  await expect(page.getByText("Nghị định 18/2014/NĐ-CP")).toBeVisible();
  const share = page.getByLabel("Tỷ lệ so với lương cơ sở (%)");
  const typedShare = await share.inputValue();
  await share.fill("12,5");
  await expect(page.getByText(/^Giá trị một điểm hệ số: [\d.]+ đ$/)).toBeVisible();
  await share.fill(typedShare);

  await page.getByRole("button", { name: "Thêm loại tác phẩm" }).click();
  const rows = page.getByRole("table", { name: "Loại tác phẩm" }).getByRole("row");
  const count = await rows.count();
  await page.getByLabel(`Tên loại tác phẩm thứ ${count - 1}`).fill(name);
  await page.getByLabel(`Hệ số tối thiểu của ${name}`).fill("1");
  await page.getByLabel(`Hệ số gợi ý của ${name}`).fill("2,5");
  await page.getByLabel(`Hệ số tối đa của ${name}`).fill("8");
  await page.getByRole("button", { name: "Lưu cài đặt nhuận bút" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt nhuận bút." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(`Hệ số gợi ý của ${name}`)).toHaveValue("2,5");
  await page.getByRole("button", { name: `Bỏ loại ${name}` }).click();
  await page.getByRole("button", { name: "Lưu cài đặt nhuận bút" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt nhuận bút." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Hệ số gợi ý của ${name}`)).toHaveCount(0);
});
