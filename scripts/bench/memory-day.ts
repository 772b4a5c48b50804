// `npm run bench -- --day`: where the embedded server's memory goes over a scripted day of the
// newsroom. A fresh demo paper on PGlite; a reporter writes stories in Chromium (typing, autosave,
// Gửi duyệt) while the chief editor works the desk's screens; the paper fills with a day's
// published stories; then readers read home, sections, stories, searches and the feed. After each
// phase the server reports its memory split (app/api/internal/memory), and a sampler keeps the
// resident peak. Bounded in count and time; it prints figures and asserts nothing.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumUse } from "../../e2e/support/chromium";
import { variedSearchQueries } from "./corpus";
import type { MemorySplit } from "@/lib/server/memory";
import { drive } from "./load";
import { logIn } from "./script-weight";
import { freePort, sampleMemory, startServer, waitForHealth, type RunningServer } from "./server";

const AUTH_SECRET = "bench-secret-for-a-throwaway-database-only";
const STORIES_WRITTEN = 6;
const ROUNDS_AT_THE_DESK = 4;
const STORIES_PUBLISHED = 300;
const READING_SECONDS = 15;
/** The aim of issue 17: the whole embedded server after a day's use. */
const AIM_MB = 500;

const internalKey = crypto.createHmac("sha256", AUTH_SECRET).update("toa-soan:revalidate").digest("base64url");

/** The memory split an instance reports (app/api/internal/memory), with the worker's key. */
export async function fetchMemorySplit(origin: string): Promise<MemorySplit> {
  const response = await fetch(`${origin}/api/internal/memory`, { headers: { "x-toasoan-internal-key": internalKey } });
  if (!response.ok) throw new Error(`/api/internal/memory answered ${response.status}`);
  return (await response.json()) as MemorySplit;
}

const paragraph = (n: number) =>
  `Đoạn ${n}: Sáng nay, Ủy ban nhân dân huyện Cao Lộc tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội vùng biên giới, ` +
  `với sự tham dự của đại diện các xã Tân Thanh, Thụy Hùng và Bảo Lâm. Các đại biểu thống nhất ưu tiên đường giao thông, chợ cửa khẩu và nước sạch.`;

/** A reporter writes and submits stories; the chief editor goes through the desk's screens. */
async function newsroomDay(origin: string, log: (m: string) => void): Promise<void> {
  const browser = await chromium.launch(chromiumUse!.launchOptions);
  try {
    const reporter = await browser.newContext({ baseURL: origin, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    const chief = await browser.newContext({ baseURL: origin, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    const writing = await logIn(reporter, "phongvien@toasoan.test");
    const desk = await logIn(chief, "thuky@toasoan.test");
    for (let i = 1; i <= STORIES_WRITTEN; i++) {
      await writing.goto("/toa-soan/bai-viet/moi");
      await writing.getByLabel("Tiêu đề", { exact: true }).fill(`Ngày làm việc ở tòa soạn, bài ${i}: hạ tầng vùng biên`);
      await writing.getByLabel("Sapo", { exact: true }).fill("– Bản tin thử nghiệm của phép đo bộ nhớ, viết như một phóng viên viết.");
      const body = writing.getByRole("textbox", { name: "Nội dung" });
      await body.click();
      for (let p = 1; p <= 3; p++) await writing.keyboard.type(`${paragraph(p)}\n`, { delay: 0 });
      await writing
        .getByTestId("save-status")
        .filter({ hasText: /Đã lưu/ })
        .waitFor({ timeout: 30_000 });
      const section = writing.getByLabel("Chuyên mục");
      if ((await section.count()) > 0) await section.selectOption({ index: 1 }).catch(() => {});
      await writing.getByRole("button", { name: "Gửi duyệt" }).click();
      await writing.waitForTimeout(1_000);
      for (let round = 0; round < ROUNDS_AT_THE_DESK; round++) {
        for (const screen of ["/toa-soan", "/toa-soan/lich", "/toa-soan/trang-chu", "/toa-soan/thu-vien-anh"]) {
          // "load", not "networkidle": the queue and the calendar poll while they are open.
          await desk.goto(screen, { waitUntil: "load" });
          await desk.waitForTimeout(300);
        }
      }
      log(`  story ${i} of ${STORIES_WRITTEN} written and submitted; the desk's screens opened ${ROUNDS_AT_THE_DESK * 4} times`);
    }
    await reporter.close();
    await chief.close();
  } finally {
    await browser.close();
  }
}

/** A day's published stories, through the suite's factory (the worker refreshes nothing for them). */
async function publishDay(origin: string, token: string): Promise<string[]> {
  const paths: string[] = [];
  const now = Date.now();
  for (let i = 0; i < STORIES_PUBLISHED; i++) {
    const response = await fetch(`${origin}/api/test/factory`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-e2e-factory-token": token },
      body: JSON.stringify({
        make: "story",
        status: "published",
        title: `Tin trong ngày số ${i + 1}: xã Tân Thanh đón đoàn công tác của tỉnh`,
        sapo: "– Tin ngắn của phép đo bộ nhớ.",
        paragraphs: [paragraph(1), paragraph(2), paragraph(3), paragraph(4)],
        publishedAt: new Date(now - i * 60_000).toISOString(),
      }),
    });
    const made = (await response.json()) as { path: string | null };
    if (made.path) paths.push(made.path);
  }
  return paths;
}

export async function benchMemoryDay(log: (m: string) => void): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-bench-day-"));
  const token = crypto.randomBytes(32).toString("base64url");
  const logFile = path.join(dataDir, "server.log");
  let server: RunningServer | undefined;
  try {
    server = startServer(
      { DATA_DIR: dataDir, PGLITE_DIR: path.join(dataDir, "pglite"), DATABASE_URL: "", E2E_FACTORY_TOKEN: token },
      await freePort(),
      logFile,
    );
    const memory = sampleMemory(server.pid);
    await waitForHealth(server, 20 * 60_000);
    const origin = server.origin;
    const phases: { phase: string; split: MemorySplit; peakRssMb: number }[] = [];
    const record = async (phase: string) => {
      const figures = await fetchMemorySplit(origin);
      phases.push({ phase, split: figures, peakRssMb: memory.phasePeak() });
      log(`  ${phase}: ${JSON.stringify(figures)}`);
    };
    await record("started (demo paper)");
    log(`newsroom: ${STORIES_WRITTEN} stories typed and submitted in Chromium, the desk's screens between them…`);
    await newsroomDay(origin, log);
    await record("newsroom day");
    log(`publishing ${STORIES_PUBLISHED} stories…`);
    const storyPaths = await publishDay(origin, token);
    await record("stories published");
    const searches = variedSearchQueries(500, 7).map((q) => `/api/search?q=${encodeURIComponent(q)}`);
    for (const route of [
      { name: "home and sections", paths: ["/", "/thoi-su", "/kinh-te", "/van-hoa-xa-hoi", "/bien-gioi"] },
      { name: "stories", paths: storyPaths },
      { name: "searches", paths: searches },
      { name: "feed", paths: ["/rss.xml"] },
    ]) {
      log(`readers: ${route.name} for ${READING_SECONDS} s…`);
      const figures = await drive(origin, route.name, route.paths, { connections: 10, duration: READING_SECONDS, warmup: 0 });
      log(`  ${figures.requestsPerSecond} req/s, non-2xx ${figures.non2xx}`);
    }
    await record("readers");
    memory.stop();

    console.log(`\nmemory of the embedded server over a scripted day (MB; aim: under ${AIM_MB} in all)`);
    console.log("phase                        RSS  peak RSS  JS heap used/total  database (wasm)  page cache (pages)  search answers  rest");
    for (const { phase, split: s, peakRssMb } of phases) {
      const rest = Math.round(s.rssMb - s.heapTotalMb - s.databaseWasmMb - s.pageCache.mb);
      console.log(
        [
          phase.padEnd(24),
          String(Math.round(s.rssMb)).padStart(7),
          String(peakRssMb).padStart(9),
          `${Math.round(s.heapUsedMb)} / ${Math.round(s.heapTotalMb)}`.padStart(19),
          String(Math.round(s.databaseWasmMb)).padStart(16),
          `${s.pageCache.mb} (${s.pageCache.pages})`.padStart(19),
          String(s.searchCache.answers).padStart(15),
          String(rest).padStart(5),
        ].join(" "),
      );
    }
    console.log(`whole tree peak (supervisor included): ${memory.peak().treeMb} MB; server log: ${logFile}`);
  } finally {
    await server?.stop();
  }
}
