// The desk's lists on a phone, by page and by search: the queue at 390 px keeps Nhận bài in reach
// with no sideways scroll and titles on whole lines; a tab past fifty stories pages, the page in the
// address; Trang chủ finds a published story by typing; the newsroom search finds a story by its
// public address.
import { DeskQueuePage, expectNoSidewaysScroll, phone } from "../pages/newsroom-lists-page";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("editor"));

test("at 390 px the queue is a stack of cards: Nhận bài is reachable and nothing scrolls sideways", async ({ page, factory }) => {
  const section = await factory.makeSection();
  const story = await factory.makeStory({
    status: "submitted",
    section,
    title: `Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh ${uniqueTag()}`,
  });
  await page.setViewportSize(phone);
  await page.goto(`/toa-soan?status=submitted&section=${section.id}`);
  const queue = new DeskQueuePage(page);
  const row = queue.row(story.id);
  await expect(row).toBeVisible();
  await expect(page.getByTestId("queue-count")).toHaveText("Hiển thị 1–1 trên 1 bài");
  await expectNoSidewaysScroll(page);
  // The title takes the card's width, never a word a line.
  const title = await row.getByRole("link", { name: story.title }).boundingBox();
  expect(title!.width).toBeGreaterThan(250);

  const claim = row.getByRole("button", { name: `Nhận bài “${story.title}”` });
  await claim.scrollIntoViewIfNeeded();
  await expect(claim).toBeInViewport();
  await claim.click();
  await page.waitForURL((url) => url.pathname === `/toa-soan/bai-viet/${story.id}`);
  await expect(page.getByTestId("holder")).toHaveText("Bạn đang giữ bài này.");
});

test("a desk tab of more than fifty stories pages, the page in the address, back and forward included", async ({ page, factory }) => {
  const section = await factory.makeSection();
  const titles: string[] = [];
  for (let i = 1; i <= 52; i++) titles.push((await factory.makeStory({ status: "submitted", section, title: `Tin xã Hữu Lũng số ${i} ${uniqueTag()}` })).title);
  await page.goto(`/toa-soan?status=submitted&section=${section.id}`);
  const count = page.getByTestId("queue-count");
  await expect(count).toHaveText("Hiển thị 1–50 trên 52 bài");
  // Oldest waiting first: the last two sent are on page 2.
  await expect(page.getByRole("table").getByRole("link", { name: titles[0] })).toBeVisible();

  await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang sau" }).click();
  await expect(count).toHaveText("Hiển thị 51–52 trên 52 bài");
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByRole("table").getByRole("link", { name: titles[51] })).toBeVisible();

  await page.goBack();
  await expect(count).toHaveText("Hiển thị 1–50 trên 52 bài");
  await page.goForward();
  await expect(count).toHaveText("Hiển thị 51–52 trên 52 bài");
  // A shared link opens the same page.
  await page.reload();
  await expect(count).toHaveText("Hiển thị 51–52 trên 52 bài");
});

test("the newsroom search finds a story by its public address, and not another's draft", async ({ page, factory }) => {
  const tag = uniqueTag();
  const section = await factory.makeSection();
  const published = await factory.makeStory({ status: "published", section, title: `Chợ phiên Kỳ Lừa ${tag}` });
  const draft = await factory.makeStory({ status: "draft", title: `Chợ phiên Đồng Đăng ${tag}` });
  await page.goto(`/toa-soan/tim-kiem?q=${encodeURIComponent(`http://127.0.0.1/${published.path!.slice(1)}`)}`);
  const results = page.getByRole("table", { name: "Kết quả tìm kiếm" });
  await expect(results.getByRole("row").filter({ hasText: published.title })).toBeVisible();

  await page.getByRole("search", { name: "Tìm kiếm" }).getByRole("searchbox").fill(`chợ phiên ${tag}`);
  await page.getByRole("search", { name: "Tìm kiếm" }).getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page.getByTestId("list-count")).toHaveText("Hiển thị 1–1 trên 1 bài");
  await expect(results).not.toContainText(draft.title);
});

test.describe("Trang chủ", () => {
  test.use(sessionOf("chief"));

  test("at 390 px the picker finds a published story by typing and adds it to the lineup", async ({ page, factory }) => {
    const story = await factory.makeStory({ status: "published", title: `Lễ hội Lồng tồng xã Bình Gia ${uniqueTag()}` });
    await page.setViewportSize(phone);
    await page.goto("/toa-soan/trang-chu");
    await expect(page.getByRole("heading", { level: 1, name: "Trang chủ" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Tìm bài đã xuất bản" }).fill(story.title.split(" ").slice(-2).join(" "));
    const results = page.getByRole("list", { name: "Bài tìm được" });
    await expect(results.getByRole("listitem")).toHaveCount(1);
    await results.getByRole("button", { name: `Thêm “${story.title}”` }).click();
    await expect(page.getByRole("list", { name: "Thứ tự trên trang chủ" })).toContainText(story.title);
    await expectNoSidewaysScroll(page);
  });

  test("the picker's search route validates its query and is the chief editor's", async ({ page, signedIn }) => {
    const tooLong = await page.request.get(`/api/home/candidates?q=${"x".repeat(121)}`);
    expect(tooLong.status()).toBe(400);
    expect(((await tooLong.json()) as { error: string }).error).toBe("Từ khóa quá dài.");
    const ok = await page.request.get("/api/home/candidates?q=");
    expect(ok.status()).toBe(200);
    expect(((await ok.json()) as { choices: unknown[] }).choices.length).toBeLessThanOrEqual(12);
    const editor = await signedIn("editor");
    expect((await editor.request.get("/api/home/candidates?q=a")).status()).toBe(403);
  });
});
