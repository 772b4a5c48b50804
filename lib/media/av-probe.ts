// What a video or sound file really is, read by ffprobe from its content (never its name or the
// browser's word): container, codecs, length, picture size. From that, whether browsers play it
// as it is (then it is only remuxed: metadata stripped, MP4's index moved to the front) or it must
// be converted to H.264/AAC first (a phone's HEVC/MOV, old AVI…). Refusals carry a Phrase.
import { execFile } from "node:child_process";
import type { MediaKind, MediaProbe } from "@/db/schema";
import { defaultLocale } from "@/lib/i18n/locales";
import { say, zodMessage, type Phrase } from "@/lib/i18n/phrase";
import { errorStatus, type ErrorCode } from "@/lib/actions/errors";

// Debian's ffmpeg package (apt-get install ffmpeg), as CI installs it.
export const ffprobePath = "/usr/bin/ffprobe";
export const ffmpegPath = "/usr/bin/ffmpeg";

/** A video or sound file refused; `phrase` is said in the uploader's language, `status` is the upload's answer. */
export class AvError extends Error {
  readonly phrase: Phrase | string;
  constructor(
    message: Phrase | string,
    readonly code: ErrorCode,
  ) {
    super(say(defaultLocale, message));
    this.phrase = message;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const avMessages = {
  unreadable: zodMessage("refusals.av.unreadable"),
  notAv: zodMessage("refusals.av.notAv"),
  noVideo: zodMessage("refusals.av.noVideo"),
  noAudio: zodMessage("refusals.av.noAudio"),
  tooLong: zodMessage("refusals.av.tooLong"),
} as const;

type AvKind = Exclude<MediaKind, "image">;

/** What happens to an accepted file: copied as it is into a clean container, or converted. */
export type AvPlan = { action: "remux" | "convert"; ext: "mp4" | "webm" | "mp3" | "m4a" | "ogg"; mimeType: string; format: string };

export type ProbedFile = {
  kind: AvKind;
  probe: MediaProbe;
  width: number | null;
  height: number | null;
  durationMs: number;
  plan: AvPlan;
};

type FfprobeStream = {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  disposition?: { attached_pic?: number };
  tags?: { rotate?: string };
  side_data_list?: { rotation?: number }[];
};
type FfprobeOutput = { format?: { format_name?: string; duration?: string; bit_rate?: string; tags?: { major_brand?: string } }; streams?: FfprobeStream[] };

// Containers a newsroom's camera, phone or recorder writes. Anything else ffprobe recognises (a
// picture, a text file read as "tty", a subtitle file) is not a video or sound file for the library.
const containers = new Set(["mov", "mp4", "m4a", "3gp", "matroska", "webm", "mp3", "ogg", "aac", "wav", "flac", "avi", "mpegts", "asf", "flv"]);

// Twelve hours: longer than any recording a story carries; a longer "duration" is a damaged header.
const maxDurationMs = 12 * 3600 * 1000;

/** ffprobe's JSON for a file, within a time and an output bound; null when it cannot read the file. */
export function runFfprobe(file: string): Promise<FfprobeOutput | null> {
  return new Promise((resolve) => {
    execFile(
      ffprobePath,
      ["-v", "error", "-hide_banner", "-show_format", "-show_streams", "-of", "json", "--", file],
      { timeout: 30_000, maxBuffer: 1024 * 1024, killSignal: "SIGKILL" },
      (error, stdout) => {
        if (error) return resolve(null);
        try {
          resolve(JSON.parse(stdout) as FfprobeOutput);
        } catch {
          resolve(null);
        }
      },
    );
  });
}

function rotation(stream: FfprobeStream): number {
  const side = stream.side_data_list?.find((s) => typeof s.rotation === "number")?.rotation;
  return Math.abs(Number(side ?? stream.tags?.rotate ?? 0)) % 180;
}

/**
 * Probes `file` and decides what it is and what to do with it. `expect` is what the uploader
 * asked for (the picker of a video block): a sound file is then refused instead of becoming audio.
 */
export async function probeAvFile(file: string, expect?: AvKind): Promise<ProbedFile> {
  const out = await runFfprobe(file);
  if (!out?.format?.format_name) throw new AvError(avMessages.unreadable, "unreadable");
  const names = out.format.format_name.split(",");
  if (!names.some((n) => containers.has(n))) throw new AvError(avMessages.notAv, "unsupported_type");
  const streams = out.streams ?? [];
  // A cover picture inside an MP3 or M4A is a "video" stream to ffprobe, not a picture that moves.
  const video = streams.find((s) => s.codec_type === "video" && !s.disposition?.attached_pic && s.codec_name !== "png" && s.codec_name !== "mjpeg");
  const audio = streams.find((s) => s.codec_type === "audio");
  if (!video && !audio) throw new AvError(avMessages.notAv, "unsupported_type");
  if (expect === "video" && !video) throw new AvError(avMessages.noVideo, "unsupported_type");
  if (expect === "audio" && !audio) throw new AvError(avMessages.noAudio, "unsupported_type");
  const durationMs = Math.round(Number(out.format.duration) * 1000);
  if (!Number.isFinite(durationMs) || durationMs <= 0) throw new AvError(avMessages.unreadable, "unreadable");
  if (durationMs > maxDurationMs) throw new AvError(avMessages.tooLong, "too_large");

  const kind: AvKind = video ? "video" : "audio";
  const videoCodec = video?.codec_name ?? null;
  const audioCodec = audio?.codec_name ?? null;
  const isMovFamily = names.includes("mov");
  // Apple's QuickTime brand: MOV, which Firefox and Chrome on Windows may not play; MP4 and M4A are fine.
  const quickTime = out.format.tags?.major_brand?.trim() === "qt";
  const container = isMovFamily ? (quickTime ? "mov" : kind === "audio" ? "m4a" : "mp4") : names.includes("webm") ? "webm" : names[0]!;
  const plan = choosePlan(kind, names, isMovFamily && !quickTime, videoCodec, audioCodec);
  const upright = video && rotation(video) === 90;
  return {
    kind,
    probe: { container, videoCodec, audioCodec, bitRate: Number(out.format.bit_rate) || null },
    width: video?.width ? (upright ? video.height! : video.width) : null,
    height: video?.height ? (upright ? video.width! : video.height) : null,
    durationMs,
    plan,
  };
}

function choosePlan(kind: AvKind, names: string[], mp4: boolean, video: string | null, audio: string | null): AvPlan {
  const remux = (ext: AvPlan["ext"], mimeType: string, format: string): AvPlan => ({ action: "remux", ext, mimeType, format });
  const inWebm = names.includes("webm") || names.includes("matroska");
  if (kind === "video") {
    if (mp4 && video === "h264" && (audio === null || audio === "aac" || audio === "mp3")) return remux("mp4", "video/mp4", "mp4");
    if (inWebm && ["vp8", "vp9", "av1"].includes(video!) && (audio === null || audio === "opus" || audio === "vorbis"))
      return remux("webm", "video/webm", "webm");
    return { action: "convert", ext: "mp4", mimeType: "video/mp4", format: "mp4" };
  }
  if (names.includes("mp3") && audio === "mp3") return remux("mp3", "audio/mpeg", "mp3");
  if ((mp4 || names.includes("aac")) && audio === "aac") return remux("m4a", "audio/mp4", "ipod");
  if (names.includes("ogg") && (audio === "opus" || audio === "vorbis")) return remux("ogg", "audio/ogg", "ogg");
  if (inWebm && (audio === "opus" || audio === "vorbis")) return remux("webm", "audio/webm", "webm");
  return { action: "convert", ext: "m4a", mimeType: "audio/mp4", format: "ipod" };
}
