// Fault: the disk holding the media fills up during an upload. The upload must fail with a message
// a reporter can act on, and leave nothing behind: no half-written file (not even under a temporary
// name), none of the files written before the disk filled, no media row, no audit row. Once space
// is freed, the same upload goes through. The media folder is a small tmpfs mounted for this file
// (root only; skipped with a notice elsewhere, and a failure under TOASOAN_REQUIRE_ALL=1).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { openTestDatabase, requirement } from "@/db/testing";
import { auditLog, media } from "@/db/schema";
import { resetEnv } from "@/lib/env";
import { uploadMedia } from "@/lib/media/commands";
import { processImage } from "@/lib/media/process-image";
import { LocalDiskStorage } from "@/lib/media/storage";
import { makeTestPhoto } from "@/lib/media/test-images";
import type { Actor } from "@/lib/policy/policy";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-faults-media-"));
const mediaRoot = path.join(dataDir, "media");
fs.mkdirSync(mediaRoot);
process.env.DATA_DIR = dataDir;
resetEnv();

const DISK_BYTES = 2 * 1024 * 1024;
const mounted = os.platform() === "linux" && spawnSync("mount", ["-t", "tmpfs", "-o", `size=${DISK_BYTES},mode=0700`, "tmpfs", mediaRoot]).status === 0;
const run = requirement("permission to mount a tmpfs (run as root on Linux) for the full-disk media test", mounted);

let handle: DatabaseHandle;
let reporter: Actor;
let photo: Buffer;
let sizes: number[];

beforeAll(async () => {
  if (!run) return;
  handle = await openTestDatabase();
  reporter = await makePerson(handle.db, "reporter", { name: "Lê Phương Dung" });
  photo = await makeTestPhoto({ width: 2400, height: 1600 });
  // The files an upload of this photo writes, in order: the cleaned original, then its variants.
  const image = await processImage(photo);
  sizes = [image.original, ...image.variants].map((file) => file.data.length);
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await handle?.close();
  if (mounted) {
    // Lazily, so a file still open somewhere cannot keep the mount (and this test's folder) alive.
    const result = spawnSync("umount", ["-l", mediaRoot]);
    if (result.status !== 0) console.error(`umount ${mediaRoot} failed: ${String(result.stderr)}`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Every file on the media disk, temporary ones included, except the filler. */
function filesOnDisk(): string[] {
  return (fs.readdirSync(mediaRoot, { recursive: true }) as string[]).filter((p) => p !== "filler" && fs.statSync(path.join(mediaRoot, p)).isFile()).sort();
}

async function rows() {
  const [m] = await handle.db.select({ n: count() }).from(media);
  const [a] = await handle.db.select({ n: count() }).from(auditLog);
  return { media: m?.n ?? 0, audit: a?.n ?? 0 };
}

/** Fills the disk until `room` bytes are left (to within a page). */
function leaveRoom(room: number) {
  const filler = path.join(mediaRoot, "filler");
  fs.rmSync(filler, { force: true });
  const { bavail, bsize } = fs.statfsSync(mediaRoot);
  const fill = bavail * bsize - room;
  if (fill < 0) throw new Error(`the test disk has only ${bavail * bsize} bytes free, ${room} asked for`);
  fs.writeFileSync(filler, Buffer.alloc(fill));
}

/** Each put's outcome, to show where the disk ran out. */
function watchPuts(): { outcomes: () => string[] } {
  const put = vi.spyOn(LocalDiskStorage.prototype, "put");
  const code = (error: unknown) => {
    const e = error as Error & { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code ?? "failed";
  };
  return { outcomes: () => put.mock.settledResults.map((r) => (r.type === "fulfilled" ? "written" : code(r.value))) };
}

const diskFullMessage = /^Ổ đĩa lưu ảnh của máy chủ đã đầy nên ảnh chưa được tải lên\./;

describe.runIf(run)("uploading a photo when the media disk is full", () => {
  it("the test photo needs several files, the largest bigger than a page", () => {
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(DISK_BYTES / 2);
  });

  it("fails with the Vietnamese message and leaves nothing when not even the original fits", async () => {
    leaveRoom(Math.floor(sizes[0]! / 2));
    const { outcomes } = watchPuts();
    const before = await rows();

    const result = await uploadMedia(handle.db, reporter, { fileName: "hoi-nghi.jpg", data: photo });

    expect(outcomes()).toEqual(["ENOSPC"]);
    expect(filesOnDisk()).toEqual([]);
    expect(await rows()).toEqual(before);
    expect(result).toMatchObject({ ok: false, code: "server" });
    expect(result.ok ? "" : result.error).toMatch(diskFullMessage);
  });

  it("removes the files already written, and the part of the one cut short, when the disk fills half-way", async () => {
    // Room for the original and half of the next file.
    leaveRoom(sizes[0]! + 4096 + Math.floor(sizes[1]! / 2));
    const { outcomes } = watchPuts();
    const before = await rows();

    const result = await uploadMedia(handle.db, reporter, { fileName: "hoi-nghi.jpg", data: photo });

    expect(outcomes()[0]).toBe("written");
    expect(outcomes().at(-1)).toBe("ENOSPC");
    expect(filesOnDisk()).toEqual([]);
    expect(await rows()).toEqual(before);
    expect(result).toMatchObject({ ok: false, code: "server" });
    expect(result.ok ? "" : result.error).toMatch(diskFullMessage);
  });

  it("takes the same photo once space is freed", async () => {
    fs.rmSync(path.join(mediaRoot, "filler"));
    const before = await rows();

    const result = await uploadMedia(handle.db, reporter, { fileName: "hoi-nghi.jpg", data: photo });

    expect(result.ok).toBe(true);
    expect(filesOnDisk()).toHaveLength(sizes.length);
    expect(filesOnDisk().filter((p) => p.endsWith(".tmp"))).toEqual([]);
    expect(await rows()).toEqual({ media: before.media + 1, audit: before.audit + 1 });
  });
});
