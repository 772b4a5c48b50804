// A reporter's short video from a phone through the newsroom: an HEVC .mov uploaded to the library
// (resumable upload), converted to H.264 in the background while the library shows its progress,
// given Vietnamese subtitles (WebVTT), put in a Video story, sent, approved, published (not before
// the conversion is done), and played by a reader with the subtitles on.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MediaLibraryPage } from "../pages/media-library-page";
import { StoryEditorPage } from "../pages/story-editor-page";
import { publishThroughDesk } from "../support/desk";
import { uniqueTag } from "../support/factory";
import { ffmpegPath as ffmpeg, hasFfmpeg, requireTool } from "../support/requirement";
import { expect, test } from "../support/test";

test("a reporter's phone video with subtitles goes through the desk and plays for readers with the subtitles on", async ({ factory, signedIn, anonymous }) => {
  requireTool(hasFfmpeg, `Debian's ffmpeg at ${ffmpeg} (apt-get install ffmpeg) to make the phone's video`);
  test.setTimeout(240_000);
  const tag = uniqueTag();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "video-dien-thoai-"));
  // What an iPhone sends: HEVC in a QuickTime file, with where it was filmed.
  const phoneVideo = path.join(folder, `IMG_${tag}.MOV`);
  execFileSync(ffmpeg, [
    ...["-hide_banner", "-loglevel", "error", "-y"],
    ...["-f", "lavfi", "-i", "testsrc2=size=480x270:rate=25", "-f", "lavfi", "-i", "sine=frequency=440"],
    ...["-t", "3", "-c:v", "libx265", "-tag:v", "hvc1", "-pix_fmt", "yuv420p", "-c:a", "aac", "-metadata", "location=+21.8537+106.7610/"],
    phoneVideo,
  ]);
  const subtitles = path.join(folder, "phu-de.vtt");
  fs.writeFileSync(
    subtitles,
    `WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nLũ về bản Khuổi Tục ${tag}.\n\n00:00:01.500 --> 00:00:03.000\nNgười dân di dời tài sản lên chỗ cao.\n`,
  );

  const reporter = await factory.makePerson("reporter");
  const editor = await factory.makePerson("editor");
  const chief = await factory.makePerson("chief_editor");
  const section = await factory.makeSection();
  const caption = `Lũ về bản Khuổi Tục ${tag}`;
  const title = `Video: Lũ về bản Khuổi Tục ${tag}`;

  // The reporter uploads the phone's video; the library converts it and shows how far it is.
  const page = await signedIn(reporter);
  const library = new MediaLibraryPage(page);
  await library.goto();
  await library.upload(phoneVideo, caption, "Video: MINH ĐỨC");
  await expect(library.uploader().getByRole("status")).toHaveText(`Đã tải lên “${path.basename(phoneVideo)}”.`, { timeout: 60_000 });
  await library.goto(tag);
  const item = library.items().filter({ hasText: caption });
  await expect(item).toHaveCount(1);
  // Converted in the background (the page refreshes itself while it runs): then it plays.
  await expect(item.getByRole("link", { name: "Xem video" })).toBeVisible({ timeout: 90_000 });

  // Subtitles, in the item's details.
  await item.getByText("Sửa thông tin ảnh").click();
  await item.getByLabel("Tệp .vtt (tối đa 512 KB)").setInputFiles(subtitles);
  await item.getByRole("button", { name: "Thêm phụ đề" }).click();
  await expect(item.getByText("Đã thêm phụ đề.")).toBeVisible();
  // Kept: listed again after a reload.
  await library.goto(tag);
  await item.getByText("Sửa thông tin ảnh").click();
  await expect(item.getByRole("link", { name: "Tiếng Việt" })).toBeVisible();

  // The Video story, its video chosen from the library.
  await page.goto("/toa-soan/bai-viet/moi");
  const draft = new StoryEditorPage(page);
  await draft.kind("Video").check();
  await draft.title().fill(title);
  await draft.sapo().fill("– Mưa lớn kéo dài khiến nước sông dâng cao, nhiều hộ dân phải di dời.");
  await draft.section().selectOption({ label: section.name });
  await draft.waitSaved();
  const id = await draft.storyId();
  await page.reload();
  const block = draft.body().getByRole("region", { name: "Video" });
  await block.getByRole("button", { name: "Chọn video" }).click();
  const picker = page.getByRole("dialog", { name: "Thư viện video" });
  await picker.getByLabel("Tìm kiếm").fill(tag);
  await picker.getByRole("listitem").filter({ hasText: caption }).getByRole("button", { name: "Chọn video" }).click();
  await expect(picker).toHaveCount(0);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await draft.waitSaved();
  // Opened again, the block shows which file it holds, with its length.
  await page.reload();
  await expect(block).toContainText(`${path.basename(phoneVideo)} · 0:03`);
  await expect(block.locator("img")).toHaveAttribute("src", /\/media\/.+\.(webp|avif|jpg)$/);
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await page.waitForURL((url) => url.pathname === "/toa-soan");

  // The desk claims and approves it; the chief editor publishes it.
  const address = await publishThroughDesk(signedIn, { editor, chief }, id);

  // A reader plays it with the subtitles on; the file served is the converted H.264 copy.
  const reader = await anonymous();
  await reader.goto(address);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  const video = reader.locator("video");
  await expect(video).toHaveAttribute("poster", /\/media\//);
  const source = await video.evaluate((v: HTMLVideoElement) => v.querySelector("source")?.src ?? v.src);
  expect(source).toMatch(/\/media\/.+\.mp4$/);
  const served = await reader.request.get(source, { headers: { range: "bytes=0-1023" } });
  expect(served.status()).toBe(206);
  expect(served.headers()["content-type"]).toBe("video/mp4");
  await reader.waitForFunction(() => customElements.get("media-controller") !== undefined);
  await reader.locator("media-play-button").first().click();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.3);
  const track = await video.evaluate(async (v: HTMLVideoElement) => {
    const t = v.textTracks[0]!;
    for (let i = 0; i < 50 && !(t.cues && t.cues.length); i++) await new Promise((r) => setTimeout(r, 100));
    return { mode: t.mode, language: t.language, first: (t.cues?.[0] as VTTCue | undefined)?.text };
  });
  expect(track).toEqual({ mode: "showing", language: "vi", first: `Lũ về bản Khuổi Tục ${tag}.` });
});
