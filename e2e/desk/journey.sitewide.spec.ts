// The editorial journey across three signed-in people, each in their own browser context:
// reporter submits → editor claims, edits, returns with a note → reporter fixes and resubmits →
// editor approves → chief schedules a minute ahead → readers see it at that time → chief corrects
// it → chief takes it down and its address answers 410.
//
// On the demo accounts' saved sessions. It runs in the "sitewide" project, after the specs that
// read the public pages' caches: publishing, correcting and taking down refresh them.
import { DeskQueuePage } from "../pages/newsroom-lists-page";
import { StoryEditorPage } from "../pages/story-editor-page";
import { expect, test } from "../support/test";

const title = "Lạng Sơn khánh thành cầu treo bản Khuổi Mỏ";
const fixedTitle = "Lạng Sơn khánh thành cầu treo bản Khuổi Mỏ, xã Tân Tri";
const correctedTitle = "Lạng Sơn khánh thành cầu treo Khuổi Mỏ, xã Tân Tri";

/** "24/11/2026" and "15:07" for the day-first fields: the next whole minute at least 40 s away, in Vietnam. */
function nextMinuteInVietnam(): { date: string; time: string; at: Date } {
  const at = new Date(Date.now() + 40_000);
  at.setUTCSeconds(0, 0);
  at.setTime(at.getTime() + 60_000);
  const [y, m, d, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(new Date(at.getTime() + 7 * 3_600_000).toISOString())!.slice(1);
  return { date: `${d}/${m}/${y}`, time: time!, at };
}

test("a story goes from reporter to readers through the desk, is corrected and taken down", async ({ anonymous, signedIn }) => {
  test.setTimeout(300_000);
  const reporter = await signedIn("reporter");
  const editor = await signedIn("editor");
  const chief = await signedIn("chief");

  // The reporter writes and submits.
  await reporter.getByRole("link", { name: "Viết bài mới" }).click();
  const draft = new StoryEditorPage(reporter);
  await draft.title().fill(title);
  await draft.sapo().fill("– Sáng nay (24/11), huyện Bình Gia khánh thành cầu treo bản Khuổi Mỏ.");
  await draft.body().click();
  await reporter.keyboard.type("Cây cầu dài 86 mét, rộng 1,5 mét, giúp hơn 300 hộ dân đi lại thuận tiện trong mùa mưa lũ.");
  await draft.section().selectOption({ label: "Văn hóa - Xã hội" });
  await draft.waitSaved();
  const id = await draft.storyId();
  await reporter.getByRole("button", { name: "Gửi duyệt" }).click();
  await reporter.waitForURL((url) => url.pathname === "/toa-soan");

  // The editor sees it in the queue within seconds and claims it from the list.
  const queue = new DeskQueuePage(editor);
  await queue.tab("Chờ duyệt").click();
  // The queue shows 50 a page, oldest waiting first: the search finds the newest.
  await queue.search(title);
  const row = queue.row(id);
  await expect(row).toBeVisible({ timeout: 15_000 });
  await row.getByRole("button", { name: /Nhận bài/ }).click();
  await editor.waitForURL(new RegExp(`/toa-soan/bai-viet/${id}`));
  await expect(editor.getByTestId("holder")).toHaveText("Bạn đang giữ bài này.");

  // The chief editor sees who holds it.
  await chief.goto(`/toa-soan/bai-viet/${id}`);
  await expect(chief.getByTestId("holder")).toContainText("Trần Minh Đức đang biên tập bài này");

  // The editor edits, then returns it with a note.
  const desk = new StoryEditorPage(editor);
  await desk.title().fill(fixedTitle);
  await desk.waitSaved();
  await editor.getByRole("button", { name: "Trả bài" }).click();
  await editor.getByLabel("Lý do").fill("Bổ sung kinh phí xây dựng cầu và nguồn vốn.");
  await editor.getByRole("button", { name: "Gửi trả bài" }).click();
  await editor.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(editor.getByText("Đã trả bài cho phóng viên kèm ghi chú.")).toBeVisible();

  // The reporter sees the note, fixes the story and sends it again.
  await reporter.reload();
  const mine = reporter.getByRole("row", { name: new RegExp(fixedTitle) });
  await expect(mine).toContainText("Bổ sung kinh phí xây dựng cầu và nguồn vốn.");
  await mine.getByRole("link").click();
  await draft.body().click();
  await reporter.keyboard.press("Control+End");
  await reporter.keyboard.press("Enter");
  await reporter.keyboard.type("Công trình có tổng kinh phí 2,1 tỷ đồng từ nguồn vốn nông thôn mới.");
  await draft.waitSaved();
  await reporter.getByRole("button", { name: "Gửi duyệt" }).click();
  await reporter.waitForURL((url) => url.pathname === "/toa-soan");

  // The editor claims it again and approves.
  await editor.goto(`/toa-soan/bai-viet/${id}`);
  await editor.getByRole("button", { name: "Nhận bài" }).click();
  await expect(editor.getByTestId("holder")).toHaveText("Bạn đang giữ bài này.");
  await editor.getByRole("button", { name: "Duyệt bài" }).click();
  await expect(editor.getByTestId("story-status")).toHaveText("Đã duyệt");
  await expect(editor.getByTestId("approvals")).toContainText("Cấp 1: Trần Minh Đức");

  // The chief editor schedules it for the next minute; readers cannot see it before.
  const { date, time, at } = nextMinuteInVietnam();
  await chief.goto(`/toa-soan/bai-viet/${id}`);
  await chief.getByRole("button", { name: "Lên lịch" }).click();
  await chief.getByLabel("Ngày", { exact: true }).fill(date);
  await chief.getByLabel("Giờ", { exact: true }).fill(time);
  await chief.getByRole("button", { name: "Xác nhận lên lịch" }).click();
  await expect(chief.getByTestId("story-status")).toHaveText("Đã lên lịch");
  await expect(chief.getByTestId("approvals")).toContainText("Cấp 2: Hoàng Thu Hà");

  const reader = await anonymous();
  const address = `/van-hoa-xa-hoi/${id}`;
  expect((await reader.goto(address))!.status()).toBe(404);
  // Xem trước: the chief editor sees it as readers will; a reader gets nothing.
  const preview = await chief.request.get(`/xem-truoc/${id}`);
  expect(preview.status()).toBe(200);
  expect(await preview.text()).toContain(fixedTitle);
  expect((await reader.request.get(`/xem-truoc/${id}`)).status()).toBe(404);

  // At its time the page is there (the worker refreshes the cached 404 within a second or so).
  await reader.waitForTimeout(Math.max(0, at.getTime() - Date.now()));
  await expect.poll(async () => (await reader.request.get(address, { maxRedirects: 5 })).status(), { timeout: 15_000, intervals: [250] }).toBe(200);
  const seenAt = Date.now();
  expect(seenAt).toBeGreaterThanOrEqual(at.getTime());
  await reader.goto(address);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(fixedTitle);

  // The chief editor corrects it, with a public notice.
  await chief.reload();
  await expect(chief.getByTestId("story-status")).toHaveText("Đã xuất bản", { timeout: 15_000 });
  await new StoryEditorPage(chief).title().fill(correctedTitle);
  await chief.getByRole("button", { name: "Đính chính" }).click();
  await chief.getByLabel("Nội dung sai").fill("Cầu thuộc bản Khuổi Mỏ, xã Tân Tri");
  await chief.getByLabel("Nội dung đúng").fill("Cầu Khuổi Mỏ nối hai thôn của xã Tân Tri");
  await chief.getByRole("button", { name: "Xác nhận đính chính" }).click();
  await expect(chief.getByText("Đã đính chính bài.")).toBeVisible();
  await expect
    .poll(async () => (await reader.request.get(address, { maxRedirects: 5 })).text(), { timeout: 15_000, intervals: [250] })
    .toContain(correctedTitle);
  await reader.goto(address);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(correctedTitle);

  // The chief editor takes it down: its address answers 410 with a short notice.
  await chief.getByRole("button", { name: "Gỡ bài" }).click();
  await chief.getByLabel("Lý do").fill("Thông tin về nguồn vốn cần kiểm chứng lại.");
  await chief.getByRole("button", { name: "Xác nhận gỡ bài" }).click();
  await expect(chief.getByTestId("story-status")).toHaveText("Đã gỡ");
  await expect.poll(async () => (await reader.request.get(address, { maxRedirects: 0 })).status(), { timeout: 15_000, intervals: [250] }).toBe(410);
  const gone = await reader.goto(address);
  expect(gone!.status()).toBe(410);
  await expect(reader.getByRole("heading", { name: "Bài viết đã được gỡ" })).toBeVisible();

  // Every move is on the story's trail.
  await chief.getByText(/Nhật ký bài/).click();
  const trail = chief.getByTestId("trail");
  for (const step of ["Gửi duyệt", "Nhận bài", "Trả bài", "Duyệt bài", "Lên lịch", "Đính chính", "Gỡ bài"]) await expect(trail).toContainText(step);
});
