// Two-step sign-in in a real browser: enrolment from the QR code's key and the app's first code,
// the recovery codes shown once, then a log-in that asks for the code after the password.
import { generate } from "otplib";
import { LoginPage } from "../pages/login-page";
import { expect, test } from "../support/test";

test("a chief editor turns on two-step sign-in in Hồ sơ and then signs in with a code", async ({ factory, signedIn, anonymous }) => {
  const person = await factory.makePerson("chief_editor");
  const page = await signedIn(person);
  await page.goto("/toa-soan/ho-so");
  await expect(page.getByText("Chưa bật.")).toBeVisible();
  await page.getByRole("link", { name: "Bật xác thực hai bước" }).click();
  await page.getByRole("button", { name: "Bắt đầu thiết lập" }).click();
  await expect(page.getByRole("img", { name: "Mã QR để thêm tài khoản vào ứng dụng xác thực" })).toBeVisible();
  const secret = (await page.locator("code").textContent())!.trim();

  await page.getByLabel("Mã xác thực").fill("000000");
  await page.getByRole("button", { name: "Bật xác thực hai bước" }).click();
  await expect(page.getByText("Mã xác thực không đúng.")).toBeVisible();
  await page.getByLabel("Mã xác thực").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Bật xác thực hai bước" }).click();
  await expect(page.getByText("Đã bật xác thực hai bước.")).toBeVisible();
  const codes = await page.getByRole("list", { name: "Xác thực hai bước" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);

  const elsewhere = await anonymous();
  await elsewhere.goto("/dang-nhap");
  await new LoginPage(elsewhere).logIn(person.email, person.password);
  await expect(elsewhere.getByLabel("Mã xác thực")).toBeVisible();
  expect(new URL(elsewhere.url()).pathname).toBe("/dang-nhap");
  // A recovery code works once, typed any which way.
  await elsewhere.getByLabel("Mã xác thực").fill(codes[0]!.toLowerCase());
  await elsewhere.getByRole("button", { name: "Đăng nhập" }).click();
  await elsewhere.waitForURL((url) => url.pathname === "/toa-soan");
});
