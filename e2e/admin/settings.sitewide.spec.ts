// The paper's settings, and what readers see of them, on the demo admin's saved session. The
// paper's name shows on every public page: the test runs in the "sitewide" project, after the
// specs that read them, and puts the name back ("Báo Biên Cương") even when a step fails.
import { SettingsAdminPage } from "../pages/settings-admin-page";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("admin"));

const paperName = "Báo Biên Cương";

test.describe("settings (admin)", () => {
  test.afterEach(async ({ page }) => {
    const settings = new SettingsAdminPage(page);
    await settings.goto();
    if ((await settings.field("Tên báo").inputValue()) !== paperName || (await settings.field("Múi giờ").inputValue()) !== "Asia/Ho_Chi_Minh") {
      await settings.field("Tên báo").fill(paperName);
      await settings.field("Múi giờ").fill("Asia/Ho_Chi_Minh");
      await settings.save();
      await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt" })).toBeVisible();
    }
  });

  test("changing the paper's name shows on the public site at once; a bad time zone is refused", async ({ page }) => {
    const settings = new SettingsAdminPage(page);
    await settings.goto();
    await expect(settings.field("Tên báo")).toHaveValue(paperName);

    await settings.field("Múi giờ").fill("Asia/Hanoi");
    await settings.save();
    await expect(page.getByText("Múi giờ không hợp lệ; hãy chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh.", { exact: true })).toBeVisible();
    await expect(settings.field("Múi giờ")).toHaveAttribute("aria-invalid", "true");

    await settings.field("Múi giờ").fill("Asia/Ho_Chi_Minh");
    await settings.field("Tên báo").fill("Báo Biên Cương Điện tử");
    await settings.save();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt" })).toHaveText("Đã lưu cài đặt: Tên báo.");

    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Báo Biên Cương Điện tử" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Báo Biên Cương Điện tử");

    await settings.goto();
    await settings.field("Tên báo").fill(paperName);
    await settings.save();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt" })).toHaveText("Đã lưu cài đặt: Tên báo.");
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: paperName, exact: true })).toBeVisible();
  });
});
