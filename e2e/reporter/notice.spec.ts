// Thông báo (issue 18): a notice needs no sapo. The reporter chooses the kind in the editor
// ("Loại bài"); submission requires a sapo of a Tin / Bài only, and says so by name.
import { StoryEditorPage } from "../pages/story-editor-page";
import { demoUsers } from "../pages/login-page";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

// The demo reporter's saved session.
test.use(sessionOf("reporter"));

test("a reporter writes a Thông báo without a sapo and submits it", async ({ page }) => {
  const title = `Thông báo tuyển dụng phóng viên năm 2026 ${uniqueTag()}`;
  await page.goto("/toa-soan/bai-viet/moi");
  const editor = new StoryEditorPage(page);
  await expect(editor.kind("Tin / Bài")).toBeChecked();

  await editor.kind("Thông báo").check();
  await editor.title().fill(title);
  await editor.body().click();
  await page.keyboard.type("Báo Lạng Sơn thông báo tuyển dụng 02 phóng viên làm việc tại Ban Thời sự. Hồ sơ nộp trước ngày 31/12/2026.");
  await editor.section().selectOption({ label: "Chính trị" });
  await editor.waitSaved();

  // The sapo stays empty: the editor says a notice does without one.
  await expect(editor.sapo()).toHaveValue("");
  await expect(editor.sapo()).toHaveAccessibleDescription("Thông báo không cần sapo; nếu có, sapo được in dưới tiêu đề.");
  await page.getByRole("button", { name: "Gửi duyệt" }).click();

  await page.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(page.getByText("Đã gửi bài cho ban biên tập.")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Chờ duyệt");
  await expect(row).toContainText("Thông báo");
});

test("switched back to Tin / Bài, a story without a sapo is refused, naming the sapo", async ({ page, factory }) => {
  const story = await factory.makeStory({
    kind: "notice",
    author: demoUsers.reporter.email,
    title: `Thông báo lịch tiếp công dân tháng 12 ${uniqueTag()}`,
    sapo: "",
    paragraphs: ["Lãnh đạo Báo tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở cơ quan."],
    section: "chinh-tri",
  });
  await page.goto(`/toa-soan/bai-viet/${story.id}`);
  const editor = new StoryEditorPage(page);
  await expect(editor.kind("Thông báo")).toBeChecked();

  await editor.kind("Tin / Bài").check();
  await editor.waitSaved();
  await page.getByRole("button", { name: "Gửi duyệt" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Chưa gửi được" })).toHaveText("Chưa gửi được: bài còn thiếu Sapo.");
  await expect(editor.kind("Tin / Bài")).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`/toa-soan/bai-viet/${story.id}$`));

  // Chosen again, Thông báo goes to the desk as it is.
  await editor.kind("Thông báo").check();
  await editor.waitSaved();
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await page.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(page.getByRole("row", { name: new RegExp(story.title) })).toContainText("Chờ duyệt");
});

test("readers see a published notice labelled Thông báo, with no sapo element, described as an Article", async ({ factory, anonymous }) => {
  const title = `Thông báo lịch tiếp công dân tháng 12/2026 ${uniqueTag()}`;
  const story = await factory.makeStory({
    kind: "notice",
    status: "published",
    author: demoUsers.reporter.email,
    title,
    sapo: "",
    paragraphs: ["Lãnh đạo Báo tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở cơ quan."],
    section: "chinh-tri",
  });
  const reader = await anonymous();

  await reader.goto(story.path!);

  const article = reader.getByRole("article").filter({ has: reader.getByRole("heading", { level: 1, name: title }) });
  await expect(article.locator(".story-kind")).toHaveText("Thông báo");
  await expect(article.locator(".story-sapo")).toHaveCount(0);
  const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "null") as Record<string, unknown>;
  expect(ld).toMatchObject({
    "@type": "Article",
    headline: title,
    description: "Lãnh đạo Báo tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở cơ quan.",
  });
});
