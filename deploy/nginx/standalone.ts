// Debian's nginx with the shipped config, run as a throwaway process for the test and the bench:
// everything (config, pid, logs, cache, temp files) under a temporary prefix, listeners on
// 127.0.0.1 only, stopped by its pid. Production uses the system's nginx instead (README).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/faults/harness/cluster";
import { renderFront } from "./render";

export const nginxBinary = "/usr/sbin/nginx";
export const purgeModule = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so";

/** Debian's nginx and its purge module are installed (apt-get install nginx libnginx-mod-http-cache-purge). */
export const nginxAvailable = (): boolean => fs.existsSync(nginxBinary) && fs.existsSync(purgeModule);

export type RunningFront = {
  origin: string;
  purgeOrigin: string;
  prefix: string;
  pid: number;
  /** nginx's error log so far, for failure reports. */
  errors: () => string;
  stop: () => Promise<void>;
};

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

export async function startFront(options: {
  upstreams: readonly string[];
  pageLifetime?: string;
  workers?: number | "auto";
  /** More http-context configuration (the bench's static file server). */
  extraHttp?: string;
}): Promise<RunningFront> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-nginx-"));
  const [port, purgePort] = [await freePort(), await freePort()];
  for (const dir of ["cache", "tmp"]) fs.mkdirSync(path.join(prefix, dir));
  // As root, nginx's workers run as nobody: they must reach the prefix and write its cache.
  const root = process.getuid?.() === 0;
  if (root) {
    fs.chmodSync(prefix, 0o755);
    for (const dir of ["cache", "tmp"]) fs.chmodSync(path.join(prefix, dir), 0o777);
  }
  const siteConf = path.join(prefix, "toasoan-site.conf");
  const { main, site } = renderFront({
    upstreams: options.upstreams,
    listen: `127.0.0.1:${port}`,
    serverName: "_",
    cacheDir: path.join(prefix, "cache"),
    purgeListen: `127.0.0.1:${purgePort}`,
    purgeAllow: ["127.0.0.1"],
    siteConf,
    pageLifetime: options.pageLifetime,
  });
  fs.writeFileSync(path.join(prefix, "toasoan.conf"), main);
  fs.writeFileSync(siteConf, site);
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, "tmp", name)};`;
  fs.writeFileSync(
    path.join(prefix, "nginx.conf"),
    [
      `load_module ${purgeModule};`,
      root ? "user nobody nogroup;" : "",
      `worker_processes ${options.workers ?? 1};`,
      `pid ${path.join(prefix, "nginx.pid")};`,
      `error_log ${path.join(prefix, "error.log")} warn;`,
      "events { worker_connections 4096; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      "  access_log off;",
      "  sendfile on;",
      "  tcp_nopush on;",
      "  keepalive_requests 100000;",
      `  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}`,
      `  include ${path.join(prefix, "toasoan.conf")};`,
      options.extraHttp ?? "",
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(nginxBinary, ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-e", path.join(prefix, "error.log"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const errors = () => {
    let log = "";
    try {
      log = fs.readFileSync(path.join(prefix, "error.log"), "utf8");
    } catch {
      // not written yet
    }
    return `${stderr}${log}`.slice(-4_000);
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  for (const until = Date.now() + 10_000; ;) {
    if (child.exitCode !== null) {
      const why = errors();
      await stop();
      throw new Error(`nginx did not start:\n${why}`);
    }
    if ((await accepts(port)) && (await accepts(purgePort))) break;
    if (Date.now() > until) {
      const why = errors();
      await stop();
      throw new Error(`nginx did not listen within 10 s:\n${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin: `http://127.0.0.1:${port}`, purgeOrigin: `http://127.0.0.1:${purgePort}`, prefix, pid: child.pid!, errors, stop };
}
