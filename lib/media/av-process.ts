// ffmpeg's work on an accepted file: a clean copy of a file browsers already play (streams copied,
// no re-encoding; location and every other metadata dropped; MP4's index in front so playback
// starts before the whole file arrives), a conversion to H.264/AAC of one they do not, and a poster
// frame. ffmpeg runs niced, with bounded threads, a timeout, and an AbortSignal (server shutdown).
import { execFile, spawn } from "node:child_process";
import { ffmpegPath, type AvPlan } from "./av-probe";

/** The conversion could not be done; `detail` is ffmpeg's last words, for the log. */
export class FfmpegError extends Error {
  constructor(
    readonly reason: "failed" | "timeout" | "aborted",
    readonly detail: string,
  ) {
    super(`ffmpeg ${reason}: ${detail}`);
  }
}

// Two threads: a conversion shares the machine with the newsroom and the readers' pages.
const threads = "2";

type RunOptions = { timeoutMs: number; signal?: AbortSignal; durationMs?: number; onProgress?: (percent: number) => void };

/** Runs ffmpeg niced; progress (0–100) read from `-progress pipe:1` against the input's length. */
export function runFfmpeg(args: string[], { timeoutMs, signal, durationMs, onProgress }: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new FfmpegError("aborted", ""));
    const child = spawn("nice", ["-n", "10", ffmpegPath, "-hide_banner", "-nostdin", "-y", "-progress", "pipe:1", "-nostats", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let tail = "";
    let pending = "";
    let ended: FfmpegError | null = null;
    const stop = (reason: FfmpegError["reason"]) => {
      ended ??= new FfmpegError(reason, tail.slice(-500));
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop("timeout"), timeoutMs);
    const onAbort = () => stop("aborted");
    signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        // out_time_us (and the misnamed out_time_ms) count microseconds of output written.
        const match = /^out_time_(?:us|ms)=(\d+)/.exec(line);
        if (match && durationMs && onProgress) onProgress(Math.min(99, Math.floor((Number(match[1]) / 1000 / durationMs) * 100)));
        if (line === "progress=end" && onProgress) onProgress(100);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      tail = (tail + chunk).slice(-4000);
    });
    child.on("error", (error) => stop(error.message ? "failed" : "failed"));
    child.on("close", (code) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (ended) return reject(ended);
      if (code !== 0) return reject(new FfmpegError("failed", tail.slice(-500)));
      resolve();
    });
  });
}

// Only the first picture and the first sound; no chapters, no data tracks (a phone's location
// track), no global or per-stream metadata.
const clean = ["-map", "0:v:0?", "-map", "0:a:0?", "-map_metadata", "-1", "-map_metadata:s", "-1", "-map_chapters", "-1", "-sn", "-dn"];
const fastStart = (plan: AvPlan) => (plan.format === "mp4" || plan.format === "ipod" ? ["-movflags", "+faststart"] : []);

/** A stream copy into a clean container (no re-encoding): seconds, even for a long file. */
export function remux(input: string, output: string, plan: AvPlan, signal?: AbortSignal): Promise<void> {
  const extra = plan.format === "mp3" ? ["-write_id3v1", "0", "-id3v2_version", "0"] : [];
  return runFfmpeg(["-i", input, ...clean, "-c", "copy", ...fastStart(plan), ...extra, "-f", plan.format, output], {
    timeoutMs: 15 * 60_000,
    signal,
  });
}

/** H.264/AAC MP4 (or AAC M4A for sound), at most 1920 px on its long side. */
export function convert(input: string, output: string, plan: AvPlan, durationMs: number, onProgress: (percent: number) => void, signal?: AbortSignal) {
  const codecs =
    plan.ext === "mp4"
      ? [
          "-c:v",
          "libx264",
          "-preset",
          "veryfast",
          "-crf",
          "23",
          "-pix_fmt",
          "yuv420p",
          "-vf",
          "scale=w='min(iw,1920)':h='min(ih,1920)':force_original_aspect_ratio=decrease:force_divisible_by=2",
          "-c:a",
          "aac",
          "-b:a",
          "128k",
          "-ac",
          "2",
        ]
      : ["-vn", "-c:a", "aac", "-b:a", "160k"];
  return runFfmpeg(["-i", input, ...clean, ...codecs, "-threads", threads, ...fastStart(plan), "-f", plan.format, output], {
    // Real time four times over, and at least ten minutes: beyond that something is stuck.
    timeoutMs: Math.max(10 * 60_000, durationMs * 4),
    signal,
    durationMs,
    onProgress,
  });
}

/** A PNG of the picture at one second in (or a tenth of a short clip), for the poster. */
export function posterFrame(input: string, durationMs: number): Promise<Buffer> {
  const at = Math.min(1000, durationMs / 10) / 1000;
  return new Promise((resolve, reject) => {
    execFile(
      ffmpegPath,
      [
        "-hide_banner",
        "-nostdin",
        "-v",
        "error",
        "-ss",
        at.toFixed(3),
        "-i",
        input,
        "-frames:v",
        "1",
        "-an",
        "-threads",
        threads,
        "-f",
        "image2pipe",
        "-c:v",
        "png",
        "pipe:1",
      ],
      { encoding: "buffer", timeout: 60_000, maxBuffer: 64 * 1024 * 1024, killSignal: "SIGKILL" },
      (error, stdout) => (error || stdout.length === 0 ? reject(new FfmpegError("failed", String(error?.message ?? "no frame"))) : resolve(stdout)),
    );
  });
}
