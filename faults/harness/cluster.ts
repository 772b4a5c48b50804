// A PostgreSQL cluster of a test's own (and, if asked, a streaming replica of it), on a free loopback port: created, started, stopped
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

  /**
   * A streaming replica of `primary` (a hot standby, read-only) on another free port: a cluster of
   * its own whose data is replaced by pg_basebackup -R, which also writes the standby's connection
   * to the primary. Debian's clusters already allow replication from 127.0.0.1 (pg_hba) and
   * PostgreSQL's defaults suffice (wal_level=replica, max_wal_senders=10).
   */
  static async replicaOf(primary: Cluster, label: string): Promise<Cluster> {
    const port = await freePort();
    const replica = new Cluster(`faults_${label}_${port}`, port);
    run("pg_createcluster", [VERSION, replica.name, "-p", String(port), "--start-conf", "manual", "--", "--auth=trust"]);
    try {
      const dataDir = replica.dataDirectory();
      // Emptied, not removed: pg_basebackup fills an empty directory, and the parent is not postgres's to write.
      for (const entry of fs.readdirSync(dataDir)) fs.rmSync(`${dataDir}/${entry}`, { recursive: true, force: true });
      // As postgres, so the copied files belong to the server's user.
      run("runuser", [
        "-u",
        "postgres",
        "--",
        `/usr/lib/postgresql/${VERSION}/bin/pg_basebackup`,
        "-h",
        "127.0.0.1",
        "-p",
        String(primary.port),
        "-U",
        "postgres",
        "-D",
        dataDir,
        "-R",
        "-X",
        "stream",
        "-c",
        "fast",
      ]);
      replica.start();
    } catch (error) {
      replica.drop();
      throw error;
    }
    return replica;
  }

  private dataDirectory(): string {
    // pg_lsclusters -h: version, cluster, port, status, owner, data directory, log file.
    const line = run("pg_lsclusters", ["-h", VERSION, this.name]).trim();
    const dataDir = line.split(/\s+/)[5];
    if (!dataDir?.startsWith("/")) throw new Error(`no data directory for cluster ${this.name} in: ${line}`);
    return dataDir;
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
