// Lịch sử sửa đổi, Ghi chú and Thông báo, driven as the desk and the reporter use them, on the
// demo newsroom (db/seed): bientap holds the stories "Đang biên tập", phongvien wrote them.
import { expect, test, type Page } from "@playwright/test";
import { demoUsers } from "./pages/login-page";
import { logInAs } from "./pages/session";
import { StoryEditorPage } from "./pages/story-editor-page";

const shot = (name: string) => `e2e/screenshots/${name}.png`;

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL((url) => url.pathname === "/dang-nhap" || url.pathname === "/");
}

test("an editor edits a story in review twice, compares two versions and restores the older one", async ({ page }) => {
  const original = "Trung tâm Phục vụ hành chính công tỉnh: hơn 95% hồ sơ được giải quyết trước và đúng hạn";
  const first = "Trung tâm Phục vụ hành chính công tỉnh: gần 96% hồ sơ được giải quyết trước và đúng hạn";
  const second = "Trung tâm Phục vụ hành chính công tỉnh: gần 96% hồ sơ được giải quyết sớm và đúng hạn";

  // Arrange: the editor opens a story he holds.
  await logInAs(page, demoUsers.editor);
  await page.getByRole("tab", { name: /Đang biên tập/ }).click();
  await page.getByRole("link", { name: original }).click();
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
  await expect(rows.nth(1)).toContainText("Trần Minh Đức");
  await expect(rows.nth(1)).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  const oldest = rows.nth(3);
  const oldestVersion = Number(/Phiên bản (\d+)/.exec((await oldest.getByRole("rowheader").textContent()) ?? "")![1]);
  await page.screenshot({ path: shot("history-list"), fullPage: true });

  await page.getByRole("radio", { name: `So sánh từ phiên bản ${oldestVersion}` }).check();
  await page.getByRole("radio", { name: /^So sánh đến bản hiện tại/ }).check();
  await page.getByRole("button", { name: "So sánh" }).click();

  // Assert: the changed words of the title are marked, the rest is not.
  const title = page.getByRole("region", { name: "Tiêu đề" });
  await expect(title.locator("del")).toHaveText(["hơn 95", "trước"]);
  await expect(title.locator("ins")).toHaveText(["gần 96", "sớm"]);
  await expect(page.getByText(/^Không thay đổi: Sapo, Nội dung/)).toBeVisible();
  await page.screenshot({ path: shot("history-diff"), fullPage: true });

  // Khôi phục the oldest, confirmed, and the editor shows its title again.
  await page.getByRole("button", { name: `Khôi phục phiên bản ${oldestVersion}` }).click();
  await expect(page.getByText(`Đưa bài về phiên bản ${oldestVersion}? Bản hiện tại vẫn được giữ trong lịch sử.`)).toBeVisible();
  await page.getByRole("button", { name: "Xác nhận khôi phục" }).click();
  await page.waitForURL((url) => url.pathname === `/toa-soan/bai-viet/${id}`);
  await expect(editor.title()).toHaveValue(original);

  // Nothing was lost: the state replaced is in the history, marked as such.
  await page.goto(`/toa-soan/bai-viet/${id}/lich-su`);
  await expect(page.getByRole("row").filter({ hasText: "Trước khi khôi phục" })).toHaveCount(1);
});

test("a restore refused by the policy: the reporter sees the history of her story in review but cannot restore it", async ({ page }) => {
  await logInAs(page, demoUsers.reporter);
  await page.getByRole("link", { name: "Cảnh báo thủ đoạn giả danh công an gọi điện yêu cầu cài ứng dụng để chiếm đoạt tiền" }).click();
  const id = await new StoryEditorPage(page).storyId();
  await page.goto(`/toa-soan/bai-viet/${id}/lich-su`);
  await expect(page.getByRole("heading", { name: "Lịch sử sửa đổi" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Khôi phục/ })).toHaveCount(0);

  // A story she may not see at all answers 404.
  const response = await page.goto("/toa-soan/bai-viet/999999/lich-su");
  expect(response?.status()).toBe(404);
});

test("the notes thread between an editor and the reporter on a submitted story, with the bell", async ({ page }) => {
  const story = "Hợp tác xã thạch đen Tràng Định mở rộng vùng nguyên liệu, liên kết với hơn 300 hộ dân";
  const question = "Đề nghị bổ sung thu nhập bình quân của các hộ liên kết năm 2026 và nguồn số liệu.";
  const answer = "Em đã bổ sung số liệu của Phòng Kinh tế xã vào đoạn cuối ạ.";

  // The editor writes a note on a story waiting in the queue.
  await logInAs(page, demoUsers.editor);
  await page.getByRole("link", { name: story }).click();
  const notes = page.getByRole("region", { name: "Ghi chú" });
  await notes.getByRole("textbox", { name: "Ghi chú" }).fill(question);
  await notes.getByRole("button", { name: "Gửi ghi chú" }).click();
  await expect(notes.getByRole("listitem")).toHaveCount(1);
  await expect(notes.getByRole("listitem").first()).toContainText("Trần Minh Đức");
  await expect(notes.getByRole("listitem").first()).toContainText("Biên tập viên");
  await expect(notes.getByRole("textbox", { name: "Ghi chú" })).toHaveValue("");
  await logOut(page);

  // The reporter hears of it through the bell and answers from the story.
  await logInAs(page, demoUsers.reporter);
  const bell = page.getByRole("button", { name: /^Thông báo \([1-9]\d* chưa đọc\)$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const list = page.getByRole("region", { name: "Danh sách thông báo" });
  const item = list.getByRole("link", { name: /Trần Minh Đức ghi chú bài “Hợp tác xã thạch đen/ });
  await expect(item).toContainText("vừa xong");
  await page.screenshot({ path: shot("notifications-open") });
  await item.click();
  await page.waitForURL((url) => /^\/toa-soan\/bai-viet\/\d+$/.test(url.pathname));
  await expect(page.getByRole("button", { name: "Thông báo (0 chưa đọc)" })).toBeVisible();

  const thread = page.getByRole("region", { name: "Ghi chú" });
  await expect(thread.getByRole("listitem").first()).toContainText(question);
  await thread.getByRole("textbox", { name: "Ghi chú" }).fill(answer);
  await thread.getByRole("button", { name: "Gửi ghi chú" }).click();
  await expect(thread.getByRole("listitem")).toHaveCount(2);
  await expect(thread.getByRole("listitem").nth(1)).toContainText("Lê Phương Dung");
  await expect(thread.getByRole("listitem").nth(1)).toContainText("Phóng viên");
  await thread.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("notes-thread"), fullPage: true });
  const storyUrl = new URL(page.url()).pathname;
  await logOut(page);

  // The editor reads the answer below his question.
  await logInAs(page, demoUsers.editor);
  await page.goto(storyUrl);
  const again = page.getByRole("region", { name: "Ghi chú" });
  await expect(again.getByRole("listitem")).toHaveText([new RegExp(question.replace(/[.()]/g, "\\$&")), new RegExp(answer.replace(/[.()]/g, "\\$&"))]);
});
