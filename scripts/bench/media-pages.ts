// `npm run bench -- --media`: the multimedia story pages (photo story, video, audio, E-magazine,
// infographic, and a text story to compare) on a throwaway embedded database, made through the
// e2e data factory (opened for this server only by a random token). For each page: its HTML and
// its script files gzipped (what a phone downloads; the player loads only where something plays),
// beside the aims (photo story ≤ 30 KB of script, video ≤ 60 KB + the player), then req/s with
// autocannon. Prints figures; asserts nothing.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { drive, prewarm } from "./load";
import { freePort, startServer, waitForHealth } from "./server";

const AIM_KB: Record<string, number | null> = { photo: 30, video: 60, audio: 60, emagazine: 30, infographic: 30, text: 0 };

type PageWeight = {
  kind: string;
  path: string;
  htmlGzKb: number;
  scripts: { src: string; gzKb: number }[];
  scriptGzKb: number;
  playerGzKb: number;
  requestsPerSecond: number;
  p99Ms: number;
};

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function benchMediaPages(log: (m: string) => void, { duration, connections }: { duration: number; connections: number }): Promise<PageWeight[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-bench-media-"));
  const token = crypto.randomBytes(32).toString("base64url");
  const server = startServer(
    { DATA_DIR: dataDir, PGLITE_DIR: "", DATABASE_URL: "", E2E_FACTORY_TOKEN: token },
    await freePort(),
    path.join(dataDir, "server.log"),
  );
  try {
    await waitForHealth(server, 20 * 60_000);
    const make = async <T>(order: Record<string, unknown>): Promise<T> => {
      const response = await fetch(`${server.origin}/api/test/factory`, {
        method: "POST",
        body: JSON.stringify(order),
        headers: { "x-e2e-factory-token": token, "content-type": "application/json" },
      });
      if (!response.ok) throw new Error(`factory ${JSON.stringify(order).slice(0, 80)}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    log("making the multimedia stories through the factory…");
    const section = await make<{ id: number }>({ make: "section", name: "Đa phương tiện (bench)" });
    const photos: { id: number; variants: string[] }[] = [];
    for (let i = 0; i < 12; i++) photos.push(await make({ make: "media", kind: "image", width: 1600, height: 1000 + i * 10 }));
    const item = (p: { id: number; variants: string[] }, i: number) => ({
      mediaId: p.id,
      src: p.variants[0],
      alt: "",
      caption: `Khoảnh khắc thứ ${i + 1} ở xứ Lạng`,
      credit: "Ảnh: VĂN ĐẠT",
    });
    const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
    const film = await make<{ id: number }>({
      make: "media",
      kind: "video",
      width: 1280,
      height: 720,
      durationMs: 95_000,
      posterMediaId: photos[0]!.id,
      tracks: [{ lang: "vi", label: "Tiếng Việt", kind: "captions" }],
      transcript: "Lời thoại.",
    });
    const sound = await make<{ id: number }>({ make: "media", kind: "audio", durationMs: 754_000, transcript: "Lời thoại." });
    const story = (kind: string, title: string, content: unknown[], extra: Record<string, unknown> = {}) =>
      make<{ path: string }>({
        make: "story",
        status: "published",
        kind,
        title,
        sapo: "– Sapo của bài.",
        section: section.id,
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        body: { type: "doc", content },
        ...extra,
      });
    const pages: Record<string, string> = {
      photo: (
        await story("photo", "Phóng sự ảnh: mười hai khoảnh khắc", [
          { type: "gallery", attrs: { items: photos.map(item) } },
          para("Ảnh chụp trong tháng Giêng."),
        ])
      ).path,
      video: (
        await story("video", "Video: phiên chợ vùng biên", [
          { type: "video", attrs: { mediaId: film.id, caption: "", credit: "" } },
          para("Chợ họp vào chủ nhật."),
        ])
      ).path,
      audio: (
        await story(
          "audio",
          "Podcast: chuyện làng",
          [{ type: "audio", attrs: { mediaId: sound.id, caption: "", credit: "" } }, para("Thực hiện: HỒNG NHUNG.")],
          { coverMediaId: photos[1]!.id },
        )
      ).path,
      emagazine: (
        await story(
          "emagazine",
          "E-magazine: Mẫu Sơn bốn mùa",
          [
            { type: "chapter", attrs: { title: "Con đường đá" } },
            ...Array.from({ length: 8 }, (_, i) => para(`Đoạn văn thứ ${i + 1} của chương một, kể về con đường lên núi.`)),
            { type: "pullQuote", attrs: { text: "Ngày ấy lên núi mất cả ngày trời.", cite: "Ông Páo" } },
            { type: "figure", attrs: { mediaId: photos[2]!.id, src: photos[2]!.variants[0], alt: "", caption: "Biển mây", credit: "", width: "full" } },
            { type: "chapter", attrs: { title: "Mùa đào" } },
            ...Array.from({ length: 8 }, (_, i) => para(`Đoạn văn thứ ${i + 1} của chương hai, kể về mùa đào.`)),
            { type: "imagePair", attrs: { items: [item(photos[3]!, 3), item(photos[4]!, 4)] } },
            { type: "embed", attrs: { provider: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", caption: "", posterMediaId: null, posterSrc: null } },
          ],
          { coverMediaId: photos[5]!.id },
        )
      ).path,
      infographic: (
        await story("infographic", "Ảnh đồ họa: du lịch 2026", [
          {
            type: "infographic",
            attrs: { mediaId: photos[6]!.id, src: photos[6]!.variants[0], alt: "Biểu đồ", caption: "", credit: "", text: "Năm 2026: 6 triệu lượt khách." },
          },
        ])
      ).path,
      text: (
        await make<{ path: string }>({
          make: "story",
          status: "published",
          title: "Bài chữ để so sánh",
          sapo: "– Sapo.",
          section: section.id,
          publishedAt: new Date(Date.now() - 60_000).toISOString(),
          paragraphs: Array.from({ length: 10 }, (_, i) => `Đoạn ${i + 1}.`),
        })
      ).path,
    };
    await prewarm(server.origin, Object.values(pages));

    const results: PageWeight[] = [];
    for (const [kind, pagePath] of Object.entries(pages)) {
      const html = await (await fetch(`${server.origin}${pagePath}`)).text();
      const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
      const scripts = [];
      for (const src of sources) {
        const body = Buffer.from(await (await fetch(new URL(src, server.origin))).arrayBuffer());
        scripts.push({ src, gzKb: kb(zlib.gzipSync(body).length) });
      }
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
        (n, m) => n + zlib.gzipSync(m[1]!).length,
        0,
      );
      const player = scripts.filter((s) => s.src.startsWith("/js/player.js")).reduce((n, s) => n + s.gzKb, 0);
      log(`load on ${kind} (${pagePath})…`);
      const figures = await drive(server.origin, kind, [pagePath], { connections, duration, warmup: 2 });
      results.push({
        kind,
        path: pagePath,
        htmlGzKb: kb(zlib.gzipSync(html).length),
        scripts,
        scriptGzKb: Math.round((scripts.reduce((n, s) => n + s.gzKb, 0) - player + kb(inline)) * 10) / 10,
        playerGzKb: player,
        requestsPerSecond: figures.requestsPerSecond,
        p99Ms: figures.latencyMs.p99,
      });
    }
    return results;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printMediaPages(results: readonly PageWeight[]): void {
  console.log("\nMultimedia story pages (gzipped; script = our files + the inline view beacon, the player apart):");
  console.log("kind         HTML KB  script KB  aim KB  player KB  req/s    p99 ms");
  for (const r of results) {
    const aim = AIM_KB[r.kind];
    const mark = aim !== null && aim !== undefined && r.scriptGzKb > Math.max(aim, 1) ? " ✗" : "";
    console.log(
      `${r.kind.padEnd(12)} ${String(r.htmlGzKb).padStart(7)}  ${String(r.scriptGzKb).padStart(9)}  ${String(aim ?? "-").padStart(6)}  ${String(r.playerGzKb).padStart(9)}  ${String(r.requestsPerSecond).padStart(7)}  ${String(r.p99Ms).padStart(6)}${mark}`,
    );
  }
}
