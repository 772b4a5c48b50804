// The admin's sections screen, and what readers see of it, on the demo admin's saved session and
// sections the factory makes for each test (the paper's own sections are left as they are).
// Every change here refreshes every public page, so it runs in the "sitewide" project, after the
// specs that read the public pages' caches.
import { SectionsAdminPage } from "../pages/sections-admin-page";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("admin"));

// permanentRedirect answers 308 (the permanent redirect that keeps the method); readers and search
// engines treat it as 301.
const permanent = [301, 308];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("sections (admin)", () => {
  test("renaming a section keeps its old public addresses answering with a permanent redirect", async ({ page, factory }) => {
    const tag = uniqueTag();
    const slug = `the-thao-${tag.toLowerCase()}`;
    const section = await factory.makeSection({ name: `Thể thao ${tag}`, slug });
    await factory.makeStory({ status: "published", section, title: `Giải bóng chuyền hơi các dân tộc tỉnh Lạng Sơn ${tag}` });
    const renamed = { name: `Thể thao ${tag} - Vận động`, slug: `${slug}-van-dong` };
    const sections = new SectionsAdminPage(page);
    await sections.goto();
    await expect(sections.row(section.name)).toContainText(`/${slug}`);

    await sections.rename(section.name, renamed.name, renamed.slug);

    const row = sections.row(renamed.name);
    await expect(row.getByRole("status")).toHaveText(`Đã lưu chuyên mục “${renamed.name}” (/${renamed.slug}).`);
    await expect(row).toContainText(`Đường dẫn cũ, vẫn chuyển hướng về đây: /${slug}`);

    const old = await page.request.get(`/${slug}`, { maxRedirects: 0 });
    expect(permanent).toContain(old.status());
    expect(old.headers()["location"]).toMatch(new RegExp(`/${renamed.slug}$`));

    await page.goto(`/${slug}`);
    await expect(page).toHaveURL(new RegExp(`/${renamed.slug}$`));
    await expect(page.getByRole("heading", { level: 1, name: renamed.name })).toBeVisible();
    const storyLink = page.getByRole("article").first().getByRole("heading", { level: 2 }).getByRole("link");
    const href = await storyLink.getAttribute("href");
    expect(href).toMatch(new RegExp(`^/${renamed.slug}/[a-z0-9-]+-\\d+$`));

    // A story's old address, under the section's old slug, goes to its new address.
    const oldStory = await page.request.get(href!.replace(`/${renamed.slug}/`, `/${slug}/`), { maxRedirects: 0 });
    expect(permanent).toContain(oldStory.status());
    expect(oldStory.headers()["location"]).toMatch(new RegExp(`${escape(href!)}$`));

    // Hidden again, so that made sections stay out of the paper's menu (the screenshots come later).
    await sections.goto();
    await sections.control(`Ẩn chuyên mục ${renamed.name}`).click();
    await expect(sections.control(`Hiện chuyên mục ${renamed.name}`)).toBeVisible();
  });

  test("a new section refuses a reserved address, can be hidden from readers, and is deleted while empty", async ({ page, factory }) => {
    const tag = uniqueTag();
    const name = `Chuyển đổi số ${tag}`;
    const slug = `chuyen-doi-so-${tag.toLowerCase()}`;
    // A section with a story in it, made for the last check (hidden: readers need not see it).
    const busy = await factory.makeSection({ hidden: true });
    await factory.makeStory({ status: "submitted", section: busy });
    const sections = new SectionsAdminPage(page);
    await sections.goto();

    await sections.create("Tìm kiếm");
    await expect(sections.createForm().getByRole("alert")).toHaveText("Đường dẫn “tim-kiem” trùng với một trang của hệ thống; hãy chọn đường dẫn khác.");

    await sections.create(name);
    await expect(sections.createForm().getByRole("status")).toHaveText(`Đã thêm chuyên mục với đường dẫn /${slug}.`);
    await expect(sections.row(name)).toContainText("0 bài viết");
    expect((await page.request.get(`/${slug}`)).status()).toBe(200);

    await sections.control(`Ẩn chuyên mục ${name}`).click();
    await expect(sections.control(`Hiện chuyên mục ${name}`)).toBeVisible();
    await expect(sections.row(name)).toContainText("Đã ẩn");
    expect((await page.request.get(`/${slug}`)).status()).toBe(404);

    await sections.control(`Xóa chuyên mục ${name}`).click();
    await sections.control(`Xóa hẳn chuyên mục ${name}`).click();
    await page.waitForURL(/da-xoa=1/);
    await expect(page.getByText("Đã xóa chuyên mục.")).toBeVisible();
    await expect(sections.row(name)).toHaveCount(0);
    // A section with stories offers no delete at all: only hide or merge.
    await expect(sections.control(`Xóa chuyên mục ${busy.name}`)).toHaveCount(0);
    await expect(sections.control(`Gộp chuyên mục ${busy.name} vào chuyên mục khác`)).toBeVisible();
  });
});
