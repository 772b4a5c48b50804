// Stories imported from the paper's old website keep their old addresses: each answers 301 to the
// story's address here, in the spellings links to the old site use (page extensions, case,
// percent-encoding, a tracking query, the old id alone), and the new address answers 200. An old
// address that is the new site's own is refused at import and keeps answering as the new site;
// an unknown old-looking path stays 404. Requests are made without following redirects, to see
// each answer as a browser or a search engine gets it.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../support/test";

/** A seven-digit id of the old site, unique to this run. */
const oldId = () => String(1_000_000 + Math.floor(Math.random() * 8_999_999));

async function expectMoved(request: APIRequestContext, from: string, to: string): Promise<void> {
  const response = await request.get(from, { maxRedirects: 0 });
  expect(response.status(), `${from} → ${response.status()}`).toBe(301);
  const location = response.headers()["location"] ?? "";
  expect(new URL(location, response.url()).pathname, `${from} → ${location}`).toBe(to);
}

test.describe("the old website's addresses", () => {
  test("an old address in its usual spellings answers 301 to the story, which answers 200", async ({ factory, request }) => {
    const id = oldId();
    const story = await factory.makeArchivedStory(
      [`https://baolangson.vn/thoi-su/le-hoi-xuan-2019-${id}.html`, "https://baolangson.vn/văn-hóa/Đêm-hội-trăng-rằm/"],
      {
        title: "Lễ hội xuân và đêm hội trăng rằm",
      },
    );
    expect(story.oldAddresses.map((a) => a.recorded)).toEqual([true, true]);

    for (const variant of [
      `/thoi-su/le-hoi-xuan-2019-${id}.html`,
      `/Thoi-Su/LE-HOI-XUAN-2019-${id}.HTML`,
      `/thoi-su/le-hoi-xuan-2019-${id}.htm`,
      `/thoi-su/le-hoi-xuan-2019-${id}.aspx`,
      `/thoi-su/le-hoi-xuan-2019-${id}.html?utm_source=facebook&fbclid=abc`,
      // The old id alone, where it belongs to this story only.
      `/${id}.html`,
      `/tin-tuc/${id}.html`,
      `/index.php?id=${id}`,
      `/?p=${id}`,
      // Vietnamese slugs: percent-encoded as browsers send them, or in decomposed letters, any case.
      `/${encodeURIComponent("văn-hóa")}/${encodeURIComponent("Đêm-hội-trăng-rằm")}`,
      `/${encodeURIComponent("VĂN-HÓA")}/${encodeURIComponent("đêm-hội-trăng-rằm".normalize("NFD"))}.html`,
    ]) {
      await expectMoved(request, variant, story.path);
    }
    const head = await request.head(`/thoi-su/le-hoi-xuan-2019-${id}.html`, { maxRedirects: 0 });
    expect(head.status()).toBe(301);

    // A trailing slash: Next takes it off first (308), then the old address moves (301).
    const slashed = await request.get(`/thoi-su/le-hoi-xuan-2019-${id}.html/`, { maxRedirects: 0 });
    expect([301, 308]).toContain(slashed.status());
    const followed = await request.get(`/thoi-su/le-hoi-xuan-2019-${id}.html/`);
    expect(new URL(followed.url()).pathname).toBe(story.path);

    const page = await request.get(story.path, { maxRedirects: 0 });
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain("Lễ hội xuân và đêm hội trăng rằm");
  });

  test("an address of the new site is refused as an old one and still answers as the new site", async ({ factory, request }) => {
    const firstId = oldId();
    const firstOld = `/xa-hoi/bai-dau-${firstId}.html`;
    const first = await factory.makeArchivedStory([firstOld]);
    const id = oldId();
    const story = await factory.makeArchivedStory([
      first.path, // another story's address here
      "/chinh-tri", // a section of the paper
      "https://baolangson.vn/tim-kiem?id=5",
      `/tin-tuc/bai-cu-${id}`, // the shape of a story address here: the story page decides
      "mailto:toasoan@baolangson.vn",
      firstOld.toUpperCase(), // the first story's old address
    ]);
    expect(story.oldAddresses.map((a) => a.reason ?? "recorded")).toEqual(["live-address", "live-address", "live-address", "live-address", "invalid", "taken"]);

    for (const live of [first.path, "/chinh-tri", "/tim-kiem?id=5"]) {
      const response = await request.get(live, { maxRedirects: 0 });
      expect(response.status(), live).toBe(200);
    }
    // A path of a story address's shape is the new site's even when it spells a recorded old
    // address without its extension, or carries a known old id: no story here has that id, so 404.
    await expectMoved(request, firstOld, first.path);
    for (const storyShaped of [`/xa-hoi/bai-dau-${firstId}`, `/tin-tuc/${firstId}`]) {
      expect((await request.get(storyShaped, { maxRedirects: 0 })).status(), storyShaped).toBe(404);
    }
  });

  test("an id in the old addresses of two stories finds neither; unknown old-looking paths stay 404", async ({ factory, request }) => {
    const shared = oldId();
    const one = await factory.makeArchivedStory([`/kinh-te/gia-lua-${shared}.html`]);
    const two = await factory.makeArchivedStory([`/nong-nghiep/gia-lua-${shared}.shtml`]);
    await expectMoved(request, `/kinh-te/gia-lua-${shared}.html`, one.path);
    await expectMoved(request, `/nong-nghiep/gia-lua-${shared}.shtml`, two.path);

    for (const unknown of [`/${shared}.html`, `/thoi-su/khong-co-bai-nay-${oldId()}.html`, `/tin-tuc/chi-tiet.aspx?newsid=${oldId()}`, "/a/b/c/khong-co.php"]) {
      const response = await request.get(unknown, { maxRedirects: 0 });
      expect(response.status(), unknown).toBe(404);
    }
  });
});
