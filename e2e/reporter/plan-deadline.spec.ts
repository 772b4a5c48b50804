// Deadlines told through the bell (Kế hoạch): work given with a deadline a few seconds ahead rings
// "Sắp đến hạn" at once (it is within the default two hours' lead) and "Đã quá hạn" when the
// deadline passes, once each, from the publication worker at the event's time. The assignee and
// the assigner are made for this spec; the wait is a poll of the bell's own data, never a sleep.
import { expect, test } from "../support/test";
import { uniqueTag } from "../support/factory";

type Summary = { unread: number; items: { message: string; link: string | null; kind: string }[] };

test("an assignment past its deadline rings the assignee's bell, once, and leads to the assignment", async ({ factory, signedIn }) => {
  test.setTimeout(120_000);
  const assignee = await factory.makePerson("reporter");
  const assigner = await factory.makePerson("editor");
  const title = `Họp báo cuối năm ${uniqueTag()}`;
  const made = await factory.makeAssignment({ assignee, assignedBy: assigner, title, deadline: new Date(Date.now() + 15_000) });

  const page = await signedIn(assignee);
  const deadlineNews = async () => {
    const response = await page.request.get("/api/notifications");
    const summary = (await response.json()) as Summary;
    return summary.items.filter((n) => n.kind === "deadline" && n.message.includes(title)).map((n) => n.message.split(":")[0]);
  };
  await expect.poll(deadlineNews, { timeout: 90_000, intervals: [1_000, 2_000, 5_000] }).toEqual(["Đã quá hạn", "Sắp đến hạn"]);

  // In the bell: the newest first, each leading to the assignment's page.
  await page.reload();
  const bell = page.getByRole("button", { name: /^Thông báo \([1-9]\d* chưa đọc\)$/ });
  await bell.click();
  const list = page.getByRole("region", { name: "Danh sách thông báo" });
  const overdue = list.getByRole("link", { name: new RegExp(`^Chưa đọc: Đã quá hạn: “${title}”`) });
  await expect(overdue).toHaveCount(1);
  await overdue.click();
  await page.waitForURL((url) => url.pathname === `/toa-soan/ke-hoach/giao-viec/${made.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByText("Quá hạn", { exact: true })).toBeVisible();
});

test("the admin sets how long before a deadline people hear of it (Cài đặt → Kế hoạch)", async ({ signedIn }) => {
  const admin = await signedIn("admin");
  await admin.goto("/toa-soan/quan-tri/cai-dat");
  const plan = admin.getByRole("region", { name: "Kế hoạch" });
  const lead = plan.getByLabel("Báo “Sắp đến hạn” trước hạn (phút)");
  await expect(lead).toHaveValue(/^\d+$/);
  // An impossible value is refused; the stored one stays (this spec changes nothing).
  await lead.fill("9999");
  await plan.getByRole("button", { name: "Lưu" }).click();
  await expect(plan.getByText(/Số phút báo trước phải là số nguyên từ 0 đến 4320/)).toBeVisible();
  if (process.env.PLAN_SHOTS) {
    await plan.scrollIntoViewIfNeeded();
    for (const width of [390, 1280]) {
      await admin.setViewportSize({ width, height: 900 });
      await plan.screenshot({ path: `${process.env.PLAN_SHOTS}/plan-settings-${width}.png` });
    }
  }
});
