// Keeps the server up: runs it as a child process and, when it dies (a crash, the kernel's OOM
// killer, kill -9), logs the cause and starts it again after a growing pause (1 s, 2 s, 4 s … at
// most 30 s; back to 1 s once it has stayed up a minute). SIGTERM and SIGINT are passed on, and
// the child drains its open requests before it exits; the supervisor then exits with it.
import { spawn, type ChildProcess } from "node:child_process";

export type SupervisorOptions = {
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Written to the log with each restart; the default is the console. */
  log?: (line: string) => void;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Up this long, a child counts as healthy again and the pause starts over. */
  stableAfterMs?: number;
};

export type Supervisor = { readonly child: ChildProcess | null; readonly restarts: number; stop(signal?: NodeJS.Signals): Promise<number> };

export function supervise(options: SupervisorOptions): Supervisor {
  const log = options.log ?? ((line: string) => console.error(line));
  const minDelay = options.minDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  let child: ChildProcess | null = null;
  let restarts = 0;
  let delay = minDelay;
  let stopping = false;
  let lastExit = "";
  let timer: NodeJS.Timeout | undefined;
  let resolveStopped: (code: number) => void = () => undefined;
  const stopped = new Promise<number>((resolve) => (resolveStopped = resolve));

  const start = () => {
    const startedAt = Date.now();
    child = spawn(options.command, [...options.args], {
      stdio: "inherit",
      // The child reports these on /api/health.
      env: { ...(options.env ?? process.env), TOASOAN_RESTARTS: String(restarts), TOASOAN_LAST_EXIT: lastExit },
    });
    child.once("exit", (code, signal) => {
      child = null;
      if (stopping) return resolveStopped(code ?? 0);
      lastExit = `${new Date().toISOString()} ${signal ? `signal ${signal}` : `code ${code}`}`;
      if (Date.now() - startedAt > stableAfter) delay = minDelay;
      log(`Tòa soạn: máy chủ đã dừng (${signal ? `tín hiệu ${signal}` : `mã ${code}`}); khởi động lại sau ${Math.round(delay / 1000)} giây.`);
      restarts += 1;
      timer = setTimeout(start, delay);
      delay = Math.min(delay * 2, maxDelay);
    });
  };
  start();

  return {
    get child() {
      return child;
    },
    get restarts() {
      return restarts;
    },
    stop(signal: NodeJS.Signals = "SIGTERM") {
      stopping = true;
      clearTimeout(timer);
      if (child) child.kill(signal);
      else resolveStopped(0);
      return stopped;
    },
  };
}
