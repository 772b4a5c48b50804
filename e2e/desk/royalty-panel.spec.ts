// Chấm nhuận bút under a published story: a chief editor holding the grant grades the work and its
// cover photo, sees each line's amount (hệ số × share × the value of one grade point, 234.000 đ by
// default), saves, and finds the grade kept after a reload; an accountant sees the same lines,
// read-only; a grade outside its kind's range is refused beside the field and saves nothing.
// The people and stories are the factory's, in a month no other spec grades (05/2020).
import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";

const may2020 = new Date("2020-05-12T03:00:00.000Z");

/** The panel, found by its heading and the Vietnamese names of its controls. */
class RoyaltyPanel {
  constructor(readonly page: Page) {}
  region = () => this.page.getByRole("region", { name: "Chấm nhuận bút" });
  kind = () => this.region().getByLabel("Loại tác phẩm");
  grade = () => this.region().getByLabel("Hệ số", { exact: true });
  author = (n: number) => this.region().getByLabel(`Tác giả ${n}`, { exact: true });
  share = (n: number) => this.region().getByLabel(`Phần của tác giả ${n} (%)`);
  photoPerson = (n: number) => this.region().getByLabel(`Người chụp ảnh ${n}`);
  photoGrade = (n: number) => this.region().getByLabel(`Hệ số ảnh ${n}`);
  total = () => this.region().getByTestId("royalty-total");
  save = () => this.region().getByRole("button", { name: "Lưu chấm nhuận bút" });

  async open(storyId: number) {
    await this.page.goto(`/toa-soan/bai-viet/${storyId}`);
    await expect(this.region()).toBeVisible();
  }
}

test("the chief grades a published story and its photo, saves, and finds the amounts kept", async ({ factory, signedIn }) => {
  // Arrange: a chief editor given chấm nhuận bút, a published story with a cover from the library.
  const chief = await factory.makePerson("chief_editor", { grants: ["royalty.grade"] });
  const reporter = await factory.makePerson("reporter");
  const story = await factory.makeStory({ status: "published", author: reporter, byline: [reporter.penName, "PV"], withCover: true, publishedAt: may2020 });
  const page = await signedIn(chief);
  const panel = new RoyaltyPanel(page);
  await panel.open(story.id);
  await expect(panel.region()).toContainText("Tháng nhuận bút 05/2020 · một điểm hệ số 234.000 đ");
  // Suggested: the story's kind's default, its reporter alone, the photo to whoever uploaded it.
  await expect(panel.kind()).toHaveValue("bai");
  await expect(panel.region().getByText("Khung: 2–20 · gợi ý 6")).toBeVisible();
  await expect(panel.author(1).locator("option:checked")).toHaveText(reporter.name);
  await expect(panel.share(1)).toHaveValue("100");
  await expect(panel.photoPerson(1).locator("option:checked")).toHaveText("Lê Phương Dung (PHƯƠNG DUNG)");
  // "PV" names no one: left for the grader to assign.
  await expect(panel.region().getByLabel("Bút danh chưa rõ người: PV — chọn người nhận")).toBeVisible();

  // Act: Bài, hệ số 6, one author at 100 %, the photo at 2.
  await panel.kind().selectOption({ label: "Bài" });
  await panel.grade().fill("6");
  await panel.share(1).fill("100");
  await panel.photoGrade(1).fill("2");
  await expect(panel.region().getByText("Tổng phần: 100%")).toBeVisible();
  await expect(panel.region()).toContainText("6 × 100% × 234.000 đ = 1.404.000 đ");
  await expect(panel.region()).toContainText("2 × 100% × 234.000 đ = 468.000 đ");
  await expect(panel.total()).toHaveText("1.872.000 đ");
  await panel.save().click();

  // Assert: saved, and the same after a reload.
  await expect(panel.region().getByText(/^Đã lưu lúc \d{2}:\d{2}\.$/)).toBeVisible();
  await expect(panel.region().getByText(new RegExp(`^Chấm bởi ${chief.name} lúc`))).toBeVisible();
  await page.reload();
  await expect(panel.grade()).toHaveValue("6");
  await expect(panel.kind()).toHaveValue("bai");
  await expect(panel.share(1)).toHaveValue("100");
  await expect(panel.photoGrade(1)).toHaveValue("2");
  await expect(panel.total()).toHaveText("1.872.000 đ");

  // The accountant reads the same lines and has nothing to press.
  const accountant = await factory.makePerson("editor", { grants: ["royalty.accounting"] });
  const books = new RoyaltyPanel(await signedIn(accountant));
  await books.open(story.id);
  const lines = books.region().getByRole("table", { name: "Các dòng nhuận bút" });
  await expect(lines.getByRole("row")).toHaveCount(3);
  await expect(lines.getByRole("row").nth(1)).toContainText(reporter.name);
  await expect(lines.getByRole("row").nth(1)).toContainText("1.404.000 đ");
  await expect(lines.getByRole("row").nth(2)).toContainText("Lê Phương Dung");
  await expect(lines.getByRole("row").nth(2)).toContainText("468.000 đ");
  await expect(books.save()).toHaveCount(0);
});

test("a grade outside its kind's range is refused beside the field and saves nothing", async ({ factory, signedIn }) => {
  const chief = await factory.makePerson("chief_editor", { grants: ["royalty.grade"] });
  const story = await factory.makeStory({ status: "published", publishedAt: may2020 });
  const page = await signedIn(chief);
  const panel = new RoyaltyPanel(page);
  await panel.open(story.id);

  await panel.kind().selectOption({ label: "Bài" });
  await panel.grade().fill("25");
  await panel.save().click();

  await expect(panel.region().getByText("Chưa lưu: xem các chỗ đánh dấu đỏ.")).toBeVisible();
  await expect(panel.region().getByText("Hệ số của Bài phải từ 2 đến 20.")).toBeVisible();
  await expect(panel.grade()).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(panel.grade()).toHaveValue("6");
  await expect(panel.region().getByText(/^Chấm bởi/)).toHaveCount(0);
});
