// The admin's sections and settings screens, and what readers see of them. Every test leaves the
// demo paper as it found it ("Thể thao" at /the-thao, the name "Báo Biên Cương"): later specs rely on it.
import { expect, test, type Page } from "@playwright/test";
import { demoUsers } from "./pages/login-page";
import { logInAs } from "./pages/session";

const shot = (name: string) => `e2e/screenshots/admin-${name}.png`;
const paperName = "Báo Biên Cương";

/** /toa-soan/quan-tri/chuyen-muc, found by the Vietnamese names of its controls. */
class SectionsAdminPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/toa-soan/quan-tri/chuyen-muc");
    await expect(this.page.getByRole("heading", { level: 1, name: "Chuyên mục" })).toBeVisible();
  }
  row(name: string) {
    return this.page.getByRole("listitem", { name, exact: true });
  }
  control(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }
  createForm() {
    return this.page.getByRole("form", { name: "Thêm chuyên mục" });
  }
  async create(name: string, slug = "") {
    const form = this.createForm();
    await form.getByLabel("Tên", { exact: true }).fill(name);
    await form.getByLabel("Đường dẫn", { exact: true }).fill(slug);
    await form.getByRole("button", { name: "Thêm chuyên mục" }).click();
  }
  async rename(current: string, name: string, slug: string) {
    await this.control(`Đổi tên chuyên mục ${current}`).click();
    const form = this.page.getByRole("form", { name: `Đổi tên chuyên mục ${current}` });
    await form.getByLabel("Tên", { exact: true }).fill(name);
    await form.getByLabel("Đường dẫn", { exact: true }).fill(slug);
    await form.getByRole("button", { name: "Lưu", exact: true }).click();
  }
}

/** /toa-soan/quan-tri/cai-dat. */
class SettingsAdminPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/toa-soan/quan-tri/cai-dat");
    await expect(this.page.getByRole("heading", { level: 1, name: "Cài đặt" })).toBeVisible();
  }
  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
  async save() {
    await this.page.getByRole("button", { name: "Lưu cài đặt" }).click();
  }
}

// permanentRedirect answers 308 (the permanent redirect that keeps the method); readers and search
// engines treat it as 301.
const permanent = [301, 308];

test.describe("sections and settings (admin)", () => {
  test.afterEach(async ({ page }) => {
    // Put the demo paper back even when a step above failed.
    const sections = new SectionsAdminPage(page);
    await sections.goto();
    if ((await sections.control("Đổi tên chuyên mục Thể thao - Vận động").count()) > 0) {
      await sections.rename("Thể thao - Vận động", "Thể thao", "the-thao");
      await expect(sections.row("Thể thao")).toContainText("/the-thao");
    }
    if ((await sections.control("Xóa chuyên mục Chuyển đổi số").count()) > 0) {
      await sections.control("Xóa chuyên mục Chuyển đổi số").click();
      await sections.control("Xóa hẳn chuyên mục Chuyển đổi số").click();
      await page.waitForURL(/da-xoa=1/);
    }
    const settings = new SettingsAdminPage(page);
    await settings.goto();
    if ((await settings.field("Tên báo").inputValue()) !== paperName || (await settings.field("Múi giờ").inputValue()) !== "Asia/Ho_Chi_Minh") {
      await settings.field("Tên báo").fill(paperName);
      await settings.field("Múi giờ").fill("Asia/Ho_Chi_Minh");
      await settings.save();
      await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt" })).toBeVisible();
    }
  });

  test("renaming a section keeps its old public addresses answering with a permanent redirect", async ({ page }) => {
    await logInAs(page, demoUsers.admin);
    const sections = new SectionsAdminPage(page);
    await sections.goto();
    await expect(sections.row("Thể thao")).toContainText("/the-thao");

    await sections.rename("Thể thao", "Thể thao - Vận động", "the-thao-van-dong");

    const row = sections.row("Thể thao - Vận động");
    await expect(row.getByRole("status")).toHaveText("Đã lưu chuyên mục “Thể thao - Vận động” (/the-thao-van-dong).");
    await expect(row).toContainText("Đường dẫn cũ, vẫn chuyển hướng về đây: /the-thao");
    await page.screenshot({ path: shot("sections-renamed"), fullPage: true });

    const old = await page.request.get("/the-thao", { maxRedirects: 0 });
    expect(permanent).toContain(old.status());
    expect(old.headers()["location"]).toMatch(/\/the-thao-van-dong$/);

    await page.goto("/the-thao");
    await expect(page).toHaveURL(/\/the-thao-van-dong$/);
    await expect(page.getByRole("heading", { level: 1, name: "Thể thao - Vận động" })).toBeVisible();
    const storyLink = page.getByRole("article").first().getByRole("heading", { level: 2 }).getByRole("link");
    const href = await storyLink.getAttribute("href");
    expect(href).toMatch(/^\/the-thao-van-dong\/[a-z0-9-]+-\d+$/);
    await page.screenshot({ path: shot("section-page"), fullPage: false });

    // A story's old address, under the section's old slug, goes to its new address.
    const oldStory = await page.request.get(href!.replace(/^\/the-thao-van-dong\//, "/the-thao/"), { maxRedirects: 0 });
    expect(permanent).toContain(oldStory.status());
    expect(oldStory.headers()["location"]).toMatch(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  });

  test("a new section refuses a reserved address, can be hidden from readers, and is deleted while empty", async ({ page }) => {
    await logInAs(page, demoUsers.admin);
    const sections = new SectionsAdminPage(page);
    await sections.goto();

    await sections.create("Tìm kiếm");
    await expect(sections.createForm().getByRole("alert")).toHaveText("Đường dẫn “tim-kiem” trùng với một trang của hệ thống; hãy chọn đường dẫn khác.");

    await sections.create("Chuyển đổi số");
    await expect(sections.createForm().getByRole("status")).toHaveText("Đã thêm chuyên mục với đường dẫn /chuyen-doi-so.");
    await expect(sections.row("Chuyển đổi số")).toContainText("0 bài viết");
    expect((await page.request.get("/chuyen-doi-so")).status()).toBe(200);

    await sections.control("Ẩn chuyên mục Chuyển đổi số").click();
    await expect(sections.control("Hiện chuyên mục Chuyển đổi số")).toBeVisible();
    await expect(sections.row("Chuyển đổi số")).toContainText("Đã ẩn");
    expect((await page.request.get("/chuyen-doi-so")).status()).toBe(404);

    await sections.control("Xóa chuyên mục Chuyển đổi số").click();
    await sections.control("Xóa hẳn chuyên mục Chuyển đổi số").click();
    await page.waitForURL(/da-xoa=1/);
    await expect(page.getByText("Đã xóa chuyên mục.")).toBeVisible();
    await expect(sections.row("Chuyển đổi số")).toHaveCount(0);
    // A section with stories offers no delete at all: only hide or merge.
    await expect(sections.control("Xóa chuyên mục Kinh tế")).toHaveCount(0);
    await expect(sections.control("Gộp chuyên mục Kinh tế vào chuyên mục khác")).toBeVisible();
  });

  test("changing the paper's name shows on the public site at once; a bad time zone is refused", async ({ page }) => {
    await logInAs(page, demoUsers.admin);
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
    await page.screenshot({ path: shot("settings-saved"), fullPage: true });

    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Báo Biên Cương Điện tử" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Báo Biên Cương Điện tử");
    await page.screenshot({ path: shot("home-renamed"), fullPage: false });

    await settings.goto();
    await settings.field("Tên báo").fill(paperName);
    await settings.save();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt" })).toHaveText("Đã lưu cài đặt: Tên báo.");
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: paperName, exact: true })).toBeVisible();
  });
});
