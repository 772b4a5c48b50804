// The script weight of each newsroom screen, as a phone on a weak connection pays for it: every
// script file the page loads in Chromium, gzipped (as the server or a front proxy sends it),
// beside the framework's own floor — the build's root main files, which an empty client page of
// the same build loads and no screen can go below. Measured on the demo newsroom of the preflight
// server (the embedded database seeds its demo accounts on first start).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { demoPassword } from "@/db/seed/seed";
import { chromiumUse } from "../../e2e/support/chromium";

/** Aims of issue 17, in gzipped KB above the floor. */
const AIM_ABOVE_FLOOR_KB = { list: 50, editor: 150 } as const;

type Screen = { name: string; path: string | ((page: Page) => Promise<string>); kind: keyof typeof AIM_ABOVE_FLOOR_KB };

/** Who opens which screens: each screen as the role that works on it. */
const screensByAccount: { email: string; screens: Screen[] }[] = [
  {
    email: "phongvien@toasoan.test",
    screens: [
      { name: "Bài của tôi (reporter)", path: "/toa-soan", kind: "list" },
      { name: "Viết bài mới (editor)", path: "/toa-soan/bai-viet/moi", kind: "editor" },
      { name: "Nhập từ văn bản", path: "/toa-soan/bai-viet/nhap", kind: "list" },
      { name: "Thư viện ảnh", path: "/toa-soan/thu-vien-anh", kind: "list" },
      { name: "Hồ sơ", path: "/toa-soan/ho-so", kind: "list" },
      { name: "Xem bài (a story sent, to read)", path: (page) => firstStoryIn(page, "/toa-soan?status=submitted"), kind: "editor" },
    ],
  },
  {
    email: "thuky@toasoan.test",
    screens: [
      { name: "Bàn thư ký (desk queue)", path: "/toa-soan", kind: "list" },
      { name: "Sửa bài (editor, a story)", path: (page) => firstStoryIn(page, "/toa-soan"), kind: "editor" },
      { name: "Lịch", path: "/toa-soan/lich", kind: "list" },
      { name: "Trang chủ", path: "/toa-soan/trang-chu", kind: "list" },
    ],
  },
  {
    email: "quantri@toasoan.test",
    screens: [
      { name: "Người dùng", path: "/toa-soan/quan-tri/nguoi-dung", kind: "list" },
      { name: "Cài đặt", path: "/toa-soan/quan-tri/cai-dat", kind: "list" },
      { name: "Nhật ký", path: "/toa-soan/quan-tri/nhat-ky", kind: "list" },
    ],
  },
];

export type ScreenWeight = { screen: string; path: string; files: number; gzipKb: number; aboveFloorKb: number; aimKb: number };
export type ScriptWeights = { floorKb: number; floorFiles: number; screens: ScreenWeight[] };

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipSize = (body: Buffer) => zlib.gzipSync(body).length;

/** The floor: the root main files of the build in .next/, gzipped. */
export function frameworkFloor(buildDir = path.join(process.cwd(), ".next")): { bytes: number; files: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const bytes = manifest.rootMainFiles.reduce((sum, file) => sum + gzipSize(fs.readFileSync(path.join(buildDir, file))), 0);
  return { bytes, files: manifest.rootMainFiles.length };
}

async function firstStoryIn(page: Page, list: string): Promise<string> {
  await page.goto(list, { waitUntil: "load" });
  // The desk queue fills in after the page loads: wait for a story's own link.
  await page.locator('a[href^="/toa-soan/bai-viet/"]:not([href$="/moi"]):not([href$="/nhap"])').first().waitFor();
  const href = await page
    .locator('a[href^="/toa-soan/bai-viet/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "").find((h) => /^\/toa-soan\/bai-viet\/\d+$/.test(h)));
  if (!href) throw new Error(`no story to open in ${list}`);
  return href;
}

/** A demo account signed in through the log-in form; the page it lands on. */
export async function logIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(demoPassword);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/toa-soan"));
  return page;
}

/** Loads a screen in a fresh page and sums the scripts it fetched (cached files are counted too). */
async function weighScreen(page: Page, target: string): Promise<{ files: number; bytes: number }> {
  const scripts = new Map<string, Promise<number>>();
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script" || scripts.has(response.url())) return;
    scripts.set(
      response.url(),
      response.body().then(gzipSize, () => 0),
    );
  });
  const answer = await page.goto(target, { waitUntil: "networkidle" });
  if (!answer?.ok()) throw new Error(`${target} answered ${answer?.status()}`);
  const sizes = await Promise.all(scripts.values());
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

export async function measureScriptWeights(origin: string): Promise<ScriptWeights> {
  const floor = frameworkFloor();
  const browser = await chromium.launch(chromiumUse!.launchOptions);
  const screens: ScreenWeight[] = [];
  try {
    for (const account of screensByAccount) {
      const context = await browser.newContext({ baseURL: origin, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
      const login = await logIn(context, account.email);
      for (const screen of account.screens) {
        const target = typeof screen.path === "string" ? screen.path : await screen.path(login);
        // A fresh page with the browser's cache off: every file is counted, as on a first visit.
        const page = await context.newPage();
        await page.route("**/*", (route) => route.continue());
        const { files, bytes } = await weighScreen(page, target);
        await page.close();
        screens.push({
          screen: screen.name,
          path: target,
          files,
          gzipKb: kb(bytes),
          aboveFloorKb: kb(bytes - floor.bytes),
          aimKb: AIM_ABOVE_FLOOR_KB[screen.kind],
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { floorKb: kb(floor.bytes), floorFiles: floor.files, screens };
}

export function printScriptWeights(weights: ScriptWeights): void {
  console.log(`\nnewsroom script weight (gzipped; floor = the framework's root files: ${weights.floorFiles} files, ${weights.floorKb} KB)`);
  console.log("screen                              files   KB gz   above floor   aim above floor");
  for (const s of weights.screens) {
    console.log(
      [
        s.screen.padEnd(34),
        String(s.files).padStart(6),
        String(s.gzipKb).padStart(7),
        String(s.aboveFloorKb).padStart(13),
        `${s.aboveFloorKb <= s.aimKb ? "≤" : ">"} ${s.aimKb}`.padStart(17),
      ].join(" "),
    );
  }
}
