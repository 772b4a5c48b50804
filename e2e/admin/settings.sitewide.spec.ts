import path from "node:path";
// The paper's settings, and what readers see of them, on the demo admin's saved session. The
// paper's name shows on every public page: the test runs in the "sitewide" project, after the
// specs that read them, and puts the name back ("Báo Biên Cương") even when a step fails.
import { SettingsAdminPage } from "../pages/settings-admin-page";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("admin"));

const paperName = "Báo Biên Cương";
const logoAddress = "Hoặc địa chỉ ảnh logo (https://… hoặc /media/…)";

test.describe("settings (admin)", () => {
  // Both tests change the one set of settings the afterEach puts back.
  test.describe.configure({ mode: "serial" });
  test.afterEach(async ({ page }) => {
    const settings = new SettingsAdminPage(page);
    await settings.goto();
    const logo = settings.field(logoAddress);
    if (
      (await settings.field("Tên báo").inputValue()) !== paperName ||
      (await settings.field("Múi giờ").inputValue()) !== "Asia/Ho_Chi_Minh" ||
      (await logo.inputValue()) !== ""
    ) {
      await settings.field("Tên báo").fill(paperName);
      await settings.field("Múi giờ").selectOption("Asia/Ho_Chi_Minh");
      await logo.fill("");
      await settings.save();
      await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt" })).toBeVisible();
    }
  });

  test("changing the paper's name shows on the public site at once; the time zone is chosen from a list", async ({ page }) => {
    const settings = new SettingsAdminPage(page);
    await settings.goto();
    await expect(settings.field("Tên báo")).toHaveValue(paperName);

    // Múi giờ is a list of zones, the paper's own first, named in Vietnamese.
    const zone = settings.field("Múi giờ");
    await expect(zone).toHaveValue("Asia/Ho_Chi_Minh");
    await expect(zone.locator("option").first()).toHaveText("Giờ Việt Nam (GMT+07:00) — Asia/Ho_Chi_Minh");
    await expect(zone.locator("option", { hasText: "Asia/Bangkok" })).toHaveCount(1);

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

  test("the admin uploads the logo through the drop zone; it shows on the public site once saved", async ({ page }) => {
    const settings = new SettingsAdminPage(page);
    await settings.goto();
    await page.getByLabel("Kéo thả ảnh logo vào đây, hoặc bấm để tải ảnh lên").setInputFiles(path.join(process.cwd(), "e2e", "fixtures", "hoi-nghi.jpg"));
    await expect(page.getByRole("status").filter({ hasText: "Đã tải lên “hoi-nghi.jpg”" })).toBeVisible();
    await expect(settings.field(logoAddress)).toHaveValue(/^\/media\//);

    await settings.save();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt" })).toHaveText("Đã lưu cài đặt: Logo.");
    const address = await settings.field(logoAddress).inputValue();
    await page.goto("/");
    await expect(page.locator(`img[src="${address}"]`).first()).toBeVisible();
  });
});
