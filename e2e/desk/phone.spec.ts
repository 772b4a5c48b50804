// Issue 17 on the desk's side, on a phone and on an office PC set to English: the editor and the
// chief editor reach every page and every workflow button at 390 px; a returned story shows "Bị trả
// lại" with its reason atop the editor; Xuất bản ngay asks first (Hủy changes nothing); the way
// back and the tab title name where the person came from and which story it is. The English
// browser's schedule is in english-browser.spec.ts (a browser of its own).
import { demoUsers } from "../pages/login-page";
import { StoryEditorPage } from "../pages/story-editor-page";
import { expectMenuWithLogOut, expectNoSideScroll, phone, visitOnPhone } from "../support/phone";
import { expect, sessionOf, test } from "../support/test";

test.describe("on a phone", () => {
  test.use({ ...sessionOf("editor"), ...phone });

  test("the editor's pages fit a phone and the workflow buttons are in reach", async ({ page, factory }) => {
    const held = await factory.makeStory({ status: "in_review", holder: demoUsers.editor.email, title: "Chợ phiên Bắc Sơn rộn ràng ngày cuối năm" });

    await visitOnPhone(page, "/toa-soan", "Hàng đợi biên tập");
    await visitOnPhone(page, "/toa-soan/bai-cua-toi", "Bài của tôi");
    await visitOnPhone(page, "/toa-soan/lich", "Lịch xuất bản");
    await expectMenuWithLogOut(page);
    await visitOnPhone(page, "/toa-soan/thu-vien-anh", "Thư viện ảnh");
    await visitOnPhone(page, "/toa-soan/ho-so", "Hồ sơ");
    await visitOnPhone(page, `/toa-soan/bai-viet/${held.id}`, "Sửa bài viết");
    // An editor saves a story in review: "Lưu", not a draft's "Lưu nháp".
    await expect(page.getByRole("button", { name: "Lưu", exact: true })).toBeInViewport();
    await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
    for (const name of ["Duyệt bài", "Trả bài", "Thôi giữ bài"]) {
      const button = page.getByRole("button", { name, exact: true });
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport();
      await expect(button).toBeEnabled();
    }
    await page.getByRole("button", { name: "Trả bài" }).tap();
    await expect(page.getByLabel("Lý do")).toBeVisible();
    await expectNoSideScroll(page);
    await expect(page.getByRole("link", { name: "← Hàng đợi biên tập" })).toHaveAttribute("href", "/toa-soan?status=in_review");
  });

  test("the chief editor's publication buttons are in reach on a phone", async ({ signedIn, factory }) => {
    const approved = await factory.makeStory({ status: "approved" });
    const chief = await signedIn("chief");
    await chief.setViewportSize(phone.viewport);
    for (const [address, heading] of [
      ["/toa-soan", "Bàn thư ký tòa soạn"],
      ["/toa-soan/trang-chu", "Trang chủ"],
    ] as const) {
      await chief.goto(address);
      await expect(chief.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoSideScroll(chief);
    }
    await chief.goto(`/toa-soan/bai-viet/${approved.id}`);
    await expect(chief.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSideScroll(chief);
    for (const name of ["Xuất bản ngay", "Lên lịch", "Trả bài"]) {
      const button = chief.getByRole("button", { name, exact: true });
      // The body editor and the Chấm nhuận bút panel mount after the page: scroll again if they moved it.
      await expect(async () => {
        await button.scrollIntoViewIfNeeded();
        await expect(button).toBeInViewport({ timeout: 1_000 });
      }).toPass();
    }
    await chief.getByRole("button", { name: "Lên lịch" }).click();
    await expect(chief.getByLabel("Ngày", { exact: true })).toBeVisible();
    await expectNoSideScroll(chief);
  });
});

test.describe("at the desk", () => {
  test.use(sessionOf("editor"));

  test("a returned story shows Bị trả lại in colour with the reason at the top of the reporter's editor", async ({ page, factory, signedIn }) => {
    // Arrange: a reporter's story held by the demo editor.
    const reporter = await factory.makePerson("reporter");
    const story = await factory.makeStory({ status: "in_review", author: reporter, holder: demoUsers.editor.email });
    const reason = "Bổ sung ý kiến của người dân xã Hưng Vũ và số liệu năm 2026.";

    // Act: the editor returns it with a reason.
    await page.goto(`/toa-soan/bai-viet/${story.id}`);
    await page.getByRole("button", { name: "Trả bài" }).click();
    await page.getByLabel("Lý do").fill(reason);
    await page.getByRole("button", { name: "Gửi trả bài" }).click();
    await page.waitForURL((url) => url.pathname === "/toa-soan");

    // Assert: the reporter opens it and reads why first, under a red "Bị trả lại".
    const mine = await signedIn(reporter);
    await mine.goto(`/toa-soan/bai-viet/${story.id}`);
    const banner = mine.getByTestId("returned");
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Bị trả lại");
    await expect(banner).toContainText(`${demoUsers.editor.name} trả bài lúc`);
    await expect(banner).toContainText(reason);
    const badge = mine.getByTestId("story-status");
    await expect(badge).toHaveText("Bị trả lại");
    await expect(badge).toHaveAttribute("data-status", "returned");
    await expect(badge).toHaveClass(/text-red-800/);
    // The reason comes before the story's fields.
    const bannerBox = (await banner.boundingBox())!;
    const titleBox = (await new StoryEditorPage(mine).title().boundingBox())!;
    expect(bannerBox.y).toBeLessThan(titleBox.y);
    await expect(mine.getByRole("button", { name: "Lưu nháp" })).toBeVisible();
  });

  test("Xuất bản ngay asks first in a dialog; Hủy changes nothing", async ({ signedIn, factory }) => {
    const approved = await factory.makeStory({ status: "approved", title: "Lạng Sơn đón 3 triệu lượt khách du lịch" });
    const chief = await signedIn("chief");
    for (const [address, heading] of [
      ["/toa-soan", "Bàn thư ký tòa soạn"],
      ["/toa-soan/trang-chu", "Trang chủ"],
    ] as const) {
      await chief.goto(address);
      await expect(chief.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoSideScroll(chief);
    }
    await chief.goto(`/toa-soan/bai-viet/${approved.id}`);
    let bareConfirm = false;
    chief.on("dialog", (dialog) => {
      bareConfirm = true;
      void dialog.dismiss();
    });

    // Hủy: the dialog closes and the story is still approved, on this screen and after a reload.
    await chief.getByRole("button", { name: "Xuất bản ngay" }).click();
    const ask = chief.getByRole("dialog", { name: "Xuất bản ngay?" });
    await expect(ask).toBeVisible();
    await expect(ask).toContainText("Lạng Sơn đón 3 triệu lượt khách du lịch");
    // Focus starts on Hủy, so Enter cannot publish by accident.
    await expect(ask.getByRole("button", { name: "Hủy" })).toBeFocused();
    await ask.getByRole("button", { name: "Hủy" }).click();
    await expect(ask).toBeHidden();
    await chief.reload();
    await expect(chief.getByTestId("story-status")).toHaveText("Đã duyệt");

    // Esc is Hủy too.
    await chief.getByRole("button", { name: "Xuất bản ngay" }).click();
    await expect(ask).toBeVisible();
    await chief.keyboard.press("Escape");
    await expect(ask).toBeHidden();
    await expect(chief.getByTestId("story-status")).toHaveText("Đã duyệt");

    // Confirmed, it is published.
    await chief.getByRole("button", { name: "Xuất bản ngay" }).click();
    await ask.getByRole("button", { name: "Xuất bản ngay" }).click();
    await expect(chief.getByTestId("story-status")).toHaveText("Đã xuất bản");
    await expect(chief.getByText("Đã xuất bản bài.")).toBeVisible();

    // Xuất bản lại no longer acts in one click: Gỡ bài asks for its reason in the dialog first.
    await chief.getByRole("button", { name: "Gỡ bài" }).click();
    const takeDown = chief.getByRole("dialog", { name: "Gỡ bài?" });
    await takeDown.getByLabel("Lý do").fill("Số liệu cần kiểm chứng lại.");
    await takeDown.getByRole("button", { name: "Xác nhận gỡ bài" }).click();
    await expect(chief.getByTestId("story-status")).toHaveText("Đã gỡ");
    await chief.getByRole("button", { name: "Xuất bản lại" }).click();
    const again = chief.getByRole("dialog", { name: "Xuất bản lại?" });
    await expect(again).toBeVisible();
    await again.getByRole("button", { name: "Hủy" }).click();
    await chief.reload();
    await expect(chief.getByTestId("story-status")).toHaveText("Đã gỡ");
    expect(bareConfirm).toBe(false);
  });

  test("a published story links to the live article and its tab carries its title", async ({ signedIn, anonymous }) => {
    // The fixture story of the demo, published in Chính trị.
    const title = "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện";
    const reader = await anonymous();
    await reader.goto("/chinh-tri");
    const address = await reader.getByRole("link", { name: title }).first().getAttribute("href");
    const id = /-(\d+)$/.exec(address!)![1];

    const chief = await signedIn("chief");
    await chief.goto(`/toa-soan/bai-viet/${id}`);
    await expect(chief).toHaveTitle(`${title} — Tòa soạn`);
    const live = chief.getByRole("link", { name: /Xem bài trên trang báo/ });
    await expect(live).toHaveAttribute("href", address!);
    await expect(live).toHaveAttribute("target", "_blank");
    await expect(chief.getByRole("link", { name: "← Bàn thư ký tòa soạn" })).toHaveAttribute("href", "/toa-soan?status=published");
  });
});
