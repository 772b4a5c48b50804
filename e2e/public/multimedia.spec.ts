// The multimedia kinds as readers get them: a photo story's gallery by keyboard, buttons and swipe;
// a video that plays with its captions on; an embed that loads nothing from its provider before
// the reader asks; audio, E-magazine and infographic pages; the podcast feeds; no axe violation on
// any of them; screenshots of each at 390 and 1280 px (/work/notes/shots-16/ when it exists).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { Factory, type MadeMedia, type MadeSection, type MadeStory } from "../support/factory";
import { expectNoSideScroll, phone } from "../support/phone";
import { ffmpegPath as ffmpeg, hasFfmpeg, requireTool } from "../support/requirement";
import { expect, test } from "../support/test";

const shotsDir = process.env.SHOTS_DIR ?? "/work/notes/shots-16";
const recent = () => new Date(Date.now() - 3_600_000);

// One worker, in order: the stories are made once for the file (a failure restarts them).
test.describe.configure({ mode: "default" });

// Small real files, made once: four seconds of a test picture with a tone, a tone alone, captions.
const files: { video?: Buffer; audio?: Buffer; vtt: Buffer } = {
  vtt: Buffer.from(
    "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nXin chào quý vị khán giả.\n\n00:00:02.000 --> 00:00:04.000\nChợ phiên Đồng Đăng họp từ sáng sớm.\n",
  ),
};
test.beforeAll(() => {
  if (!hasFfmpeg) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-media-e2e-"));
  const run = (...args: string[]) => execFileSync(ffmpeg, ["-hide_banner", "-loglevel", "error", "-y", ...args]);
  run(
    "-f",
    "lavfi",
    "-i",
    "testsrc=size=320x180:rate=25",
    "-f",
    "lavfi",
    "-i",
    "sine=frequency=440",
    "-t",
    "4",
    "-c:v",
    "libx264",
    "-pix_fmt",
    "yuv420p",
    "-crf",
    "35",
    "-c:a",
    "aac",
    "-movflags",
    "+faststart",
    path.join(dir, "v.mp4"),
  );
  run("-f", "lavfi", "-i", "sine=frequency=330", "-t", "3", "-c:a", "aac", path.join(dir, "a.m4a"));
  files.video = fs.readFileSync(path.join(dir, "v.mp4"));
  files.audio = fs.readFileSync(path.join(dir, "a.m4a"));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function screenshots(page: Page, name: string, address: string) {
  if (!fs.existsSync(path.dirname(shotsDir))) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(address);
    // Lazy pictures load as the reader scrolls: scroll through the page before the photograph.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 60));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState("networkidle");
    // Every picture on the page's length has arrived (a gallery's later photos wait beside the first, off to the side).
    await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete || img.getBoundingClientRect().left >= window.innerWidth));
    if (width === 390) await expectNoSideScroll(page);
    await page.screenshot({ path: path.join(shotsDir, `public-${name}-${width}.png`), fullPage: true });
  }
}

/** The script files a page loads, by path. */
async function scriptFiles(page: Page, address: string): Promise<string[]> {
  const found: string[] = [];
  const listen = (r: { resourceType(): string; url(): string }) => void (r.resourceType() === "script" && found.push(new URL(r.url()).pathname));
  page.on("request", listen);
  await page.goto(address);
  await page.waitForLoadState("networkidle");
  page.off("request", listen);
  return found.sort();
}

let section: MadeSection;
const photos: MadeMedia[] = [];
const stories: Record<string, MadeStory> = {};
const photo = (m: MadeMedia, caption: string) => ({ mediaId: m.id, src: m.variants?.[0] ?? m.src, alt: "", caption, credit: "Ảnh: VĂN ĐẠT" });
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

test.beforeAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT}`, storageState: { cookies: [], origins: [] } });
  const factory = new Factory(api);
  section = await factory.makeSection({ name: `Đa phương tiện ${Date.now().toString(36).slice(-4).toUpperCase()}` });
  const sizes = [
    [1600, 1000],
    [1200, 1200],
    [1600, 900],
    [1000, 1400],
    [1600, 1066],
  ];
  for (const [width, height] of sizes) photos.push(await factory.makeMedia({ kind: "image", width, height, alt: "Phố núi Lạng Sơn" }));
  const captions = ["Sương sớm trên đỉnh Mẫu Sơn", "Phiên chợ Kỳ Lừa ngày rằm", "Cầu Kỳ Cùng lúc hoàng hôn", "Người Dao đỏ thêu khăn", "Đêm hội hoa đào"];
  stories.photo = await factory.makeStory({
    status: "published",
    kind: "photo",
    section: section.id,
    publishedAt: recent(),
    title: "Lạng Sơn mùa đào: năm khoảnh khắc",
    sapo: "– Phóng sự ảnh về xứ Lạng những ngày giáp Tết.",
    body: {
      type: "doc",
      content: [{ type: "gallery", attrs: { items: photos.map((p, i) => photo(p, captions[i]!)) } }, paragraph("Ảnh chụp trong tháng Giêng.")],
    },
  });

  const poster = photos[2]!;
  const film = await factory.makeMedia({
    kind: "video",
    width: 640,
    height: 360,
    durationMs: 4000,
    posterMediaId: poster.id,
    data: files.video?.toString("base64"),
    tracks: [{ lang: "vi", label: "Tiếng Việt", kind: "captions", text: files.vtt.toString("utf8") }],
    transcript: "Xin chào quý vị khán giả.\n\nChợ phiên Đồng Đăng họp từ sáng sớm.",
    caption: "Chợ phiên Đồng Đăng",
    credit: "Video: MINH ĐỨC",
  });
  stories.video = await factory.makeStory({
    status: "published",
    kind: "video",
    section: section.id,
    publishedAt: recent(),
    title: "Video: Phiên chợ vùng biên Đồng Đăng",
    sapo: "– Chợ phiên họp từ tinh mơ, người mua kẻ bán tấp nập.",
    body: {
      type: "doc",
      content: [{ type: "video", attrs: { mediaId: film.id, caption: "", credit: "" } }, paragraph("Chợ họp vào ngày chủ nhật hằng tuần.")],
    },
  });

  const sound = await factory.makeMedia({
    kind: "audio",
    durationMs: 3000,
    data: files.audio?.toString("base64"),
    transcript: "Bản tin sáng nay có ba tin chính.",
    caption: "Bản tin sáng",
  });
  stories.audio = await factory.makeStory({
    status: "published",
    kind: "audio",
    section: section.id,
    publishedAt: recent(),
    title: "Podcast: Chuyện làng – mùa hồi ở Văn Quan",
    sapo: "– Người trồng hồi kể chuyện giữ rừng.",
    coverMediaId: photos[0]!.id,
    body: { type: "doc", content: [{ type: "audio", attrs: { mediaId: sound.id, caption: "", credit: "" } }, paragraph("Thực hiện: HỒNG NHUNG.")] },
  });

  stories.emagazine = await factory.makeStory({
    status: "published",
    kind: "emagazine",
    section: section.id,
    publishedAt: recent(),
    title: "Mẫu Sơn – đánh thức “nóc nhà” xứ Lạng",
    sapo: "– Từ con đường đá cũ đến khu du lịch bốn mùa.",
    coverMediaId: photos[4]!.id,
    body: {
      type: "doc",
      content: [
        { type: "chapter", attrs: { title: "Con đường đá" } },
        paragraph("Ba mươi năm trước, đường lên Mẫu Sơn chỉ là lối mòn đá tai mèo."),
        { type: "pullQuote", attrs: { text: "Ngày ấy lên núi mất cả ngày trời.", cite: "Ông Hoàng Văn Páo, bản Khuổi Cấp" } },
        {
          type: "figure",
          attrs: {
            mediaId: photos[0]!.id,
            src: photos[0]!.variants?.[0],
            alt: "",
            caption: "Biển mây trên đỉnh Mẫu Sơn",
            credit: "Ảnh: VĂN ĐẠT",
            width: "full",
          },
        },
        { type: "chapter", attrs: { title: "Mùa đào" } },
        paragraph("Tháng Giêng, đào phai nở hồng các sườn đồi."),
        { type: "imagePair", attrs: { items: [photo(photos[1]!, "Trước"), photo(photos[3]!, "Sau")] } },
        {
          type: "embed",
          attrs: {
            provider: "youtube",
            url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            caption: "Mẫu Sơn nhìn từ trên cao",
            posterMediaId: null,
            posterSrc: null,
          },
        },
      ],
    },
  });

  const graphic = await factory.makeMedia({ kind: "image", width: 1200, height: 2000, alt: "Biểu đồ lượng khách du lịch đến Lạng Sơn" });
  stories.infographic = await factory.makeStory({
    status: "published",
    kind: "infographic",
    section: section.id,
    publishedAt: recent(),
    title: "Ảnh đồ họa: Du lịch Lạng Sơn năm 2026",
    sapo: "– Những con số về du lịch xứ Lạng.",
    body: {
      type: "doc",
      content: [
        {
          type: "infographic",
          attrs: {
            mediaId: graphic.id,
            src: graphic.variants?.[0],
            alt: "Biểu đồ lượng khách du lịch đến Lạng Sơn",
            caption: "Khách du lịch đến Lạng Sơn",
            credit: "Đồ họa: THU HÀ",
            text: "Năm 2025: 5,2 triệu lượt khách.\n\nNăm 2026: 6 triệu lượt khách, tăng 15%.",
          },
        },
      ],
    },
  });

  stories.embed = await factory.makeStory({
    status: "published",
    kind: "article",
    section: section.id,
    publishedAt: recent(),
    title: "Lễ hội Lồng tồng qua ống kính bạn đọc",
    sapo: "– Video bạn đọc gửi về.",
    body: {
      type: "doc",
      content: [
        paragraph("Mời bạn đọc xem video."),
        {
          type: "embed",
          attrs: { provider: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", caption: "Lễ hội Lồng tồng", posterMediaId: photos[1]!.id, posterSrc: null },
        },
        {
          type: "embed",
          attrs: { provider: "tiktok", url: "https://www.tiktok.com/@baolangson/video/7212345678901234567", caption: "", posterMediaId: null, posterSrc: null },
        },
      ],
    },
  });
  stories.text = await factory.makeStory({ status: "published", section: section.id, publishedAt: recent(), paragraphs: ["Một bài chữ."], sapo: "– Bài chữ." });
  await api.dispose();
});

test.describe("photo story", () => {
  test("the gallery steps by keyboard and by buttons, counts photos, and has no axe violation", async ({ page }) => {
    const address = stories.photo!.path!;
    expect(await scriptFiles(page, address)).toEqual(["/js/story-media.js"]);
    const gallery = page.getByRole("region", { name: "Bộ ảnh, 5 ảnh" });
    const counter = gallery.locator("[data-gallery-counter]");
    await expect(counter).toHaveText("1 / 5");
    const previous = gallery.getByRole("button", { name: "Ảnh trước" });
    const next = gallery.getByRole("button", { name: "Ảnh sau" });
    await expect(previous).toBeDisabled();

    // Keyboard: the strip takes focus; arrows step through the photos.
    await gallery.locator(".gallery-track").focus();
    await page.keyboard.press("ArrowRight");
    await expect(counter).toHaveText("2 / 5");
    await page.keyboard.press("ArrowRight");
    await expect(counter).toHaveText("3 / 5");
    await page.keyboard.press("ArrowLeft");
    await expect(counter).toHaveText("2 / 5");
    await page.keyboard.press("End");
    await expect(counter).toHaveText("5 / 5");
    await expect(next).toBeDisabled();

    // Buttons.
    await previous.click();
    await expect(counter).toHaveText("4 / 5");
    await page.keyboard.press("Home");
    await expect(counter).toHaveText("1 / 5");
    await next.click();
    await next.click();
    await expect(counter).toHaveText("3 / 5");
    // The photo shown is the one counted: the strip has scrolled to it.
    await expect.poll(() => gallery.locator(".gallery-track").evaluate((el) => Math.round(el.scrollLeft / el.clientWidth))).toBe(2);
    await expect(gallery.getByText("Cầu Kỳ Cùng lúc hoàng hôn")).toBeInViewport();

    await expectNoAxeViolations(page, "a photo story");
  });

  test("on a phone the strip swipes and the buttons work, nothing overflows", async ({ browser }) => {
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(stories.photo!.path!);
    await expectNoSideScroll(page);
    const gallery = page.getByRole("region", { name: "Bộ ảnh, 5 ảnh" });
    const counter = gallery.locator("[data-gallery-counter]");
    await expect(counter).toHaveText("1 / 5");
    // A swipe scrolls the strip (scroll snapping); the counter follows.
    const track = gallery.locator(".gallery-track");
    await track.evaluate((el) => el.scrollTo({ left: el.clientWidth * 3, behavior: "instant" as ScrollBehavior }));
    await expect(counter).toHaveText("4 / 5");
    await gallery.getByRole("button", { name: "Ảnh trước" }).tap();
    await expect(counter).toHaveText("3 / 5");
    await gallery.getByRole("button", { name: "Ảnh sau" }).tap();
    await expect(counter).toHaveText("4 / 5");
    await expectNoSideScroll(page);
    await context.close();
  });

  test("without script every photo reads in order, with its caption", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(stories.photo!.path!);
    const gallery = page.getByRole("region", { name: "Bộ ảnh, 5 ảnh" });
    await expect(gallery.getByRole("listitem")).toHaveCount(5);
    await expect(gallery.getByRole("button")).toHaveCount(0);
    await expect(gallery.locator("figcaption").nth(3)).toContainText("Người Dao đỏ thêu khăn");
    await context.close();
  });
});

test.describe("video and audio", () => {
  test.beforeEach(() => requireTool(hasFfmpeg, `Debian's ffmpeg at ${ffmpeg} (apt-get install ffmpeg) to make the recordings`));

  test("a video story plays with its captions on, and loads the player only there", async ({ page }) => {
    const address = stories.video!.path!;
    expect(await scriptFiles(page, address)).toEqual(["/js/player.js"]);
    // The player first, above the title.
    const player = page.locator(".story-lead-player");
    await expect(player).toBeVisible();
    expect(await player.evaluate((el) => el.compareDocumentPosition(document.querySelector("h1")!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    await page.waitForFunction(() => customElements.get("media-controller") !== undefined);
    const video = page.locator("video");
    await expect(video).toHaveAttribute("preload", "none");
    await page.locator("media-play-button").click();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.3);
    const track = await video.evaluate(async (v: HTMLVideoElement) => {
      const t = v.textTracks[0]!;
      for (let i = 0; i < 50 && !(t.cues && t.cues.length); i++) await new Promise((r) => setTimeout(r, 100));
      return { mode: t.mode, language: t.language, cues: t.cues?.length ?? 0, first: (t.cues?.[0] as VTTCue | undefined)?.text };
    });
    expect(track).toEqual({ mode: "showing", language: "vi", cues: 2, first: "Xin chào quý vị khán giả." });
    // The transcript is there for whoever cannot listen.
    await page.getByText("Lời thoại").click();
    await expect(page.getByText("Chợ phiên Đồng Đăng họp từ sáng sớm.")).toBeVisible();
    // The structured data describes the video.
    const graphs = await page.locator('script[type="application/ld+json"]').allTextContents();
    const video0 = graphs
      .map((g) => JSON.parse(g) as unknown)
      .flat()
      .find((g) => (g as { "@type": string })["@type"] === "VideoObject");
    expect(video0).toMatchObject({
      name: "Video: Phiên chợ vùng biên Đồng Đăng",
      duration: "PT4S",
      uploadDate: expect.any(String),
      thumbnailUrl: [expect.stringMatching(/\/media\//)],
    });
    await expect(page.locator('meta[property="og:video"]')).toHaveAttribute("content", /\/media\/.+\.mp4$/);
    await expectNoAxeViolations(page, "a video story");
  });

  test("an audio story plays, and the podcast feeds list it", async ({ page, request }) => {
    await page.goto(stories.audio!.path!);
    await page.waitForFunction(() => customElements.get("media-controller") !== undefined);
    await page.locator("media-play-button").click();
    await expect.poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.3);
    await expectNoAxeViolations(page, "an audio story");

    const paper = await request.get("/podcast.xml");
    expect(paper.status()).toBe(200);
    expect(paper.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await paper.text();
    expect(xml).toContain("Podcast: Chuyện làng – mùa hồi ở Văn Quan");
    expect(xml).toMatch(new RegExp(`<enclosure url="http://127\\.0\\.0\\.1:\\d+/media/[^"]+\\.m4a" length="${files.audio!.length}" type="audio/mp4"/>`));
    expect((await request.get(`/${section.slug}/podcast.xml`)).status()).toBe(200);
    const other = await page.request.get("/chinh-tri/podcast.xml");
    expect(other.status()).toBe(404);
  });
});

test("an embed loads nothing from its provider until the reader asks", async ({ page }) => {
  const provider: string[] = [];
  await page
    .context()
    .route(
      /^https:\/\/([a-z0-9-]+\.)*(youtube-nocookie\.com|youtube\.com|ytimg\.com|googlevideo\.com|tiktok\.com|tiktokcdn\.com|facebook\.com|fbcdn\.net)\//,
      (route) => {
        provider.push(route.request().url());
        return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>video</title><p>video</p>" });
      },
    );
  await page.goto(stories.embed!.path!);
  await page.waitForLoadState("networkidle");
  const youtube = page.locator(".story-embed--youtube");
  await expect(youtube.getByText("Xem video trên YouTube")).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(youtube.getByRole("link", { name: "Mở trên YouTube" })).toHaveAttribute("href", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await expectNoAxeViolations(page, "a story with embeds");
  expect(provider).toEqual([]);

  await youtube.getByRole("button", { name: "Tải video từ YouTube" }).click();
  const frame = youtube.locator("iframe");
  await expect(frame).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  await expect(frame).toHaveAttribute("title", "Video trên YouTube");
  await expect.poll(() => provider).toEqual(["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"]);
  // The other embed still waits.
  await expect(page.locator(".story-embed--tiktok iframe")).toHaveCount(0);
});

test("E-magazine: full-bleed cover, chapter list with anchors; infographic: zoomable with its text version", async ({ page }) => {
  await page.goto(stories.emagazine!.path!);
  const chapters = page.getByRole("navigation", { name: "Các chương" });
  await chapters.getByRole("link", { name: "Mùa đào" }).click();
  await expect(page).toHaveURL(/#chuong-2$/);
  await expect(page.getByRole("heading", { level: 2, name: "Mùa đào" })).toBeInViewport();
  const cover = await page.locator(".story-cover-full img").boundingBox();
  expect(Math.round(cover!.width)).toBe(page.viewportSize()!.width);
  await expectNoAxeViolations(page, "an E-magazine");

  await page.goto(stories.infographic!.path!);
  await page.getByText("Nội dung dạng chữ").click();
  await expect(page.getByText("Năm 2026: 6 triệu lượt khách, tăng 15%.")).toBeVisible();
  await expectNoAxeViolations(page, "an infographic");
  await page.getByRole("link", { name: /Xem ảnh cỡ lớn/ }).click();
  const dialog = page.getByRole("dialog", { name: "Biểu đồ lượng khách du lịch đến Lạng Sơn" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("img")).toHaveAttribute("src", /-original\.jpg$/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("a text story still ships no script file", async ({ page }) => {
  expect(await scriptFiles(page, stories.text!.path!)).toEqual([]);
});

test("screenshots of each new page kind at 390 and 1280 px", async ({ page }) => {
  test.setTimeout(180_000);
  await page.context().route(/youtube-nocookie\.com|tiktok\.com/, (route) => route.abort());
  for (const name of ["photo", "video", "audio", "emagazine", "infographic", "embed"]) await screenshots(page, name, stories[name]!.path!);
});
