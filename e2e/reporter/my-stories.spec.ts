// "Bài của tôi", the reporter's start page, on the demo reporter's saved session.
import { demoUsers } from "../pages/login-page";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("reporter"));

test("the reporter sees only their own stories, with their states", async ({ page, factory }) => {
  const published = await factory.makeStory({
    status: "published",
    author: demoUsers.reporter.email,
    title: `Lạng Sơn đón hơn 1,2 triệu lượt khách dịp đầu xuân ${uniqueTag()}`,
  });
  const draft = await factory.makeStory({ status: "draft", author: demoUsers.reporter.email });
  const someoneElses = await factory.makeStory({ status: "submitted" });

  await page.goto("/toa-soan");

  const table = page.getByRole("table", { name: "Bài viết" });
  await expect(table.getByRole("row").filter({ hasText: published.title })).toContainText("Đã xuất bản");
  await expect(table.getByRole("row").filter({ hasText: draft.title })).toContainText("Nháp");
  await expect(table.getByText("Nháp").first()).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: someoneElses.title })).toHaveCount(0);
});
