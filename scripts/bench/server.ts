// The production server under test: started through scripts/start.ts (which builds when the
// sources changed) in its own process group, so stopping it stops npx, next and every worker.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type RunningServer = {
  origin: string;
  pid: number;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
  stop: () => Promise<void>;
  /** Last lines of its output, for error reports. */
  tail: () => string;
};

export function startServer(env: Record<string, string>, port: number, logFile: string): RunningServer {
  const log = fs.createWriteStream(logFile);
  const lines: string[] = [];
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/start.ts"], {
    cwd: process.cwd(),
    detached: true, // own process group: killed whole at the end
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      // One server process per start unless the caller asks for more (scripts/start.ts).
      WEB_CONCURRENCY: "1",
      ...process.env,
      ...env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      AUTH_SECRET: "bench-secret-for-a-throwaway-database-only",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 60) lines.splice(0, lines.length - 60);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pid = child.pid!;

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      log.end();
      return;
    }
    killGroup(pid, "SIGTERM");
    const timer = setTimeout(() => killGroup(pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    killGroup(pid, "SIGKILL"); // anything the group left behind
    log.end();
  };
  return { origin: `http://127.0.0.1:${port}`, pid, exited, stop, tail: () => lines.join("\n") };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Polls /api/health until it answers 200; gives up at the deadline or when the server exits. */
export async function waitForHealth(server: RunningServer, timeoutMs: number): Promise<number> {
  const started = Date.now();
  let gone = false;
  void server.exited.then(() => (gone = true));
  while (Date.now() - started < timeoutMs) {
    if (gone) throw new Error(`the server exited during start-up:\n${server.tail()}`);
    try {
      const response = await fetch(`${server.origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the server did not become healthy within ${Math.round(timeoutMs / 1000)} s:\n${server.tail()}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process tree, from /proc (kB → MB). */
function treeRss(rootPid: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  let total = 0;
  let largest = 0;
  const queue = [rootPid];
  for (let guard = 0; queue.length && guard < 10_000; guard++) {
    const pid = queue.shift()!;
    queue.push(...(children.get(pid) ?? []));
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      const mb = match ? Number(match[1]) / 1024 : 0;
      total += mb;
      largest = Math.max(largest, mb);
    } catch {
      // exited meanwhile
    }
  }
  return { total, largest };
}

/**
 * Samples the tree's memory every 200 ms; `peak()` gives the highest sums seen so far, and
 * `phasePeak()` the largest process's highest since the previous call (which phase costs memory).
 */
export function sampleMemory(rootPid: number) {
  let peakTotal = 0;
  let peakLargest = 0;
  let phaseLargest = 0;
  const timer = setInterval(() => {
    const { total, largest } = treeRss(rootPid);
    peakTotal = Math.max(peakTotal, total);
    peakLargest = Math.max(peakLargest, largest);
    phaseLargest = Math.max(phaseLargest, largest);
  }, 200);
  timer.unref();
  return {
    peak: () => ({ treeMb: Math.round(peakTotal), largestProcessMb: Math.round(peakLargest) }),
    phasePeak: () => {
      const mb = Math.round(phaseLargest);
      phaseLargest = treeRss(rootPid).largest;
      return mb;
    },
    stop: () => clearInterval(timer),
  };
}
