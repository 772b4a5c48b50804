// Video and sound in the library, with real files made by ffmpeg: probing by content, cleaning,
// conversion with its lease and progress, posters, resumable uploads (tus), captions, rights and
// the public read helper. Skipped with a notice where ffmpeg is missing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { bodyLimitFor, uploadChunkBytes } from "@/lib/http/body-limits";
import { media } from "@/db/schema";
import { openTestDatabase, requirement } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { updateSettings } from "@/lib/settings/commands";
import { addAvToLibrary, addMediaTrack, checkWebVtt, removeMediaTrack, updateMediaRights } from "./av-commands";
import { claimMediaJob, runMediaJobs } from "./av-jobs";
import { AvError, probeAvFile } from "./av-probe";
import { playableMedia } from "@/lib/reading/media";
import { listMedia } from "./queries";
import { serveMedia } from "./serve";
import { LocalDiskStorage } from "./storage";
import { ffmpegHas, hasFfmpeg, makeTestAv, probeJson } from "./test-av";
import { makeTestPhoto } from "./test-images";
import { handleTusRequest, uploadsDir } from "./tus";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-av-"));
process.env.DATA_DIR = dataDir;
const work = path.join(dataDir, "made");
fs.mkdirSync(work);
const storage = new LocalDiskStorage(path.join(dataDir, "media"));
const ready = requirement("ffmpeg and ffprobe (apt-get install ffmpeg)", hasFfmpeg);

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};

beforeAll(async () => {
  handle = await openTestDatabase();
  people.dung = await makePerson(handle.db, "reporter", { name: "Lê Phương Dung" });
  people.ha = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà" });
  people.admin = await makePerson(handle.db, "admin");
});
afterAll(async () => {
  await handle?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const upload = (file: string, fileName = path.basename(file), expect?: "video" | "audio") =>
  addAvToLibrary(handle.db, { file, fileName, uploadedById: people.dung!.id, expect });

async function refusal(promise: Promise<unknown>): Promise<AvError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AvError);
  return error as AvError;
}

describe.runIf(ready)("probing by content", () => {
  it.each([
    ["h264.mp4", "video", "remux", "mp4", "h264", "aac"],
    ["vp9.webm", "video", "remux", "webm", "vp9", "opus"],
    ["tone.mp3", "audio", "remux", "mp3", null, "mp3"],
    ["tone.m4a", "audio", "remux", "m4a", null, "aac"],
    ["tone.ogg", "audio", "remux", "ogg", null, "opus"],
    ["tone.wav", "audio", "convert", "m4a", null, "pcm_s16le"],
    ["mpeg4.mov", "video", "convert", "mp4", "mpeg4", "aac"],
  ] as const)("%s is %s, %s to %s", async (name, kind, action, ext, videoCodec, audioCodec) => {
    const probed = await probeAvFile(makeTestAv(work, name));
    expect(probed).toMatchObject({ kind, plan: { action, ext }, probe: { videoCodec, audioCodec } });
    expect(probed.durationMs).toBeGreaterThan(1500);
    if (kind === "video") expect([probed.width, probed.height]).toEqual([320, 240]);
  });

  it("refuses a truncated file, a PNG named .mp4 and text named .mp3, and removes them", async () => {
    const whole = fs.readFileSync(makeTestAv(work, "h264.mp4", "whole.mp4"));
    const cut = path.join(work, "cut.mp4");
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const png = path.join(work, "anh.mp4");
    fs.writeFileSync(png, await makeTestPhoto({ width: 64, height: 48, format: "png" }));
    const text = path.join(work, "bai.mp3");
    fs.writeFileSync(text, "Phấn đấu xây dựng ngành tổ chức vững mạnh.\n".repeat(200));
    expect((await refusal(upload(cut))).phrase).toBe("refusals.av.unreadable");
    expect((await refusal(upload(png))).status).toBe(415);
    const refused = await refusal(upload(text));
    expect([415, 422]).toContain(refused.status);
    for (const file of [cut, png, text]) expect(fs.existsSync(file)).toBe(false);
    await expect(probeAvFile(path.join(work, "whole.mp4"), "audio")).resolves.toMatchObject({ kind: "video" });
  });

  it("takes sound named .mp4 as sound, but not from a video block's uploader", async () => {
    const item = await upload(makeTestAv(work, "tone.m4a", "phong-van.mp4"));
    expect(item).toMatchObject({ kind: "audio", status: "ready", mimeType: "audio/mp4", originalName: "phong-van.mp4" });
    expect(item.storageKey).toMatch(/-original\.m4a$/);
    const refused = await refusal(upload(makeTestAv(work, "tone.m4a", "clip.mp4"), "clip.mp4", "video"));
    expect(refused.phrase).toBe("refusals.av.noVideo");
    await expect(probeAvFile(makeTestAv(work, "tone.mp3"), "video")).rejects.toBeInstanceOf(AvError);
  });
});

describe.runIf(ready)("a file browsers play", () => {
  it("is stored ready, remuxed without its location and metadata, with its poster, length and MP4 index in front", async () => {
    const source = makeTestAv(work, "located.mp4");
    expect(probeJson(source).format.tags?.location).toMatch(/^\+21\.0+\+105\.80*\/$/);
    const item = await upload(source);
    expect(item).toMatchObject({ kind: "video", status: "ready", progress: 100, mimeType: "video/mp4", width: 320, height: 240 });
    expect(item.durationMs).toBeGreaterThan(1900);
    const stored = storage.localPath(item.storageKey);
    const after = probeJson(stored);
    expect(after.format.tags?.location).toBeUndefined();
    expect(after.format.tags?.title).toBeUndefined();
    expect(after.streams.map((s) => s.codec_name)).toEqual(["h264", "aac"]);
    // faststart: the index (moov) comes before the media data (mdat).
    const bytes = fs.readFileSync(stored);
    expect(bytes.indexOf("moov")).toBeLessThan(bytes.indexOf("mdat"));
    const [poster] = await handle.db.select().from(media).where(eq(media.id, item.posterMediaId!));
    expect(poster).toMatchObject({ kind: "image", width: 320, height: 240 });
    expect(poster!.variants.length).toBeGreaterThan(0);
  });

  it("is served in ranges with its type", async () => {
    const item = await upload(makeTestAv(work, "vp9.webm", "range.webm"));
    const whole = fs.readFileSync(storage.localPath(item.storageKey));
    const response = await serveMedia(new Request("http://x/media/k", { headers: { range: "bytes=100-1099" } }), item.storageKey, storage);
    expect(response.status).toBe(206);
    expect(response.headers.get("content-type")).toBe("video/webm");
    expect(response.headers.get("content-range")).toBe(`bytes 100-1099/${whole.length}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(whole.subarray(100, 1100))).toBe(true);
  });
});

describe.runIf(ready)("conversion", () => {
  it("turns a phone's HEVC into H.264/AAC in the background, progress to 100, with poster and length", async () => {
    const hevc = ffmpegHas("libx265") ? makeTestAv(work, "hevc.mp4") : makeTestAv(work, "mpeg4.mov");
    const item = await upload(hevc, "iphone.mov");
    expect(item).toMatchObject({ status: "processing", progress: 0, mimeType: "application/octet-stream" });
    expect(item.storageKey).toMatch(/-original\.bin$/);
    const listed = (await listMedia(handle.db, people.dung!, { kind: "video" })).items.find((i) => i.id === item.id);
    expect(listed).toMatchObject({ status: "processing", thumbUrl: "" });
    expect((await playableMedia(handle.db, [item.id])).get(item.id)).toMatchObject({ status: "processing", src: "" });

    expect(await runMediaJobs(handle.db)).toBe(1);
    const [done] = await handle.db.select().from(media).where(eq(media.id, item.id));
    expect(done).toMatchObject({ status: "ready", progress: 100, mimeType: "video/mp4", processingError: null, jobLeaseUntil: null, width: 320, height: 240 });
    expect(done!.durationMs).toBeGreaterThan(2500);
    expect(done!.posterMediaId).not.toBeNull();
    expect(done!.storageKey).toMatch(/-original\.mp4$/);
    expect(probeJson(storage.localPath(done!.storageKey)).streams.map((s) => s.codec_name)).toEqual(["h264", "aac"]);
    expect(fs.existsSync(storage.localPath(item.storageKey))).toBe(false); // the original is gone
  });

  it("is taken by one worker only, and a damaged source ends failed with a Vietnamese reason", async () => {
    const item = await upload(makeTestAv(work, "tone.wav"), "ghi-am.wav");
    expect(item.status).toBe("processing");
    const [a, b] = await Promise.all([claimMediaJob(handle.db), claimMediaJob(handle.db)]);
    expect([a?.id, b?.id].filter(Boolean)).toEqual([item.id]);
    expect(await claimMediaJob(handle.db)).toBeNull(); // leased
    // An expired lease (a crashed instance) lets another take it over.
    await handle.db
      .update(media)
      .set({ jobLeaseUntil: new Date(Date.now() - 1000) })
      .where(eq(media.id, item.id));
    fs.writeFileSync(storage.localPath(item.storageKey), "hỏng");
    expect(await runMediaJobs(handle.db)).toBe(1);
    const [failed] = await handle.db.select().from(media).where(eq(media.id, item.id));
    expect(failed).toMatchObject({ status: "failed", jobAttempts: 2 });
    expect(failed!.processingError).toMatch(/Không đọc được tệp/);
  });
});

// ——— tus ———

const base = "http://127.0.0.1/api/media/tai-len";
const tusHeaders = { "Tus-Resumable": "1.0.0", Origin: "http://127.0.0.1" };
const meta = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
    .join(",");

async function create(as: Actor | null, length: number, fields: Record<string, string>) {
  return handleTusRequest(
    new Request(base, { method: "POST", headers: { ...tusHeaders, "Upload-Length": String(length), "Upload-Metadata": meta(fields) } }),
    as,
    handle.db,
  );
}

function patch(as: Actor, url: string, offset: number, body: BodyInit) {
  return handleTusRequest(
    new Request(new URL(url, base), {
      method: "PATCH",
      headers: { ...tusHeaders, "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" },
      body,
      duplex: "half",
    } as RequestInit),
    as,
    handle.db,
  );
}

const uploadFiles = () => (fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()) : []);

describe.runIf(ready)("resumable uploads (tus)", () => {
  it("bounds each piece in the production server's body guard, creation like any small request", () => {
    expect(bodyLimitFor("PATCH", "/api/media/tai-len/0a1b", false).bytes).toBe(uploadChunkBytes);
    expect(bodyLimitFor("POST", "/api/media/tai-len", false).bytes).toBe(1024 * 1024);
    expect(bodyLimitFor("PATCH", "/api/stories/1", false).bytes).toBe(1024 * 1024);
  });

  it("refuses the signed-out and people without media rights, writing nothing", async () => {
    const before = uploadFiles();
    const anonymous = await create(null, 1000, { filename: "a.mp4", filetype: "video/mp4" });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/đăng nhập/i);
    const admin = await create(people.admin!, 1000, { filename: "a.mp4", filetype: "video/mp4" });
    expect(admin.status).toBe(403);
    expect(uploadFiles()).toEqual(before);
  });

  it("refuses an Upload-Length over Cài đặt's limit for its kind, in Vietnamese", async () => {
    const chief = await makePerson(handle.db, "admin");
    expect((await updateSettings(handle.db, chief, { maxAudioMegabytes: 1 })).ok).toBe(true);
    const response = await create(people.dung!, 2 * 1024 * 1024, { filename: "dai.mp3", filetype: "audio/mpeg" });
    expect(response.status).toBe(413);
    expect((JSON.parse(await response.text()) as { error: string }).error).toBe("Tệp âm thanh vượt quá 1 MB (giới hạn trong Cài đặt).");
    const video = await create(people.dung!, 2 * 1024 * 1024, { filename: "clip.mp4", filetype: "video/mp4" });
    expect(video.status).toBe(201);
    expect((await updateSettings(handle.db, chief, { maxAudioMegabytes: 300 })).ok).toBe(true);
  });

  it("resumes an interrupted upload from the server's offset to the same bytes, then adds it to the library", async () => {
    const file = fs.readFileSync(makeTestAv(work, "h264.mp4", "tus.mp4"));
    const created = await create(people.dung!, file.length, { filename: "phong-su.mp4", filetype: "video/mp4" });
    expect(created.status).toBe(201);
    const location = created.headers.get("location")!;
    expect(location).toMatch(/^\/api\/media\/tai-len\/[0-9a-f]+$/);
    const id = location.split("/").pop()!;

    // The connection drops after a third of the file has gone out.
    const cutAt = Math.floor(file.length / 3);
    const dropped = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(file.subarray(0, cutAt));
      },
      pull(controller) {
        controller.error(new Error("mất kết nối"));
      },
    });
    await patch(people.dung!, location, 0, dropped).catch(() => undefined);

    // Someone else may not look at it or continue it.
    const stranger = await handleTusRequest(new Request(new URL(location, base), { method: "HEAD", headers: tusHeaders }), people.ha!, handle.db);
    expect(stranger.status).toBe(403);

    const head = await handleTusRequest(new Request(new URL(location, base), { method: "HEAD", headers: tusHeaders }), people.dung!, handle.db);
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get("upload-offset"));
    expect(offset).toBeLessThanOrEqual(cutAt);
    expect(fs.readFileSync(path.join(uploadsDir(), id)).equals(file.subarray(0, offset))).toBe(true);

    // A piece sent from the wrong offset is refused, nothing written.
    const wrong = await patch(people.dung!, location, offset + 10, file.subarray(offset + 10));
    expect(wrong.status).toBe(409);

    const rest = file.subarray(offset);
    const middle = offset + Math.floor(rest.length / 2);
    expect((await patch(people.dung!, location, offset, file.subarray(offset, middle))).status).toBe(204);
    expect(fs.readFileSync(path.join(uploadsDir(), id)).equals(file.subarray(0, middle))).toBe(true);
    const finished = await patch(people.dung!, location, middle, file.subarray(middle));
    expect(finished.status).toBe(204);
    const mediaId = Number(finished.headers.get("x-media-id"));
    const [row] = await handle.db.select().from(media).where(eq(media.id, mediaId));
    expect(row).toMatchObject({ kind: "video", status: "ready", originalName: "phong-su.mp4", uploadedById: people.dung!.id });
    // What arrived is what was sent: the stored copy is that file remuxed, the same streams, frame for frame.
    expect(probeJson(storage.localPath(row!.storageKey)).streams.map((s) => s.codec_name)).toEqual(["h264", "aac"]);
    expect(uploadFiles().filter((f) => f.startsWith(id))).toEqual([]);
  });

  it("refuses a finished upload that is not a video, in words the uploader reads", async () => {
    const text = Buffer.from("WEBVTT\n\nkhông phải video\n".repeat(50));
    const created = await create(people.dung!, text.length, { filename: "gia.mp4", filetype: "video/mp4" });
    const response = await patch(people.dung!, created.headers.get("location")!, 0, text);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect((JSON.parse(await response.text()) as { error: string }).error).toMatch(/không phải video|Không đọc được/);
  });
});

describe.runIf(ready)("captions, transcript and rights", () => {
  it("checks WebVTT", () => {
    expect(checkWebVtt(Buffer.from("\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n"))).toContain("Xin chào");
    expect(() => checkWebVtt(Buffer.from("1\n00:00:00,000 --> 00:00:01,000\nSRT\n"))).toThrow(/WebVTT/);
    expect(() => checkWebVtt(Buffer.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xff, 0xfe]))).toThrow(/WebVTT/);
    expect(() => checkWebVtt(Buffer.alloc(600 * 1024, "a"))).toThrow(/512 KB/);
    expect(() => checkWebVtt(Buffer.from("WEBVTT\n\x01"))).toThrow(/WebVTT/);
  });

  it("adds and removes a captions track, sets transcript and rights, and hands the public pages one shape", async () => {
    const item = await upload(makeTestAv(work, "h264.mp4", "tracks.mp4"));
    const vtt = Buffer.from("WEBVTT\n\n00:00.000 --> 00:01.500\nĐồng chí Bí thư phát biểu\n");
    const refusedLang = await addMediaTrack(handle.db, people.dung!, { id: item.id, lang: "tiếng việt", label: "Tiếng Việt", data: vtt });
    expect(refusedLang).toMatchObject({ ok: false, code: "invalid" });
    const stranger = await addMediaTrack(handle.db, people.ha!, { id: item.id, lang: "vi", label: "Tiếng Việt", data: vtt });
    expect(stranger).toMatchObject({ ok: false, code: "forbidden" });
    const added = await addMediaTrack(handle.db, people.dung!, { id: item.id, lang: "vi", label: "Tiếng Việt", kind: "captions", data: vtt });
    if (!added.ok) throw new Error(added.error);
    const [track] = added.data;
    expect(track).toMatchObject({ lang: "vi", label: "Tiếng Việt", kind: "captions" });
    expect(track!.key).toMatch(/-original\.vtt$/);
    const served = await serveMedia(new Request("http://x/"), track!.key, storage);
    expect(served.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await served.text()).toContain("Đồng chí Bí thư");

    const noSource = await updateMediaRights(handle.db, people.dung!, { id: item.id, rights: "agency" });
    expect(noSource).toMatchObject({ ok: false, details: { field: "rightsSource" } });
    if (!noSource.ok) expect(noSource.error).toMatch(/hãng thông tấn/);
    const rights = await updateMediaRights(handle.db, people.dung!, { id: item.id, rights: "agency", rightsSource: "TTXVN", transcript: "Xin chào bà con." });
    expect(rights).toMatchObject({ ok: true, data: { changed: ["transcript", "rights", "rightsSource"] } });

    const playable = (await playableMedia(handle.db, [item.id, 999_999])).get(item.id)!;
    expect(Object.keys(playable).sort()).toEqual(
      [
        "kind",
        "src",
        "mimeType",
        "width",
        "height",
        "durationMs",
        "size",
        "poster",
        "tracks",
        "transcript",
        "caption",
        "credit",
        "rights",
        "rightsSource",
        "status",
      ].sort(),
    );
    expect(playable).toMatchObject({
      kind: "video",
      src: `/media/${item.storageKey}`,
      mimeType: "video/mp4",
      width: 320,
      height: 240,
      rights: "agency",
      rightsSource: "TTXVN",
      transcript: "Xin chào bà con.",
      status: "ready",
      tracks: [{ src: `/media/${track!.key}`, lang: "vi", label: "Tiếng Việt", kind: "captions" }],
      poster: { width: 320, height: 240 },
    });
    expect(playable.durationMs).toBeGreaterThan(1900);
    expect(playable.poster?.src).toMatch(/^\/media\/.+\.webp$/);
    expect(playable.poster?.srcSet).toMatch(/ \d+w/);

    // Another reporter and the admin (no editorial role) may change neither its rights nor its captions.
    for (const someone of [people.ha!, people.admin!]) {
      expect(await updateMediaRights(handle.db, someone, { id: item.id, rights: "own" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await removeMediaTrack(handle.db, someone, { id: item.id, key: track!.key })).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await playableMedia(handle.db, [item.id])).get(item.id)).toMatchObject({ rights: "agency", tracks: [{ lang: "vi" }] });

    const removed = await removeMediaTrack(handle.db, people.dung!, { id: item.id, key: track!.key });
    expect(removed).toEqual({ ok: true, data: [] });
    expect(fs.existsSync(storage.localPath(track!.key))).toBe(false);
  });

  it("gives photos rights too, but no transcript", async () => {
    const { uploadMedia } = await import("./commands");
    const photo = await uploadMedia(handle.db, people.dung!, { fileName: "anh.jpg", data: await makeTestPhoto({ width: 800, height: 600 }) });
    if (!photo.ok) throw new Error(photo.error);
    expect(await updateMediaRights(handle.db, people.dung!, { id: photo.data.id, rights: "licensed", rightsSource: "Getty Images" })).toMatchObject({
      ok: true,
    });
    expect(await updateMediaRights(handle.db, people.dung!, { id: photo.data.id, transcript: "x" })).toMatchObject({ ok: false });
  });
});
