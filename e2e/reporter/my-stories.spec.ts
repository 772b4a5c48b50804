// "Bài của tôi", the reporter's start page: their own stories with their states, searched and
// filtered in the address, a page of 50 at a time with the count, and usable on a phone.
import { demoUsers } from "../pages/login-page";
import { expectNoSidewaysScroll, MyStoriesPage, phone } from "../pages/newsroom-lists-page";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("reporter"));

test("the reporter sees only their own stories, with their states", async ({ page, factory }) => {
  const tag = uniqueTag();
  const published = await factory.makeStory({
    status: "published",
    author: demoUsers.reporter.email,
    title: `Lạng Sơn đón hơn 1,2 triệu lượt khách dịp đầu xuân ${tag}`,
  });
  const draft = await factory.makeStory({ status: "draft", author: demoUsers.reporter.email, title: `Bài thử ${tag} nháp` });
  const someoneElses = await factory.makeStory({ status: "submitted", title: `Bài thử ${tag} của người khác` });

  const mine = new MyStoriesPage(page);
  await mine.goto();
  await expect(page.getByTestId("published-this-month")).toContainText(/Tháng \d{2}\/\d{4}: \d+ bài của bạn đã xuất bản\./);
  // The demo reporter's list is long: the search narrows it, and the address keeps the search.
  await mine.search(tag);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}`));
  const table = mine.table();
  await expect(table.getByRole("row").filter({ hasText: published.title })).toContainText("Đã xuất bản");
  await expect(table.getByRole("row").filter({ hasText: draft.title })).toContainText("Nháp");
  await expect(table.getByRole("row").filter({ hasText: someoneElses.title })).toHaveCount(0);
  await expect(mine.count()).toHaveText("Hiển thị 1–2 trên 2 bài");

  // A filter by status keeps the search.
  await mine.filters().getByLabel("Trạng thái").selectOption({ label: "Nháp" });
  await mine.filters().getByRole("button", { name: "Lọc" }).click();
  await expect(mine.count()).toHaveText("Hiển thị 1–1 trên 1 bài");
  await expect(table).toContainText(draft.title);
});

test("on a phone, more than fifty stories page with their count, and nothing scrolls sideways", async ({ factory, signedIn }) => {
  const reporter = await factory.makePerson("reporter");
  const titles: string[] = [];
  for (let i = 1; i <= 53; i++) {
    const made = await factory.makeStory({ author: reporter.id, title: `Bản tin xã Tân Thanh số ${i} ${uniqueTag()}` });
    titles.push(made.title);
  }
  const page = await signedIn(reporter);
  await page.setViewportSize(phone);
  const mine = new MyStoriesPage(page);
  await mine.goto();

  await expect(mine.count()).toHaveText("Hiển thị 1–50 trên 53 bài");
  await expect(mine.table().getByRole("row").filter({ hasText: titles[52]! })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await mine.pager().getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(mine.count()).toHaveText("Hiển thị 51–53 trên 53 bài");
  // The first story written is on the last page: it has not vanished.
  await expect(mine.table().getByRole("row").filter({ hasText: titles[0]! })).toBeVisible();
  await expect(mine.pager()).toContainText("Trang 2/2");
  await expectNoSidewaysScroll(page);

  await page.goBack();
  await expect(mine.count()).toHaveText("Hiển thị 1–50 trên 53 bài");
});
