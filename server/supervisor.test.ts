// The supervisor against a real child process: killed with SIGKILL, the server answers again, and
// says it was restarted; asked to stop, it stops for good.
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { supervise, type Supervisor } from "./supervisor";

let supervisor: Supervisor | undefined;
afterEach(async () => {
  await supervisor?.stop();
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

async function answer(port: number, withinMs = 10_000): Promise<{ pid: number; restarts: number }> {
  const until = Date.now() + withinMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      return (await response.json()) as { pid: number; restarts: number };
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe("the supervisor", () => {
  it("starts the server again after it is killed, logging why", async () => {
    const port = await freePort();
    const lines: string[] = [];
    supervisor = supervise({
      command: process.execPath,
      args: [path.join(__dirname, "fixtures", "tiny-server.mjs")],
      env: { ...process.env, PORT: String(port) },
      log: (line) => lines.push(line),
      minDelayMs: 50,
    });
    const first = await answer(port);
    expect(first.restarts).toBe(0);

    process.kill(first.pid, "SIGKILL");
    const second = await answer(port);
    expect(second.pid).not.toBe(first.pid);
    expect(second.restarts).toBe(1);
    expect(lines).toEqual([expect.stringContaining("tín hiệu SIGKILL")]);

    expect(await supervisor.stop()).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
