// Hồ sơ, one's own profile. Each test signs in a reporter of its own: a pen name or a password
// change, and the log-out, must not touch the demo reporter whose session other specs share.
import { ProfilePage } from "../pages/profile-page";
import { logInAs } from "../pages/session";
import { expect, test } from "../support/test";

test.describe("Hồ sơ, one's own profile", () => {
  test("a reporter's new pen name becomes the default byline of a new story", async ({ page, factory }) => {
    const reporter = await factory.makePerson("reporter");
    const penName = `NGỌC MAI ${reporter.name.split(" ").at(-1)}`; // the name ends with its unique tag
    await logInAs(page, reporter);
    const profile = new ProfilePage(page);
    await profile.open();
    await expect(profile.name()).toHaveValue(reporter.name);
    await expect(profile.penName()).toHaveValue(reporter.penName);

    await profile.savePenName(penName);
    await page.getByRole("link", { name: "Viết bài mới" }).click();

    await expect(page.getByRole("button", { name: `Bỏ ${penName}` })).toBeVisible();
    await expect(page.getByRole("button", { name: `Bỏ ${reporter.penName}` })).toHaveCount(0);
  });

  test("a wrong current password is refused and the password stays as it was", async ({ page, factory }) => {
    const reporter = await factory.makePerson("reporter");
    await logInAs(page, reporter);
    const profile = new ProfilePage(page);
    await profile.open();
    await profile.currentPassword().fill("khong-phai-mat-khau");
    await profile.newPassword().fill("mat-khau-moi-that-dai");
    await profile.confirmPassword().fill("mat-khau-moi-that-dai");

    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Mật khẩu hiện tại không đúng." })).toBeVisible();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL((url) => url.pathname === "/dang-nhap");
    await logInAs(page, reporter); // still the password it was made with
    await expect(page.getByRole("heading", { level: 1, name: reporter.heading })).toBeVisible();
  });
});
