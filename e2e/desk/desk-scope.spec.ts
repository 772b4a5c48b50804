// A desk's own queue, with the test's own sections, desks and editors: an editor on a desk starts at
// "Ban của tôi", claims a story of their section, sees another desk's story under "Tất cả" without
// Nhận bài (and the server refuses the claim even from a page that still offers it); once the admin
// takes them off the desk, their next request is paper-wide again. The queue is photographed with
// desks at 390 and 1280 px.
import { DeskQueuePage, expectNoSidewaysScroll } from "../pages/newsroom-lists-page";
import { uniqueTag } from "../support/factory";
import { expect, test } from "../support/test";

const shots = "/work/notes/shots-14";

test("an editor on a desk works in their desk's sections, and paper-wide once taken off it", async ({ factory, signedIn }) => {
  // Arrange: two desks with a section each, an editor on the first, a story waiting in each.
  const [mine, theirs] = [await factory.makeSection(), await factory.makeSection()];
  const editor = await factory.makePerson("editor");
  const desk = await factory.makeDesk({ name: `Ban Thời sự ${uniqueTag()}`, sections: [mine], members: [{ who: editor }] });
  const otherDesk = await factory.makeDesk({ name: `Ban Kinh tế ${uniqueTag()}`, sections: [theirs] });
  const inside = await factory.makeStory({ status: "submitted", section: mine, title: `Tin trong ban ${uniqueTag()}` });
  const outside = await factory.makeStory({ status: "submitted", section: theirs, title: `Tin của ban khác ${uniqueTag()}` });

  const page = await signedIn(editor);
  const queue = new DeskQueuePage(page);
  const deskFilter = page.getByRole("search", { name: "Lọc hàng đợi" }).getByLabel("Ban", { exact: true });

  // Ban của tôi by default: only their desk's story, with its desk named.
  await expect(deskFilter.locator("option:checked")).toHaveText("Ban của tôi");
  await expect(queue.row(inside.id)).toBeVisible();
  await expect(queue.row(inside.id).getByTestId("desk-cell")).toHaveText(desk.name);
  await expect(queue.row(outside.id)).toHaveCount(0);

  // Tất cả: the other desk's story is there to read, without Nhận bài.
  await deskFilter.selectOption({ label: "Tất cả" });
  await queue.search(outside.title);
  await expect(queue.row(outside.id)).toBeVisible();
  await expect(queue.row(outside.id).getByTestId("desk-cell")).toHaveText(otherDesk.name);
  await expect(queue.row(outside.id).getByRole("button", { name: /Nhận bài/ })).toHaveCount(0);
  // One desk chosen by name.
  await deskFilter.selectOption({ label: otherDesk.name });
  await expect(queue.row(outside.id)).toBeVisible();
  await expect(page.locator('[data-status="submitted"]')).toHaveText("1");

  // The queue with desks, at both widths.
  await page.goto(`/toa-soan?q=${encodeURIComponent("Tin")}`);
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(queue.row(inside.id)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${shots}/hang-doi-ban-${width}.png`, fullPage: true });
  }

  // The story page of the other desk's story offers no Nhận bài either, and says which desk reviews it.
  await page.goto(`/toa-soan/bai-viet/${outside.id}`);
  await expect(page.getByRole("heading", { name: /^Trạng thái/ }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Nhận bài" })).toHaveCount(0);
  await expect(page.getByText(`Bài này do ${otherDesk.name} nhận và duyệt`)).toBeVisible();

  // Their own desk's story is claimed from the queue.
  await page.goto("/toa-soan");
  await queue
    .row(inside.id)
    .getByRole("button", { name: `Nhận bài “${inside.title}”` })
    .click();
  await page.waitForURL((url) => url.pathname === `/toa-soan/bai-viet/${inside.id}`);
  await expect(page.getByTestId("holder")).toHaveText("Bạn đang giữ bài này.");

  // The admin takes them off the desk…
  const admin = await signedIn("admin");
  await admin.goto("/toa-soan/quan-tri/ban");
  const card = admin.getByRole("article", { name: desk.name, exact: true });
  await card.getByRole("button", { name: `Bỏ ${editor.name} khỏi ${desk.name}` }).click();
  await expect(card.getByRole("status")).toHaveText(`Đã bỏ ${editor.name} khỏi ban.`);

  // …and on their next request they are paper-wide: everything by default, Nhận bài everywhere.
  await page.goto("/toa-soan");
  await expect(deskFilter.locator("option:checked")).toHaveText("Tất cả");
  await expect(deskFilter.getByRole("option", { name: "Ban của tôi" })).toHaveCount(0);
  await queue.search(outside.title);
  await queue
    .row(outside.id)
    .getByRole("button", { name: `Nhận bài “${outside.title}”` })
    .click();
  await page.waitForURL((url) => url.pathname === `/toa-soan/bai-viet/${outside.id}`);
  await expect(page.getByTestId("holder")).toHaveText("Bạn đang giữ bài này.");
});

test("the server refuses a claim outside the desk, even from a page that still offers Nhận bài", async ({ factory, signedIn }) => {
  const section = await factory.makeSection();
  await factory.makeDesk({ sections: [section] });
  const story = await factory.makeStory({ status: "submitted", section, title: `Tin ban khác ${uniqueTag()}` });
  const editor = await factory.makePerson("editor");
  const page = await signedIn(editor);
  // Paper-wide when the page opens: Nhận bài is offered.
  await page.goto(`/toa-soan/bai-viet/${story.id}`);
  const claim = page.getByRole("button", { name: "Nhận bài" });
  await expect(claim).toBeVisible();

  // Meanwhile they are put on a desk that does not review this section; the button is still there.
  await factory.makeDesk({ members: [{ who: editor }] });
  await claim.click();
  await expect(page.getByText("Bạn không có quyền thực hiện thao tác này.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: /^Trạng thái/ }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Nhận bài" })).toHaveCount(0);
  await expect(page.getByTestId("holder")).toHaveCount(0);
});
