// The production server as `npm start` runs it (scripts/start.ts: build when needed, then the
// supervisor keeping server/index.ts up), on a free loopback port, with a database and a data
// folder of the test's own. Started in a process group of its own, so that stopping it stops the
// supervisor, the server and anything they started, and nothing else.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./cluster";

export type Health = { status: string; server: { pid: number; restarts: number; lastExit: string | null } };

export type ServerOptions = {
  databaseUrl: string;
  /** Extra environment, e.g. TOASOAN_FAULT. */
  env?: Record<string, string>;
  /** How long the first answer may take (a build, when the sources changed). */
  startTimeoutMs?: number;
  /** A port chosen beforehand (a front proxy already pointed at it); a free one otherwise. */
  port?: number;
};

export class NewsroomServer {
  private log: string[] = [];

  private constructor(
    readonly origin: string,
    readonly dataDir: string,
    private readonly process: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.log.push(`[${new Date().toISOString().slice(11, 23)}] ${chunk.toString()}`);
      if (this.log.length > 2_000) this.log.splice(0, 1_000);
    };
    process.stdout?.on("data", keep);
    process.stderr?.on("data", keep);
  }

  static async start({ databaseUrl, env = {}, startTimeoutMs = 120_000, port: givenPort }: ServerOptions): Promise<NewsroomServer> {
    const port = givenPort ?? (await freePort());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-faults-data-"));
    const child = spawn("npx", ["tsx", "scripts/start.ts"], {
      cwd: process.cwd(),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: crypto.randomBytes(33).toString("base64"),
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATA_DIR: dataDir,
        PGLITE_DIR: "",
        SITE_URL: "",
        NEXT_TELEMETRY_DISABLED: "1",
        // One server process on its port, as the fault tests expect (scripts/start.ts).
        WEB_CONCURRENCY: "1",
        ...env,
      },
    });
    const server = new NewsroomServer(`http://127.0.0.1:${port}`, dataDir, child);
    try {
      await server.waitHealthy(startTimeoutMs);
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  /** What the supervisor and the server wrote, for a failing test's report. */
  output(): string {
    return this.log.join("");
  }

  /** /api/health's answer, or null (and why, in `lastHealthError`) while nothing answers. */
  async health(timeoutMs = 15_000): Promise<{ code: number; body: Health } | null> {
    try {
      const response = await fetch(`${this.origin}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
      return { code: response.status, body: (await response.json()) as Health };
    } catch (error) {
      this.lastHealthError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return null;
    }
  }

  lastHealthError = "";

  /** Waits until /api/health answers 200 (the database open and answering); returns its answer. */
  async waitHealthy(timeoutMs: number, accept: (health: Health) => boolean = () => true): Promise<Health> {
    const deadline = Date.now() + timeoutMs;
    let last: Awaited<ReturnType<NewsroomServer["health"]>> = null;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null || this.process.signalCode !== null) {
        throw new Error(`the server's supervisor exited (${this.process.exitCode ?? this.process.signalCode}):\n${this.output().slice(-4_000)}`);
      }
      last = await this.health(5_000);
      if (last?.code === 200 && accept(last.body)) return last.body;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no healthy answer from ${this.origin} within ${timeoutMs} ms (last: ${JSON.stringify(last)}):\n${this.output().slice(-4_000)}`);
  }

  /** SIGTERM to the whole group (npx, tsx, the supervisor, the server), SIGKILL after 15 s. */
  async stop(): Promise<void> {
    const pid = this.process.pid;
    if (pid && this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise<void>((resolve) => this.process.once("exit", () => resolve()));
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-pid, name);
        } catch {
          // The group is gone already.
        }
      };
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), 15_000);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      clearTimeout(timer);
      // The server child may outlive its supervisor by a moment: the group goes, whatever is left of it.
      signal("SIGKILL");
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
