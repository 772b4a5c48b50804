// The newsroom's main screens under axe (WCAG 2 A and AA): no serious or critical violation.
// The reading pages are checked, every impact, in e2e/public/.
import { demoUsers } from "../pages/login-page";
import { expectNoSeriousAxeViolations } from "../support/axe";
import { expect, sessionOf, test } from "../support/test";

test.describe("the desk (editor)", () => {
  test.use(sessionOf("editor"));

  test("the desk queue", async ({ page, factory }) => {
    await factory.makeStory({ status: "submitted", title: "Lạng Sơn: hơn 2.000 hộ dân được hỗ trợ sửa nhà sau bão" });
    await page.goto("/toa-soan");
    await expect(page.getByRole("heading", { level: 1, name: demoUsers.editor.heading })).toBeVisible();
    await expect(page.locator("tr[data-story-id]").first()).toBeVisible();
    await expectNoSeriousAxeViolations(page, "the desk queue");
  });

  test("the story editor and the story's history", async ({ page, factory }) => {
    const story = await factory.makeStory({
      status: "in_review",
      holder: demoUsers.editor.email,
      title: "Cửa khẩu Hữu Nghị thông quan hơn 1.000 xe hàng mỗi ngày",
      sapo: "Những ngày cuối năm, lượng xe hàng qua cửa khẩu quốc tế Hữu Nghị tăng mạnh.",
      paragraphs: ["Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, mỗi ngày có hơn 1.000 xe hàng làm thủ tục."],
    });
    await page.goto(`/toa-soan/bai-viet/${story.id}`);
    await expect(page.getByTestId("holder")).toHaveText("Bạn đang giữ bài này.");
    await expectNoSeriousAxeViolations(page, "the story editor");

    await page.goto(`/toa-soan/bai-viet/${story.id}/lich-su`);
    await expect(page.getByRole("heading", { name: "Lịch sử sửa đổi" })).toBeVisible();
    await expectNoSeriousAxeViolations(page, "the story's history");
  });
});

test.describe("the home page's lineup (chief editor)", () => {
  test.use(sessionOf("chief"));

  test("Trang chủ with the picker's results", async ({ page }) => {
    await page.goto("/toa-soan/trang-chu");
    await expect(page.getByRole("list", { name: "Bài tìm được" })).toBeVisible();
    await expectNoSeriousAxeViolations(page, "Trang chủ");
  });
});

test.describe("administration (admin)", () => {
  test.use(sessionOf("admin"));

  for (const [what, address, heading] of [
    ["people", "/toa-soan/quan-tri/nguoi-dung", "Người dùng"],
    ["sections", "/toa-soan/quan-tri/chuyen-muc", "Chuyên mục"],
    ["desks", "/toa-soan/quan-tri/ban", "Ban"],
    ["audit trail", "/toa-soan/quan-tri/nhat-ky", "Nhật ký"],
    ["settings", "/toa-soan/quan-tri/cai-dat", "Cài đặt"],
  ] as const) {
    test(`the ${what} screen`, async ({ page }) => {
      // Người dùng lists every account the whole suite has made, each with its grants: axe takes a while.
      test.slow();
      await page.goto(address);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoSeriousAxeViolations(page, what);
    });
  }
});

test.describe("one's own profile (reporter)", () => {
  test.use(sessionOf("reporter"));

  test("Bài của tôi and the newsroom search", async ({ page }) => {
    await page.goto("/toa-soan");
    await expect(page.getByRole("table", { name: "Bài viết" })).toBeVisible();
    await expectNoSeriousAxeViolations(page, "Bài của tôi");

    await page.goto("/toa-soan/tim-kiem?q=l%E1%BA%A1ng+s%C6%A1n");
    await expect(page.getByRole("heading", { level: 1, name: "Tìm kiếm" })).toBeVisible();
    await expectNoSeriousAxeViolations(page, "the newsroom search");
  });

  test("the profile", async ({ page }) => {
    await page.goto("/toa-soan/ho-so");
    await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ" })).toBeVisible();
    await expectNoSeriousAxeViolations(page, "the profile");
  });
});
