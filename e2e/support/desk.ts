import type { Page } from "@playwright/test";
import type { MadePerson } from "./factory";
import { expect } from "./test";

/**
 * A submitted story through the desk as people do it: the editor claims and approves it, the
 * chief editor publishes it now (confirming the dialog). Returns the address readers get.
 */
export async function publishThroughDesk(
  signedIn: (who: MadePerson) => Promise<Page>,
  people: { editor: MadePerson; chief: MadePerson },
  id: number,
): Promise<string> {
  const desk = await signedIn(people.editor);
  await desk.goto(`/toa-soan/bai-viet/${id}`);
  await desk.getByRole("button", { name: "Nhận bài" }).click();
  await expect(desk.getByTestId("holder")).toHaveText("Bạn đang giữ bài này.");
  await desk.getByRole("button", { name: "Duyệt bài" }).click();
  await expect(desk.getByTestId("story-status")).toHaveText("Đã duyệt");

  const chief = await signedIn(people.chief);
  await chief.goto(`/toa-soan/bai-viet/${id}`);
  await chief.getByRole("button", { name: "Xuất bản ngay" }).click();
  await chief.getByRole("dialog", { name: "Xuất bản ngay?" }).getByRole("button", { name: "Xuất bản ngay" }).click();
  await expect(chief.getByTestId("story-status")).toHaveText("Đã xuất bản");
  const address = await chief.getByRole("link", { name: /Xem bài trên trang báo/ }).getAttribute("href");
  expect(address).toMatch(new RegExp(`-${id}$`));
  return address!;
}
