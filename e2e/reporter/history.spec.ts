// Lịch sử sửa đổi as the reporter sees it, on the demo reporter's saved session.
import { demoUsers } from "../pages/login-page";
import { StoryEditorPage } from "../pages/story-editor-page";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("reporter"));

test("the reporter sees the history of her story in review, her sent copy marked, but cannot restore it", async ({ page, factory }) => {
  const story = await factory.makeStory({
    status: "in_review",
    author: demoUsers.reporter.email,
    title: `Cảnh báo thủ đoạn giả danh công an gọi điện yêu cầu cài ứng dụng ${uniqueTag()}`,
  });
  await page.goto("/toa-soan");
  await page.getByRole("link", { name: story.title }).click();
  const id = await new StoryEditorPage(page).storyId();
  await page.goto(`/toa-soan/bai-viet/${id}/lich-su`);
  await expect(page.getByRole("heading", { name: "Lịch sử sửa đổi" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Khôi phục/ })).toHaveCount(0);

  // The copy she sent is marked and credited to her, though the editor moved the story on since.
  const sent = page.getByRole("row").filter({ hasText: "Bản gửi duyệt" });
  await expect(sent).toHaveCount(1);
  await expect(sent.getByRole("rowheader")).toHaveText("Phiên bản 1");
  await expect(sent).toContainText(demoUsers.reporter.name);
  await expect(page.getByRole("row").filter({ hasText: "Bản hiện tại" })).toContainText(demoUsers.reporter.name);

  // A story she may not see at all answers 404.
  const response = await page.goto("/toa-soan/bai-viet/999999/lich-su");
  expect(response?.status()).toBe(404);
});
