// How both Playwright configs (the e2e suite and faults/) drive Debian's Chromium: the paper's
// locale and time zone, traces and screenshots on failure, and a quiet browser (no sandbox as
// root, no GPU, no QUIC, no background traffic to Google).
import type { PlaywrightTestConfig } from "@playwright/test";

export const chromiumUse: PlaywrightTestConfig["use"] = {
  locale: "vi-VN",
  timezoneId: "Asia/Ho_Chi_Minh",
  trace: "retain-on-failure",
  screenshot: "only-on-failure",
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};
