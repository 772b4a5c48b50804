// The bus between instances, over the real transports: PostgreSQL's LISTEN/NOTIFY on a database of
// the test's own and Redis pub/sub on a channel of its own. Two buses stand for two instances.
import crypto from "node:crypto";
import net from "node:net";
import type { Sql } from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresServerUrl, requirement } from "@/db/testing";
import { decode, encode, openBus, type Bus, type BusMessage } from "./bus";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

function redisAnswers(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 1_000 }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => (socket.destroy(), resolve(false)));
  });
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("bus messages", () => {
  it("round-trips a forget, a wake and a WAL position", () => {
    const message: BusMessage = { from: "a", forget: { kind: "stories", paths: ["/thoi-su/bai-1"], tags: ["public-stories"] }, position: "0/16B3748" };
    expect(decode(encode(message))).toEqual({ ...message, wake: undefined });
    expect(decode(encode({ from: "a", wake: true }))).toEqual({ from: "a", wake: true, forget: undefined, position: undefined });
  });

  it("turns a forget too long for NOTIFY into a forget of everything", () => {
    const paths = Array.from({ length: 400 }, (_, i) => `/thoi-su/mot-bai-bao-co-dia-chi-rat-dai-${i}`);
    const payload = encode({ from: "a", forget: { kind: "stories", paths, tags: [] } });
    expect(payload.length).toBeLessThan(8_000);
    expect(decode(payload)?.forget).toEqual({ kind: "site" });
  });

  it("ignores what is not one of its messages", () => {
    for (const payload of [
      "",
      "null",
      "{}",
      '{"from":1}',
      '{"from":"a","forget":{"kind":"drop"}}',
      '{"from":"a","forget":{"kind":"stories","paths":[1],"tags":[]}}',
      '{"from":"a","position":"x; drop"}',
    ]) {
      expect(decode(payload)).toBeNull();
    }
  });
});

type Instance = { bus: Bus; received: BusMessage[]; reconnects: number };
// This run's instances, told apart from any other run's on the same servers.
const run = crypto.randomBytes(4).toString("hex");

/** Two instances on one transport; each records what it is told. */
async function twoInstances(options: { databaseUrl: string; redisUrl?: string; channel: string }): Promise<[Instance, Instance]> {
  const open = async (name: string): Promise<Instance> => {
    const instance = { received: [] as BusMessage[], reconnects: 0 } as Instance;
    instance.bus = await openBus({
      ...options,
      instance: `${name}-${run}`,
      onMessage: async (message) => void instance.received.push(message),
      onReconnect: async () => void (instance.reconnects += 1),
    });
    return instance;
  };
  return [await open("a"), await open("b")];
}

async function behavesAsOneNewsroom(a: Instance, b: Instance, cut: () => Promise<void>): Promise<void> {
  await a.bus.send({ forget: { kind: "home" } });
  await a.bus.send({ forget: { kind: "stories", paths: ["/kinh-te/gia-lua-1"], tags: ["public-stories"] }, position: "0/3000060" });
  await b.bus.send({ wake: true });
  await until(() => b.received.length === 2 && a.received.length === 1, "both told");
  // In the order sent; never its own messages back.
  expect(b.received.map((m) => m.forget?.kind)).toEqual(["home", "stories"]);
  expect(b.received[1]).toMatchObject({ forget: { paths: ["/kinh-te/gia-lua-1"] }, position: "0/3000060" });
  expect(a.received).toEqual([expect.objectContaining({ wake: true })]);
  expect(a.reconnects + b.reconnects).toBe(0);

  // The subscription is cut: on its return the instance is told to forget everything, and hears again.
  await cut();
  await until(() => b.reconnects === 1, "b reconnected");
  expect(a.reconnects).toBe(0);
  await a.bus.send({ forget: { kind: "site" } });
  await until(() => b.received.length === 3, "b hears again");
  expect(b.received[2]?.forget).toEqual({ kind: "site" });
}

describe("PostgreSQL LISTEN/NOTIFY", async () => {
  const server = await postgresServerUrl();
  const present = requirement("a PostgreSQL server (DATABASE_URL or 127.0.0.1:5432)", server !== null);
  let admin: Sql | undefined;
  let databaseUrl = "";
  const name = `toasoan_bus_${crypto.randomBytes(4).toString("hex")}`;

  beforeAll(async () => {
    if (!present) return;
    const { default: postgres } = await import("postgres");
    admin = postgres(server!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(server!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });
  afterAll(async () => {
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  it.runIf(present)("carries forgets between instances in order, and makes a reconnected instance forget everything", async () => {
    const [a, b] = await twoInstances({ databaseUrl, channel: "toasoan_forget" });
    try {
      await behavesAsOneNewsroom(a, b, async () => {
        // b's listening connection dies (a restart of the server, a network cut): postgres.js listens again.
        const { default: postgres } = await import("postgres");
        const killer = postgres(databaseUrl, { max: 1, onnotice: () => {} });
        const killed =
          await killer`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${`toasoan-bus-b-${run}`} and query ilike 'listen%'`;
        await killer.end();
        expect(killed).toHaveLength(1);
      });
    } finally {
      await a.bus.close();
      await b.bus.close();
    }
  });
});

describe("Redis pub/sub", async () => {
  const present = requirement(`a Redis server at ${REDIS_URL}`, await redisAnswers());

  it.runIf(present)("carries forgets between instances in order, and makes a reconnected instance forget everything", async () => {
    const channel = `toasoan_forget_test_${crypto.randomBytes(4).toString("hex")}`;
    const [a, b] = await twoInstances({ databaseUrl: "postgres://unused", redisUrl: REDIS_URL, channel });
    try {
      await behavesAsOneNewsroom(a, b, async () => {
        const { Redis } = await import("ioredis");
        const admin = new Redis(REDIS_URL);
        const clients = String(await admin.client("LIST"));
        const id = new RegExp(`id=(\\d+) [^\\n]*name=toasoan-bus-b-${run} `).exec(clients)?.[1];
        expect(id).toBeDefined();
        await admin.client("KILL", "ID", id!);
        admin.disconnect();
      });
    } finally {
      await a.bus.close();
      await b.bus.close();
    }
  });
});
