// `npm start`: build when the sources changed since the last build, then serve. Migrations run
// inside the server at start (instrumentation.ts). A new embedded paper is created first, by a
// process of its own that exits before the server opens the database (PGlite allows one process
// at a time): creating it (initdb, migrations, the demo with its photos) takes hundreds of
// megabytes that the server would otherwise keep for its whole life, as PGlite's WebAssembly
// memory never shrinks (`npm run bench -- --day`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultDataDir } from "@/db/client";
import { env } from "@/lib/env";
import { supervise } from "@/server/supervisor";
import { build, buildIsCurrent } from "./production-build";

const root = process.cwd();
if (!buildIsCurrent()) {
  console.log("Tòa soạn: đang build bản production (khoảng một phút)…");
  const status = build();
  if (status !== 0) process.exit(status);
}

const port = Number(process.env.PORT || 3000);
const host = process.env.HOSTNAME ?? "0.0.0.0";
// On a database server, several server processes (one per core by default), each on its own port
// (PORT, PORT+1, …) behind the front proxy (deploy/nginx); they stay one newsroom through the
// database (lib/cache/bus.ts). The embedded database belongs to one process.
const instances = process.env.DATABASE_URL ? (env().WEB_CONCURRENCY ?? os.availableParallelism()) : 1;
if (instances > 1 && process.env.INTERNAL_ORIGIN) {
  console.error("Tòa soạn: INTERNAL_ORIGIN chỉ dùng khi chạy một máy chủ (WEB_CONCURRENCY=1): mỗi máy chủ tự gọi chính nó qua cổng của mình.");
  process.exit(1);
}
const ports = Array.from({ length: instances }, (_, i) => port + i);
console.log(`Tòa soạn: mở http://localhost:${port}  (tòa soạn: http://localhost:${port}/toa-soan)`);
if (instances > 1) console.log(`Tòa soạn: ${instances} máy chủ tại các cổng ${ports.join(", ")}; đặt nginx phía trước (deploy/nginx).`);
if (!process.env.DATABASE_URL) {
  console.log(`Cơ sở dữ liệu nhúng (PGlite) tại ${path.relative(root, defaultDataDir()) || "."}; lần đầu chạy sẽ tạo dữ liệu trình diễn.`);
}
if (!process.env.DATABASE_URL && !fs.existsSync(path.join(defaultDataDir(), "PG_VERSION"))) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "db-seed.ts"), "--demo"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A bound on the server's JavaScript heap: under a reading load V8 otherwise lets garbage pile up
// to a gigabyte before collecting it (npm run bench); within this bound the bench's heaviest loads
// run with the heap under 250 MB. NODE_OPTIONS may set another bound.
const heapBound = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "") ? [] : ["--max-old-space-size=256"];
// On the embedded database (a small paper on one machine), a young generation of 4 MB semi-spaces
// instead of 16: about 30 MB less resident after a day's use, with the same requests/s in
// `npm run bench -- --day`. A server on PostgreSQL keeps V8's default for its heavier loads.
const youngBound = process.env.DATABASE_URL || /--max-semi-space-size/.test(process.env.NODE_OPTIONS ?? "") ? [] : ["--max-semi-space-size=4"];
// server/index.ts: Next.js with the reading pages' cache in front of it, each kept up by a supervisor.
const supervisors = ports.map((instancePort) =>
  supervise({
    command: process.execPath,
    args: [...heapBound, ...youngBound, "--import", "tsx", path.join(root, "server", "index.ts")],
    // Two malloc arenas instead of eight per core: libvips' threads otherwise leave each its own
    // half-empty arena behind after a photo is processed, resident for the server's life.
    env: { MALLOC_ARENA_MAX: "2", ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(instancePort), HOSTNAME: host },
  }),
);
const stopAll = (signal: NodeJS.Signals) => Promise.all(supervisors.map((supervisor) => supervisor.stop(signal))).then((codes) => Math.max(...codes));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stopAll(signal).then((code) => process.exit(code)));
