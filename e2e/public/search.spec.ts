// A reader searches the paper: the plain GET form on /tim-kiem (with JavaScript switched off, as
// the page must work without it), the highlighted results, the story they open, and the JSON API.
import { expect, test } from "@playwright/test";
import { SearchPage } from "../pages/search-page";

const fixtureTitle = "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh, toàn diện";

test.describe("public search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader types 'xay dung dang', sees the fixture story first with the words marked, and opens it", async ({ page }) => {
    const search = new SearchPage(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await search.goto();
    await expect(search.results()).toHaveCount(0);
    await expect(page.getByText("Không tìm thấy")).toHaveCount(0);

    await search.search("xay dung dang");

    await page.waitForURL((url) => url.pathname === "/tim-kiem" && url.searchParams.get("q") === "xay dung dang");
    await expect(search.box()).toHaveValue("xay dung dang");
    const top = search.results().first();
    await expect(top.getByRole("heading", { level: 2 })).toHaveText(fixtureTitle);
    await expect(top.getByRole("heading", { level: 2 }).locator("mark")).toHaveText(["xây dựng", "xây dựng Đảng"]);
    await expect(top.getByText("Chính trị", { exact: true })).toBeVisible();
    await expect(top.locator("time")).toContainText("04/07/2022");
    await expect(page.getByText(/^Tìm thấy \d+ bài viết phù hợp với “xay dung dang”/)).toBeVisible();

    await top.getByRole("link", { name: fixtureTitle }).click();

    await page.waitForURL((url) => url.pathname.startsWith("/chinh-tri/phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang"));
    await expect(page.getByRole("heading", { level: 1, name: fixtureTitle })).toBeVisible();
  });

  test("a search with no match says so in Vietnamese", async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();

    await search.search("qwzx vbnm");

    await expect(page.getByText("Không tìm thấy bài viết nào phù hợp với “qwzx vbnm”.", { exact: false })).toBeVisible();
    await expect(search.results()).toHaveCount(0);
  });
});

test.describe("the search API", () => {
  test("GET /api/search?q=xay%20dung%20dang answers JSON with the fixture story first", async ({ request }) => {
    const response = await request.get("/api/search?q=xay%20dung%20dang");

    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      total: number;
      results: { id: number; title: string; url: string; sapo: string; publishedAt: string; highlight: string }[];
    };
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(body.results[0]).toMatchObject({ title: fixtureTitle, publishedAt: "2022-07-04T01:30:00.000Z" });
    expect(body.results[0]!.url).toMatch(/^\/chinh-tri\/phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-trong-sach-vung-manh-toan-dien-\d+$/);
    expect(body.results[0]!.highlight).toContain("<mark>xây dựng Đảng</mark>");
  });

  test("bad input answers 400 with a Vietnamese error", async ({ request }) => {
    for (const [path, error] of [
      ["/api/search", "Hãy nhập từ cần tìm."],
      ["/api/search?q=%20%20", "Hãy nhập từ cần tìm."],
      [`/api/search?q=${"a".repeat(201)}`, "Từ cần tìm dài quá 200 ký tự."],
      ["/api/search?q=dang&page=501", "Số trang lớn nhất là 500."],
      ["/api/search?q=dang&page=0", "Số trang nhỏ nhất là 1."],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.json(), path).toEqual({ error });
    }
  });
});
