// A PostgreSQL cluster of a fault test's own, on a free loopback port: created, started, stopped
// and started again at will (the test's fault), and dropped afterwards. Never the shared cluster
// on 5432, which other work uses.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

const VERSION = process.env.FAULTS_PG_VERSION ?? "15";

/** pg_createcluster and pg_ctlcluster from Debian's postgresql-common, with the server binaries. */
export function clusterToolsPresent(): boolean {
  // Without arguments it prints its usage (and exits 1): what matters is that it runs at all.
  return (
    spawnSync("pg_createcluster", [], { stdio: "ignore" }).error === undefined &&
    fs.existsSync(`/usr/lib/postgresql/${VERSION}/bin/postgres`) &&
    process.getuid?.() === 0
  );
}

/** A TCP port nobody listens on now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], timeoutMs = 60_000): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", timeout: timeoutMs, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed: ${e.stderr || e.stdout || e.message}`);
  }
}

export class Cluster {
  private constructor(
    readonly name: string,
    readonly port: number,
  ) {}

  /** Creates and starts a cluster with trust authentication on 127.0.0.1:<free port>. */
  static async create(label: string): Promise<Cluster> {
    const port = await freePort();
    const cluster = new Cluster(`faults_${label}_${port}`, port);
    run("pg_createcluster", [VERSION, cluster.name, "-p", String(port), "--start-conf", "manual", "--", "--auth=trust"]);
    try {
      cluster.start();
    } catch (error) {
      cluster.drop();
      throw error;
    }
    return cluster;
  }

  url(database = "postgres"): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Runs SQL as postgres through psql (no pool to break when the server goes away). */
  psql(sql: string, database = "postgres"): string {
    return run("psql", [
      "-X",
      "-q",
      "-t",
      "-A",
      "-v",
      "ON_ERROR_STOP=1",
      "-h",
      "127.0.0.1",
      "-p",
      String(this.port),
      "-U",
      "postgres",
      "-d",
      database,
      "-c",
      sql,
    ]).trim();
  }

  start(): void {
    run("pg_ctlcluster", ["--skip-systemctl-redirect", VERSION, this.name, "start"]);
    this.waitReady();
  }

  /** A fast shutdown: open connections are cut, as in a crash or a restart by the host. */
  stop(): void {
    run("pg_ctlcluster", ["--skip-systemctl-redirect", VERSION, this.name, "stop", "-m", "fast"]);
  }

  isUp(): boolean {
    return spawnSync("pg_isready", ["-q", "-h", "127.0.0.1", "-p", String(this.port)], { timeout: 5_000 }).status === 0;
  }

  private waitReady(): void {
    for (let i = 0; i < 100; i++) {
      if (this.isUp()) return;
      spawnSync("sleep", ["0.1"]);
    }
    throw new Error(`cluster ${this.name} did not answer on port ${this.port} within 10 s`);
  }

  /** Stops and removes the cluster, data and configuration; never throws (runs in cleanup). */
  drop(): void {
    const result = spawnSync("pg_dropcluster", ["--stop", VERSION, this.name], { encoding: "utf8", timeout: 60_000 });
    if (result.status !== 0) console.error(`pg_dropcluster ${this.name}: ${result.stderr || result.error?.message}`);
  }
}
