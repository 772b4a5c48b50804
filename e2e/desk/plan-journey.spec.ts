// Kế hoạch from topic to story: a reporter proposes through the form (Đề xuất đề tài); the head
// of the section's desk approves it and gives the work (Giao việc) to the reporter (write) and a
// photographer (photo) with a deadline (Hạn); the reporter accepts, starts ("Bắt đầu viết"), and
// the editor opens on the draft with the topic's title and section; submitting it ("Gửi duyệt")
// completes the assignment, and the story's page says where it came from. Everyone is made for
// this spec. With PLAN_SHOTS=<folder>, the form and the two pages are photographed at 390 and 1280 px.
import type { Page } from "@playwright/test";
import { StoryEditorPage } from "../pages/story-editor-page";
import { expect, test } from "../support/test";
import { uniqueTag } from "../support/factory";

const shots = process.env.PLAN_SHOTS;

async function photograph(page: Page, name: string) {
  if (!shots) return;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A day as the form takes it (07/12/2026), in Vietnam, `days` from now. */
const dayFirst = (days: number) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(
    new Date(Date.now() + days * 86_400_000),
  );

test("a topic proposed, approved and assigned becomes a story that completes its assignment and remembers where it came from", async ({
  factory,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const reporter = await factory.makePerson("reporter");
  const photographer = await factory.makePerson("reporter");
  const head = await factory.makePerson("editor");
  const section = await factory.makeSection();
  const desk = await factory.makeDesk({
    sections: [section],
    members: [{ who: head, head: true }, { who: reporter }, { who: photographer }],
  });
  const title = `Mùa hoa tam giác mạch ở Mẫu Sơn ${uniqueTag()}`;

  // The reporter proposes.
  const mine = await signedIn(reporter);
  await mine.goto("/toa-soan/ke-hoach/de-xuat/moi");
  await expect(mine.getByRole("heading", { level: 1, name: "Đề xuất đề tài" })).toBeVisible();
  await mine.getByLabel("Tên đề tài").fill(title);
  await mine.getByLabel("Góc khai thác").fill("Người dân giữ giống hoa cũ");
  await mine.getByLabel("Nguồn tin / người cần gặp").fill("Trưởng thôn Khuổi Tục");
  await mine.getByLabel("Chuyên mục").selectOption({ label: section.name });
  await mine.getByLabel("Loại").selectOption({ label: "Tin/Bài" });
  await mine.getByLabel("Ngày dự kiến đăng").fill(dayFirst(2));
  await mine.getByRole("checkbox", { name: "Phóng viên ảnh" }).check();
  await photograph(mine, "plan-proposal-form");
  await mine.getByRole("button", { name: "Gửi đề xuất" }).click();
  await mine.waitForURL((url) => /^\/toa-soan\/ke-hoach\/de-xuat\/\d+$/.test(url.pathname));
  const proposalUrl = new URL(mine.url()).pathname;
  await expect(mine.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(mine.getByRole("heading", { level: 1 })).toContainText("Chờ duyệt");
  // The desk is the section's.
  await expect(mine.getByText(desk.name, { exact: true })).toBeVisible();

  // The desk's head approves and assigns the reporter and the photographer.
  const lead = await signedIn(head);
  await lead.goto(proposalUrl);
  await lead.getByRole("button", { name: "Duyệt", exact: true }).click();
  const approve = lead.getByRole("dialog", { name: "Duyệt" });
  await approve.getByLabel("Ghi chú (không bắt buộc)").fill("Đi cùng phóng viên ảnh");
  await approve.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toContainText("Đã duyệt");
  const assign = lead.getByRole("form", { name: "Giao việc" });
  for (const [who, task] of [
    [reporter, "Viết bài"],
    [photographer, "Chụp ảnh"],
  ] as const) {
    await assign.getByLabel("Người nhận việc").selectOption({ label: `${who.name} — Phóng viên · ${desk.name}` });
    await assign.getByLabel("Việc", { exact: true }).selectOption({ label: task });
    await assign.getByLabel("Ngày hạn").fill(dayFirst(1));
    await assign.getByLabel("Giờ hạn").fill("17:00");
    await assign.getByRole("button", { name: "Giao việc" }).click();
    await expect(assign.getByText(`Đã giao việc cho ${who.name}.`)).toBeVisible();
  }
  const given = lead.getByRole("region", { name: "Việc đã giao từ đề tài này" });
  await expect(given.getByRole("listitem")).toHaveCount(2);
  await expect(given.getByRole("listitem").filter({ hasText: photographer.name })).toContainText("Chụp ảnh");
  await photograph(lead, "plan-proposal-page");

  // The reporter finds it among her work, accepts and starts writing.
  await mine.goto("/toa-soan");
  const work = mine.getByRole("region", { name: "Việc được giao" });
  await expect(work.getByRole("link", { name: title })).toBeVisible();
  await photograph(mine, "plan-my-work");
  await work.getByRole("link", { name: title }).click();
  await mine.waitForURL((url) => /^\/toa-soan\/ke-hoach\/giao-viec\/\d+$/.test(url.pathname));
  const assignmentUrl = new URL(mine.url()).pathname;
  await expect(mine.getByRole("heading", { level: 1 })).toContainText("Chờ nhận");
  await mine.getByRole("button", { name: "Nhận việc" }).click();
  await expect(mine.getByRole("heading", { level: 1 })).toContainText("Đã nhận");
  await photograph(mine, "plan-assignment-page");
  await mine.getByRole("button", { name: "Bắt đầu viết" }).click();

  // The draft is born with the topic's title and section.
  const editor = new StoryEditorPage(mine);
  const storyId = await editor.storyId();
  await expect(editor.title()).toHaveValue(title);
  await expect(editor.section().locator("option:checked")).toHaveText(section.name);
  await expect(mine.getByTestId("story-origin")).toContainText(`Từ kế hoạch: ${title}`);
  await editor.sapo().fill("Những ngày đầu đông, sắc hồng phủ kín các sườn đồi.");
  await editor.body().click();
  await mine.keyboard.type("Người dân thôn Khuổi Tục gieo hạt từ tháng Chín.");
  await editor.waitSaved();
  await mine.getByRole("button", { name: "Gửi duyệt" }).click();
  await mine.waitForURL((url) => url.pathname === "/toa-soan");
  await expect(mine.getByText("Đã gửi bài cho ban biên tập.")).toBeVisible();

  // Submitting completed the assignment; the story says where it came from.
  await mine.goto(assignmentUrl);
  await expect(mine.getByRole("heading", { level: 1 })).toContainText("Đã xong");
  await expect(mine.getByRole("link", { name: "Mở bài viết" })).toHaveAttribute("href", `/toa-soan/bai-viet/${storyId}`);
  await lead.goto(`/toa-soan/bai-viet/${storyId}`);
  const origin = lead.getByTestId("story-origin");
  await expect(origin).toContainText(`Từ kế hoạch: ${title} — đề tài do ${reporter.name} đề xuất, ${head.name} giao, hạn`);
  await photograph(lead, "plan-story-origin");
  await origin.getByRole("link", { name: "Đề tài", exact: true }).click();
  await expect(lead).toHaveURL(new RegExp(`${proposalUrl}$`));
});
