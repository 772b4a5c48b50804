// Quản trị → Ban, on the demo admin's saved session, with the test's own sections, people and desks
// (unique names): an admin creates a desk (a duplicate name is refused), gives it a section and one
// taken from another desk (told which), adds an editor and marks them head, renames it, deletes it
// after the confirmation; the page is photographed at 390 and 1280 px with no sideways scroll.
import { expectNoSidewaysScroll } from "../pages/newsroom-lists-page";
import { uniqueTag } from "../support/factory";
import { expect, sessionOf, test } from "../support/test";

test.use(sessionOf("admin"));

const shots = "/work/notes/shots-14";

test("an admin creates a desk, gives it sections and an editor as head, renames it and deletes it", async ({ page, factory }) => {
  // Arrange: two sections, one already on another desk, and an editor.
  const section = await factory.makeSection();
  const taken = await factory.makeSection();
  const otherDesk = await factory.makeDesk({ sections: [taken] });
  const editor = await factory.makePerson("editor");
  const name = `Ban Thử nghiệm ${uniqueTag()}`;

  await page.goto("/toa-soan/quan-tri/ban");
  await expect(page.getByRole("heading", { level: 1, name: "Ban" })).toBeVisible();
  await expect(page.getByText("Biên tập viên trong ban chỉ nhận và duyệt bài của các chuyên mục thuộc ban")).toBeVisible();

  // Create, then the same name again in other letters: refused beside the field.
  const create = page.getByRole("form", { name: "Thêm ban" });
  await create.getByLabel("Tên ban").fill(`  ${name} `);
  await create.getByRole("button", { name: "Thêm ban" }).click();
  await expect(create.getByRole("status")).toHaveText(`Đã thêm ${name}.`);
  await create.getByLabel("Tên ban").fill(name.toLowerCase());
  await create.getByRole("button", { name: "Thêm ban" }).click();
  await expect(create.getByText(`Đã có ban tên “${name}”. Hãy chọn tên khác.`)).toBeVisible();

  // Sections: one free, one taken from the other desk, which the page names.
  const card = page.getByRole("article", { name, exact: true });
  const sections = card.getByRole("form", { name: `Chuyên mục của ${name}` });
  await sections.getByRole("checkbox", { name: section.name, exact: true }).check();
  await sections.getByRole("checkbox", { name: `${taken.name} (đang thuộc ${otherDesk.name})` }).check();
  await sections.getByRole("button", { name: `Lưu chuyên mục của ${name}` }).click();
  await expect(card.getByRole("status")).toHaveText(`Đã lưu chuyên mục của ban. Chuyên mục ${taken.name} đã chuyển từ ${otherDesk.name} sang ban này.`);
  await expect(page.getByRole("article", { name: otherDesk.name }).getByRole("checkbox", { name: `${taken.name} (đang thuộc ${name})` })).not.toBeChecked();

  // Members: the editor, then marked head.
  const add = card.getByRole("form", { name: `Thêm người vào ${name}` });
  await add.getByLabel("Người").selectOption({ label: `${editor.name} — Biên tập viên` });
  await add.getByRole("button", { name: "Thêm vào ban" }).click();
  await expect(card.getByRole("status")).toHaveText(`Đã thêm ${editor.name} vào ban.`);
  await card.getByRole("checkbox", { name: `${editor.name} là trưởng ban` }).check();
  await expect(card.getByRole("status")).toHaveText(`${editor.name} là trưởng ban.`);
  await page.reload();
  await expect(card.getByRole("checkbox", { name: `${editor.name} là trưởng ban` })).toBeChecked();
  await expect(card.getByRole("checkbox", { name: section.name, exact: true })).toBeChecked();

  // The page at both widths, with this desk filled in.
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(card).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${shots}/ban-${width}.png`, fullPage: true });
  }

  // Rename.
  const renamed = `${name} – Chuyên đề`;
  await card.getByRole("button", { name: `Đổi tên ${name}` }).click();
  await card.getByLabel("Tên mới").fill(renamed);
  await card.getByRole("button", { name: "Lưu", exact: true }).click();
  const renamedCard = page.getByRole("article", { name: renamed, exact: true });
  await expect(renamedCard.getByRole("status")).toHaveText(`Đã đổi tên thành ${renamed}.`);

  // Delete: asked first; Hủy keeps it, Xóa ban removes it and its section goes back to paper-wide review.
  await renamedCard.getByRole("button", { name: `Xóa ${renamed}` }).click();
  const dialog = page.getByRole("dialog", { name: `Xóa ${renamed}?` });
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await expect(renamedCard).toBeVisible();
  await renamedCard.getByRole("button", { name: `Xóa ${renamed}` }).click();
  await dialog.getByRole("button", { name: "Xóa ban" }).click();
  await expect(page.getByText(`Đã xóa ${renamed}. Các chuyên mục của ban trở về duyệt chung.`)).toBeVisible();
  await expect(page.getByRole("article", { name: renamed, exact: true })).toHaveCount(0);
  await expect(page.getByRole("article", { name: otherDesk.name }).getByRole("checkbox", { name: section.name, exact: true })).not.toBeChecked();
});
