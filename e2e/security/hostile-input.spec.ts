// The hardening issue's first point, against the production server: a file or a body built to
// exhaust memory is refused with a clear message, and the newsroom goes on working.
import http from "node:http";
import type { Page } from "@playwright/test";
import { makeDocx, makeDocxBomb } from "../../lib/importer/fixtures/make-docx";
import { demoUsers } from "../pages/login-page";
import { expect, sessionOf, test } from "../support/test";

// On the demo reporter's saved session. One test at a time, in order: each pushes the server's
// memory bounds, and two at once would measure each other.
test.use(sessionOf("reporter"));
test.describe.configure({ mode: "default" });

const MB = 1024 * 1024;

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.goto("/toa-soan/bai-viet/nhap");
  await page
    .getByLabel("Hoặc chọn tệp (.txt, .docx)")
    .setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer });
  await page.getByRole("button", { name: "Nhập từ văn bản" }).click();
}

/**
 * Sends `total` bytes in chunks without Content-Length, as fast as the server takes them, and
 * reports the answer and how much had been sent when it came: a bounded server answers early.
 */
function sendChunked(path: string, total: number, headers: Record<string, string>): Promise<{ status: number; body: string; sentWhenAnswered: number }> {
  const { port } = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let sentWhenAnswered = -1;
    const request = http.request({ host: "127.0.0.1", port, path, method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (response) => {
      sentWhenAnswered = sent;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, sentWhenAnswered }));
    });
    request.on("error", (error) => (sentWhenAnswered >= 0 ? undefined : reject(error)));
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const pump = () => {
      while (sent < total && sentWhenAnswered < 0) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      request.end();
    };
    pump();
  });
}

/** Declares a body of `length` bytes, sends none of it, and returns the status the server answers with. */
function statusOfDeclared(path: string, length: number, cookie: string): Promise<number> {
  const { port } = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method: "POST", headers: { cookie, "content-length": String(length) } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    request.on("error", reject);
    request.flushHeaders();
  });
}

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test("a .docx bomb is refused in Vietnamese and the reporter goes on importing", async ({ page }) => {
  // The attack: a few KB that inflate to 5 MB of text, then one past the bound.
  await importFile(page, "bom.docx", await makeDocxBomb(5 * MB));
  await expect(page.getByRole("alert").filter({ hasText: /quá dài/ })).toBeVisible({ timeout: 30_000 });
  await importFile(page, "bom-lon.docx", await makeDocxBomb(40 * MB));
  await expect(page.getByRole("alert").filter({ hasText: "Nội dung tệp .docx khi giải nén quá lớn" })).toBeVisible({ timeout: 30_000 });

  // The server is up and the same reporter imports a real story.
  const health = await page.request.get("/api/health");
  expect(health.ok()).toBe(true);
  await importFile(
    page,
    "bai.docx",
    await makeDocx(["Thứ hai, 04/07/2022", "Tiêu đề của bài nhập sau quả bom", "– Sapo của bài.", "Đoạn một.", "PHƯƠNG DUNG"]),
  );
  await expect(page.getByText("Đã nhập bài từ văn bản.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Tiêu đề", exact: true })).toHaveValue("Tiêu đề của bài nhập sau quả bom");
});

test("a NUL or another control character in a search answers 400 with a message, never 500", async ({ page }) => {
  for (const path of ["/api/tags?q=x%00y", "/api/media?q=%00", "/api/search?q=xay%00dung", "/api/search?q=%1B"]) {
    const answer = await page.request.get(path);
    expect(answer.status(), path).toBe(400);
    expect(((await answer.json()) as { error: string }).error, path).toMatch(/ký tự/);
  }
  const searchPage = await page.request.get("/tim-kiem?q=xay%00dung");
  expect(searchPage.status()).toBeLessThan(500);
});

test("an oversized file is refused before it is sent", async ({ page }) => {
  await importFile(page, "lon.docx", Buffer.alloc(11 * MB, 0x20));
  await expect(page.getByRole("alert").filter({ hasText: "Tệp quá lớn (tối đa 10 MB)." })).toBeVisible();
});

test("bodies are bounded while they stream, whatever the headers say", async ({ page }) => {
  const cookie = await cookieHeader(page);

  // 60 MB of upload without Content-Length: refused near the 20 MB bound, not read whole.
  const upload = await sendChunked("/api/media", 60 * MB, { cookie, "content-type": "multipart/form-data; boundary=x" });
  expect(upload.status).toBe(413);
  expect((JSON.parse(upload.body) as { error: string }).error).toBe("Ảnh vượt quá 20 MB.");
  expect(upload.sentWhenAnswered).toBeLessThan(40 * MB);

  // The same for a server action (the import form's own, as the browser calls it) and any other route.
  await page.goto("/toa-soan/bai-viet/nhap");
  await page.getByLabel("Văn bản").fill("   ");
  const [submitted] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Nhập từ văn bản" }).click(),
  ]);
  const actionId = submitted.headers()["next-action"]!;
  const action = await sendChunked("/toa-soan/bai-viet/nhap", 60 * MB, { cookie, "next-action": actionId, "content-type": "multipart/form-data; boundary=x" });
  expect(action.status).toBe(413);
  expect(action.sentWhenAnswered).toBeLessThan(40 * MB);
  const other = await sendChunked("/api/auth/callback/credentials", 20 * MB, { "content-type": "application/x-www-form-urlencoded" });
  expect(other.status).toBe(413);
  expect(other.sentWhenAnswered).toBeLessThan(10 * MB);

  // A declared length over the bound is refused before a byte of the body is sent.
  expect(await statusOfDeclared("/api/media", 300 * MB, cookie)).toBe(413);

  // And the newsroom still answers.
  await page.goto("/toa-soan");
  await expect(page.getByRole("heading", { name: demoUsers.reporter.heading })).toBeVisible();
});
