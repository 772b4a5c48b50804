// Lịch sử sửa đổi, Ghi chú and Thông báo, driven as the desk and the reporter use them, on the
// demo editor's saved session and stories the factory makes for each test.
import { demoUsers } from "../pages/login-page";
import { DeskQueuePage } from "../pages/newsroom-lists-page";
import { StoryEditorPage } from "../pages/story-editor-page";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("editor"));

test("an editor edits a story in review twice, compares two versions and restores the older one", async ({ page, factory }) => {
  const original = "Trung tâm Phục vụ hành chính công tỉnh: hơn 95% hồ sơ được giải quyết trước và đúng hạn";
  const first = "Trung tâm Phục vụ hành chính công tỉnh: gần 96% hồ sơ được giải quyết trước và đúng hạn";
  const second = "Trung tâm Phục vụ hành chính công tỉnh: gần 96% hồ sơ được giải quyết sớm và đúng hạn";

  // Arrange: the editor opens a story he holds.
  const story = await factory.makeStory({
    status: "in_review",
    title: original,
    sapo: "Sau gần một năm hoạt động theo mô hình mới, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận hơn 120.000 hồ sơ.",
    holder: demoUsers.editor.email,
  });
  await page.goto("/toa-soan");
  const queue = new DeskQueuePage(page);
  await queue.tab("Đang biên tập").click();
  // 50 a page, oldest first: the search finds the story just made.
  await queue.search(original);
  await queue.row(story.id).getByRole("link", { name: original }).click();
  const editor = new StoryEditorPage(page);
  await expect(editor.title()).toHaveValue(original);
  const id = await editor.storyId();

  // Act: two saves, each keeping the version before it.
  await editor.title().fill(first);
  await editor.waitSaved();
  await editor.title().fill(second);
  await editor.waitSaved();

  await page.goto(`/toa-soan/bai-viet/${id}/lich-su`);
  await expect(page.getByRole("heading", { name: "Lịch sử sửa đổi" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  // Header, the current state, and the two kept versions.
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("Bản hiện tại");
  await expect(rows.nth(1)).toContainText(demoUsers.editor.name);
  await expect(rows.nth(1)).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  // Numbered in this story's history without gaps; the oldest is the copy the reporter sent.
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveText(["Phiên bản 3", "Phiên bản 2", "Phiên bản 1"]);
  const oldest = rows.nth(3);
  await expect(oldest).toContainText("Bản gửi duyệt");
  const oldestVersion = Number(/Phiên bản (\d+)/.exec((await oldest.getByRole("rowheader").textContent()) ?? "")![1]);

  await page.getByRole("radio", { name: `So sánh từ phiên bản ${oldestVersion}` }).check();
  await page.getByRole("radio", { name: /^So sánh đến bản hiện tại/ }).check();
  await page.getByRole("button", { name: "So sánh" }).click();

  // Assert: the changed words of the title are marked, the rest is not.
  const title = page.getByRole("region", { name: "Tiêu đề" });
  await expect(title.locator("del")).toHaveText(["hơn 95", "trước"]);
  await expect(title.locator("ins")).toHaveText(["gần 96", "sớm"]);
  await expect(page.getByText(/^Không thay đổi: Sapo, Nội dung/)).toBeVisible();

  // Khôi phục the oldest, confirmed, and the editor shows its title again.
  // The comparison is a new page: a click before its script has started does nothing, so try again.
  await expect(async () => {
    await page.getByRole("button", { name: `Khôi phục phiên bản ${oldestVersion}` }).click();
    await expect(page.getByText(`Đưa bài về phiên bản ${oldestVersion}? Bản hiện tại vẫn được giữ trong lịch sử.`)).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await page.getByRole("button", { name: "Xác nhận khôi phục" }).click();
  await page.waitForURL((url) => url.pathname === `/toa-soan/bai-viet/${id}`);
  await expect(editor.title()).toHaveValue(original);

  // Nothing was lost: the state replaced is in the history, marked as such.
  await page.goto(`/toa-soan/bai-viet/${id}/lich-su`);
  await expect(page.getByRole("row").filter({ hasText: "Trước khi khôi phục" })).toHaveCount(1);
});

test("the notes thread between an editor and the reporter on a submitted story, with the bell", async ({ page, factory, signedIn }) => {
  const title = "Hợp tác xã thạch đen Tràng Định mở rộng vùng nguyên liệu, liên kết với hơn 300 hộ dân";
  const question = "Đề nghị bổ sung thu nhập bình quân của các hộ liên kết năm 2026 và nguồn số liệu.";
  const answer = "Em đã bổ sung số liệu của Phòng Kinh tế xã vào đoạn cuối ạ.";
  // A reporter of the test's own, so that the bell counts this note alone.
  const reporter = await factory.makePerson("reporter");
  const story = await factory.makeStory({ status: "submitted", title, author: reporter });

  // The editor writes a note on a story waiting in the queue.
  await page.goto("/toa-soan");
  await new DeskQueuePage(page).search(title);
  await page.locator(`tr[data-story-id="${story.id}"]`).getByRole("link", { name: title }).click();
  const notes = page.getByRole("region", { name: "Ghi chú" });
  await notes.getByRole("textbox", { name: "Ghi chú" }).fill(question);
  await notes.getByRole("button", { name: "Gửi ghi chú" }).click();
  await expect(notes.getByRole("listitem")).toHaveCount(1);
  await expect(notes.getByRole("listitem").first()).toContainText(demoUsers.editor.name);
  await expect(notes.getByRole("listitem").first()).toContainText("Biên tập viên");
  await expect(notes.getByRole("textbox", { name: "Ghi chú" })).toHaveValue("");
  const storyUrl = new URL(page.url()).pathname;

  // The reporter, at her own desk, hears of it through the bell and answers from the story.
  const desk = await signedIn(reporter);
  const bell = desk.getByRole("button", { name: /^Thông báo \([1-9]\d* chưa đọc\)$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const list = desk.getByRole("region", { name: "Danh sách thông báo" });
  const item = list.getByRole("link", { name: new RegExp(`${demoUsers.editor.name} ghi chú bài “Hợp tác xã thạch đen`) });
  await expect(item).toContainText("vừa xong");
  await item.click();
  await desk.waitForURL((url) => /^\/toa-soan\/bai-viet\/\d+$/.test(url.pathname));
  await expect(desk.getByRole("button", { name: "Thông báo (0 chưa đọc)" })).toBeVisible();

  const thread = desk.getByRole("region", { name: "Ghi chú" });
  await expect(thread.getByRole("listitem").first()).toContainText(question);
  await thread.getByRole("textbox", { name: "Ghi chú" }).fill(answer);
  await thread.getByRole("button", { name: "Gửi ghi chú" }).click();
  await expect(thread.getByRole("listitem")).toHaveCount(2);
  await expect(thread.getByRole("listitem").nth(1)).toContainText(reporter.name);
  await expect(thread.getByRole("listitem").nth(1)).toContainText("Phóng viên");
  expect(new URL(desk.url()).pathname).toBe(storyUrl);

  // The editor reads the answer below his question.
  await page.goto(storyUrl);
  const again = page.getByRole("region", { name: "Ghi chú" });
  await expect(again.getByRole("listitem")).toHaveText([new RegExp(question.replace(/[.()]/g, "\\$&")), new RegExp(answer.replace(/[.()]/g, "\\$&"))]);
});
