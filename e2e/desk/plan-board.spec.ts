// Kế hoạch, the board the morning meeting runs from: a desk of the spec's own (a section, a
// reporter and a photographer) with a proposal waiting, an assignment overdue, one done on time and
// a draft born from a third. The board of that desk shows each with its deadline state; the week
// lists day by day; the person filter narrows it; a phone reads it without scrolling sideways; axe
// finds nothing serious; the measures download as CSV with the desk's figures. Screenshots at 390
// and 1280 px (day, week, measures, print) go to /work/notes/shots-14/ when that folder exists.
import fs from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "../support/axe";
import { expectNoSideScroll } from "../support/phone";
import { sessionOf } from "../support/test";
import { expect, test } from "../support/test";

test.use(sessionOf("editor"));

const shots = "/work/notes/shots-14";
const minute = 60_000;

/** Today on Vietnamese clocks, "2026-06-10" (the paper's zone in the test database). */
const todayInVietnam = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());

async function shoot(page: Page, name: string, part?: Locator) {
  const folder = await fs.stat(shots).catch(() => null);
  if (!folder?.isDirectory()) return;
  if (part) await part.screenshot({ path: `${shots}/${name}.png` });
  else await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}
const measures = (page: Page) => page.getByRole("region", { name: "Chỉ số của ban" });

test("the desk's board shows the plan with deadline states, by day and by week, filtered, on a phone, and as CSV", async ({ page, factory }) => {
  // Arrange: a desk with its section, a head, a reporter and a photographer.
  const head = await factory.makePerson("editor");
  const reporter = await factory.makePerson("reporter");
  const photographer = await factory.makePerson("reporter");
  const section = await factory.makeSection();
  const desk = await factory.makeDesk({ sections: [section], members: [{ who: head, head: true }, { who: reporter }, { who: photographer }] });
  const today = todayInVietnam();
  const waiting = await factory.makeProposal({
    proposedBy: reporter,
    desk,
    section,
    kind: "photo",
    plannedFor: today,
    title: "Đề tài chờ duyệt: chợ nổi mùa nước",
  });
  await factory.makeProposal({ proposedBy: photographer, desk, status: "approved", plannedFor: today, title: "Đề tài đã duyệt: lễ hội đầu năm" });
  const now = Date.now();
  const overdue = await factory.makeAssignment({
    assignee: photographer,
    assignedBy: head,
    desk,
    task: "photo",
    status: "accepted",
    deadline: new Date(now - 5 * minute),
    title: "Chụp ảnh cầu mới",
  });
  const onTime = await factory.makeAssignment({
    assignee: reporter,
    assignedBy: head,
    desk,
    status: "done",
    deadline: new Date(now - 2 * minute),
    doneAt: new Date(now - 10 * minute),
    title: "Tin họp báo quý",
  });
  const draft = await factory.makeStory({ status: "draft", author: reporter, section, title: "Bản nháp từ kế hoạch: đường ven biển" });
  await factory.makeAssignment({
    assignee: reporter,
    assignedBy: head,
    desk,
    status: "in_progress",
    story: draft.id,
    deadline: new Date(now + 6 * 3_600_000),
    title: "Viết bài đường ven biển",
  });

  // Act: the board of that desk, today.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/toa-soan/ke-hoach?ban=${desk.id}`);

  // Assert: the heading and the sheet's title, the waiting proposal, the states, the story in progress.
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch" })).toBeVisible();
  const dayFirst = today.split("-").reverse().join("/");
  await expect(page.getByRole("heading", { level: 2, name: `Kế hoạch ngày ${dayFirst} — ${desk.name}` })).toBeVisible();
  const waitingCard = page.locator(`[data-proposal="${waiting.id}"]`);
  await expect(waitingCard).toContainText("Đề tài chờ duyệt: chợ nổi mùa nước");
  await expect(waitingCard).toContainText(`Đề xuất: ${reporter.name}`);
  await expect(waitingCard).toContainText("Chờ duyệt");
  await expect(waitingCard.getByRole("link", { name: waiting.title })).toHaveAttribute("href", `/toa-soan/ke-hoach/de-xuat/${waiting.id}`);
  const overdueLine = page.locator(`[data-person="${photographer.id}"] [data-assignment="${overdue.id}"]`);
  await expect(overdueLine).toContainText("Quá hạn");
  await expect(overdueLine.getByRole("link", { name: "Chụp ảnh cầu mới" })).toHaveAttribute("href", `/toa-soan/ke-hoach/giao-viec/${overdue.id}`);
  await expect(page.locator(`[data-person="${reporter.id}"] [data-assignment="${onTime.id}"]`)).toContainText("Đúng hạn");
  const inProgress = page.locator(`[data-story="${draft.id}"]`);
  await expect(inProgress).toContainText("Bản nháp từ kế hoạch: đường ven biển");
  await expect(inProgress).toContainText("Nháp");
  await expect(page.getByRole("link", { name: "Đề xuất đề tài" })).toHaveAttribute("href", "/toa-soan/ke-hoach/de-xuat/moi");
  await expect(page.getByRole("heading", { name: "Chỉ số của ban" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Giao việc: đúng hạn, trễ hạn, lỡ hạn\./ })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "Kế hoạch (day)");
  await shoot(page, "board-day-1280");
  await shoot(page, "measures-1280", measures(page));

  // The week: seven days, today's holding what is planned and due.
  await page.getByRole("link", { name: "Tuần", exact: true }).click();
  await expect(page).toHaveURL(/xem=tuan/);
  await expect(page.locator("[data-day]")).toHaveCount(7);
  const todayCard = page.locator(`[data-day="${today}"]`);
  await expect(todayCard).toContainText("Đề tài đã duyệt: lễ hội đầu năm");
  await expect(todayCard.locator(`[data-assignment="${overdue.id}"]`)).toContainText("Quá hạn");
  await expectNoSeriousAxeViolations(page, "Kế hoạch (week)");
  await shoot(page, "board-week-1280");
  await page.emulateMedia({ media: "print" });
  await shoot(page, "board-week-print-1280");
  await page.emulateMedia({ media: "screen" });

  // The person filter: only the photographer's work.
  await page.goto(`/toa-soan/ke-hoach?ban=${desk.id}`);
  await page.getByLabel("Người").selectOption({ label: photographer.name });
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`nguoi=${photographer.id}`));
  await expect(page.locator(`[data-person="${photographer.id}"]`)).toBeVisible();
  await expect(page.locator(`[data-person="${reporter.id}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-proposal="${waiting.id}"]`)).toHaveCount(0);

  // Print: the morning sheet without the navigation, filters or measures.
  await page.goto(`/toa-soan/ke-hoach?ban=${desk.id}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "In kế hoạch" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: `Kế hoạch ngày ${dayFirst} — ${desk.name}` })).toBeVisible();
  await shoot(page, "board-day-print-1280");
  await page.emulateMedia({ media: "screen" });

  // The CSV: this desk's figures, week by week.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^chi-so-ke-hoach-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await fs.readFile(await download.path(), "utf8");
  expect(csv.startsWith("\ufeff")).toBe(true);
  const [header, ...rows] = csv.slice(1).trim().split("\r\n");
  expect(header).toBe(
    '"Tuần (ISO)","Từ ngày","Đến ngày","Ban","Đề xuất","Được duyệt","Giao việc đúng hạn","Giao việc trễ hạn","Giao việc lỡ hạn","Bài đã đăng từ giao việc","Giờ trung bình từ giao việc đến đăng"',
  );
  expect(rows).toHaveLength(8);
  const cells = rows.map((row) => row.slice(1, -1).split('","'));
  expect(cells.every((c) => c[3] === desk.name)).toBe(true);
  // Summed over the weeks, so a run just after Monday 00:00 still adds up.
  const total = (column: number) => cells.reduce((n, c) => n + Number(c[column]), 0);
  expect([total(4), total(5), total(6), total(7), total(8), total(9)]).toEqual([2, 1, 1, 0, 1, 0]);

  // A phone: cards, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/toa-soan/ke-hoach?ban=${desk.id}`);
  await expect(page.locator(`[data-assignment="${overdue.id}"]`).first()).toBeVisible();
  await expectNoSideScroll(page);
  await shoot(page, "board-day-390");
  await page.goto(`/toa-soan/ke-hoach?ban=${desk.id}&xem=tuan`);
  await expectNoSideScroll(page);
  await shoot(page, "board-week-390");
  await shoot(page, "measures-390", measures(page));
  await page.emulateMedia({ media: "print" });
  await shoot(page, "board-week-print-390");
});
