// The "screenshots" project: the main screens at a phone's width (390 px) and a desktop's
// (1280 px), written to e2e/screenshots/<screen>-<width>.png (gitignored) for a person to look
// at. It asserts only that each screen opened; the behaviour is checked by the other projects.
import type { Page } from "@playwright/test";
import { demoUsers } from "../pages/login-page";
import { expect, sessionOf, test } from "../support/test";

const widths = [390, 1280] as const;
const fixtureTitle = "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện";

type Screen = { name: string; address: string; heading: string | RegExp };

/** Each screen at each width: opened, its main heading seen, then photographed whole. */
async function photograph(page: Page, screens: readonly Screen[]) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    for (const { name, address, heading } of screens) {
      await page.goto(address);
      await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible();
      await page.screenshot({ path: `e2e/screenshots/${name}-${width}.png`, fullPage: true });
    }
  }
}

test.describe("the reading pages (no session)", () => {
  test("home, story, section, tag, author, corrections, search, 404 and the printed story", async ({ page }) => {
    await page.goto("/chinh-tri");
    const story = await page.getByRole("main").getByRole("link", { name: fixtureTitle, exact: true }).first().getAttribute("href");
    await photograph(page, [
      { name: "public-home", address: "/", heading: /./ },
      { name: "public-story", address: story!, heading: fixtureTitle },
      { name: "public-section", address: "/chinh-tri", heading: "Chính trị" },
      { name: "public-tag", address: "/the/xay-dung-dang", heading: "Xây dựng Đảng" },
      { name: "public-author", address: "/tac-gia/phuong-dung", heading: "PHƯƠNG DUNG" },
      { name: "public-corrections", address: "/dinh-chinh", heading: "Thông tin cải chính" },
      { name: "public-search", address: "/tim-kiem?q=xay+dung+dang", heading: "Tìm kiếm" },
      { name: "public-404", address: "/khong-co-trang-nay", heading: "Không tìm thấy trang" },
      { name: "login", address: "/dang-nhap", heading: "Đăng nhập" },
    ]);
    await page.goto(story!);
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: "e2e/screenshots/public-story-print-1280.png", fullPage: true });
  });
});

test.describe("the desk (editor)", () => {
  test.use(sessionOf("editor"));

  test("queue, a story in the editor and a story's history", async ({ page, factory }) => {
    const reporter = demoUsers.reporter.email;
    await factory.makeStory({
      status: "submitted",
      author: reporter,
      section: "kinh-te",
      title: "Lạng Sơn: kim ngạch xuất nhập khẩu qua các cửa khẩu tăng 18% trong quý III",
    });
    const held = await factory.makeStory({
      status: "in_review",
      author: reporter,
      holder: demoUsers.editor.email,
      section: "van-hoa-xa-hoi",
      title: "Lễ hội Lồng tồng xuống đồng của đồng bào Tày, Nùng ở Bình Gia",
      sapo: "– Sáng nay, hàng nghìn người dân và du khách đã về dự lễ hội Lồng tồng, cầu mưa thuận gió hòa, mùa màng bội thu.",
      paragraphs: [
        "Lễ hội gồm phần lễ với nghi thức rước kiệu, dâng hương tại đình làng và phần hội với nhiều trò chơi dân gian như ném còn, kéo co, đẩy gậy.",
        "Theo Ban Tổ chức, lễ hội năm nay thu hút hơn 5.000 lượt người tham gia.",
      ],
      tags: ["Lễ hội", "Bình Gia"],
    });
    const published = await factory.makeStory({
      status: "published",
      author: reporter,
      section: "kinh-te",
      title: "Hợp tác xã hồi Văn Quan đạt chứng nhận OCOP 4 sao",
    });
    await photograph(page, [
      { name: "desk-queue", address: "/toa-soan", heading: demoUsers.editor.heading },
      { name: "story-editor", address: `/toa-soan/bai-viet/${held.id}`, heading: /./ },
      { name: "story-history", address: `/toa-soan/bai-viet/${published.id}/lich-su`, heading: /Lịch sử sửa đổi/ },
    ]);
  });
});

test.describe("the chief editor's desk", () => {
  test.use(sessionOf("chief"));

  test("the desk of what waits for publication", async ({ page }) => {
    await photograph(page, [
      { name: "chief-desk", address: "/toa-soan", heading: demoUsers.chief.heading },
      { name: "calendar", address: "/toa-soan/lich", heading: "Lịch xuất bản" },
      { name: "home-lineup", address: "/toa-soan/trang-chu", heading: "Trang chủ" },
      { name: "newsroom-search", address: "/toa-soan/tim-kiem?q=xay+dung", heading: "Tìm kiếm" },
      { name: "desk-own-stories", address: "/toa-soan/bai-cua-toi", heading: "Bài của tôi" },
      { name: "plan-board-week", address: "/toa-soan/ke-hoach?xem=tuan&ban=tat-ca", heading: "Kế hoạch" },
    ]);
  });
});

test.describe("the reporter", () => {
  test.use(sessionOf("reporter"));

  test("my stories and the profile", async ({ page }) => {
    await photograph(page, [
      { name: "my-stories", address: "/toa-soan", heading: demoUsers.reporter.heading },
      { name: "profile", address: "/toa-soan/ho-so", heading: "Hồ sơ" },
      { name: "media-library", address: "/toa-soan/thu-vien-anh", heading: "Thư viện ảnh" },
      { name: "import", address: "/toa-soan/bai-viet/nhap", heading: "Nhập từ văn bản" },
      { name: "new-story", address: "/toa-soan/bai-viet/moi", heading: "Viết bài mới" },
      { name: "plan-board", address: "/toa-soan/ke-hoach", heading: "Kế hoạch" },
      { name: "proposal-form", address: "/toa-soan/ke-hoach/de-xuat/moi", heading: "Đề xuất đề tài" },
    ]);
  });
});

test.describe("a notice, Thông báo (reporter, then readers)", () => {
  test.use(sessionOf("reporter"));

  test("the editor's Loại bài choice and a published notice", async ({ page, factory, anonymous }) => {
    const paragraphs = [
      "Báo Lạng Sơn thông báo tuyển dụng 02 phóng viên làm việc tại Ban Thời sự, trình độ đại học trở lên, ưu tiên chuyên ngành báo chí.",
      "Hồ sơ gửi về Phòng Hành chính – Trị sự trước ngày 31/12/2026. Điện thoại liên hệ: 0205 3812 345.",
    ];
    const draft = await factory.makeStory({
      kind: "notice",
      author: demoUsers.reporter.email,
      section: "chinh-tri",
      title: "Thông báo tuyển dụng phóng viên năm 2026",
      sapo: "",
      paragraphs,
    });
    const published = await factory.makeStory({
      kind: "notice",
      status: "published",
      author: demoUsers.reporter.email,
      section: "chinh-tri",
      title: "Thông báo lịch tiếp công dân tháng 12/2026",
      sapo: "",
      paragraphs: ["Lãnh đạo Báo Lạng Sơn tiếp công dân vào sáng thứ Năm hằng tuần, tại trụ sở cơ quan, số 6 đường Hoàng Văn Thụ.", paragraphs[1]!],
    });
    await photograph(page, [{ name: "notice-editor", address: `/toa-soan/bai-viet/${draft.id}`, heading: /./ }]);
    await photograph(await anonymous(), [{ name: "notice-public", address: published.path!, heading: "Thông báo lịch tiếp công dân tháng 12/2026" }]);
  });
});

test.describe("administration (admin)", () => {
  test.use(sessionOf("admin"));

  test("people, sections, settings and the audit trail", async ({ page }) => {
    await photograph(page, [
      { name: "admin-people", address: "/toa-soan/quan-tri/nguoi-dung", heading: "Người dùng" },
      { name: "admin-sections", address: "/toa-soan/quan-tri/chuyen-muc", heading: "Chuyên mục" },
      { name: "admin-desks", address: "/toa-soan/quan-tri/ban", heading: "Ban" },
      { name: "admin-settings", address: "/toa-soan/quan-tri/cai-dat", heading: "Cài đặt" },
      { name: "admin-audit", address: "/toa-soan/quan-tri/nhat-ky", heading: "Nhật ký" },
    ]);
  });
});
