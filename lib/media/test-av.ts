// Video and sound files made on the spot by ffmpeg for tests: a test pattern and a tone, in the
// containers and codecs reporters' cameras, phones and recorders write.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ffmpegPath, ffprobePath } from "./av-probe";

export const hasFfmpeg = fs.existsSync(ffmpegPath) && fs.existsSync(ffprobePath);

const picture = ["-f", "lavfi", "-i", "testsrc=size=320x240:rate=25"];
const tone = ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"];

export const testAvRecipes = {
  "h264.mp4": [...picture, ...tone, "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
  "vp9.webm": [...picture, ...tone, "-t", "2", "-c:v", "libvpx-vp9", "-b:v", "200k", "-c:a", "libopus", "-shortest"],
  "tone.mp3": [...tone, "-t", "2", "-c:a", "libmp3lame"],
  "tone.m4a": [...tone, "-t", "2", "-c:a", "aac"],
  "tone.ogg": [...tone, "-t", "2", "-c:a", "libopus"],
  "tone.wav": [...tone, "-t", "2", "-c:a", "pcm_s16le"],
  "hevc.mp4": [...picture, ...tone, "-t", "3", "-c:v", "libx265", "-x265-params", "log-level=error", "-tag:v", "hvc1", "-c:a", "aac", "-shortest"],
  "mpeg4.mov": [...picture, ...tone, "-t", "3", "-c:v", "mpeg4", "-c:a", "aac", "-shortest"],
  "located.mp4": [
    ...picture,
    ...tone,
    "-t",
    "2",
    "-c:v",
    "libx264",
    "-pix_fmt",
    "yuv420p",
    "-c:a",
    "aac",
    "-shortest",
    "-metadata",
    "location=+21.0+105.8/",
    "-metadata",
    "title=Bí mật",
  ],
} as const;

/** Makes `name` (one of the recipes) in `dir`, saved under `as` if given; returns its path. */
export function makeTestAv(dir: string, name: keyof typeof testAvRecipes, as: string = name): string {
  const out = path.join(dir, as);
  const format = path.extname(name).slice(1);
  const muxer = format === "m4a" ? "ipod" : format === "wav" ? "wav" : format === "mov" ? "mov" : format;
  execFileSync(ffmpegPath, ["-hide_banner", "-v", "error", "-y", ...testAvRecipes[name], "-f", muxer, out], { timeout: 60_000 });
  return out;
}

/** ffprobe's JSON of a file (format and streams), for checks on what was stored. */
export type ProbeJson = { format: { format_name: string; tags?: Record<string, string> }; streams: { codec_type: string; codec_name: string }[] };

export function probeJson(file: string): ProbeJson {
  return JSON.parse(execFileSync(ffprobePath, ["-v", "error", "-show_format", "-show_streams", "-of", "json", file], { encoding: "utf8" })) as ProbeJson;
}

/** Whether Debian's ffmpeg here has an encoder (libx265 is optional in some builds). */
export function ffmpegHas(encoder: string): boolean {
  try {
    return execFileSync(ffmpegPath, ["-hide_banner", "-encoders"], { encoding: "utf8" }).includes(encoder);
  } catch {
    return false;
  }
}
