// What one instance forgets, every instance forgets. Each server process keeps caches in memory
// (reading pages, search answers, Next's own ISR and data caches, the taken-down list), so a
// change made through one instance is announced to the others over what they already share:
// PostgreSQL's LISTEN/NOTIFY on DATABASE_URL, or Redis pub/sub when REDIS_URL is set. The
// announcing instance has already forgotten (lib/cache/refresh.ts); the others apply the same
// forget in their own process (through their loopback route: Next refreshes only inside a
// request), in the order announced. An instance whose subscription was cut may have missed
// messages, so on reconnecting it forgets everything. The embedded database is one process: no bus.
import crypto from "node:crypto";
import { isWalPosition } from "@/db/replicas";
import { env } from "@/lib/env";
import { processState } from "@/lib/server/process-state";

/** What readers may now see differently (the three refreshes of lib/cache/refresh.ts). */
export type Forget = { kind: "site" } | { kind: "home" } | { kind: "stories"; paths: string[]; tags: string[] };

export type BusMessage = {
  /** The announcing process, which ignores its own messages. */
  from: string;
  forget?: Forget;
  /** A publication event was recorded: every worker looks again at what is due when. */
  wake?: true;
  /** The primary's WAL position after the change: a replica must reach it before a re-render. */
  position?: string | null;
};

export type BusHandlers = {
  onMessage: (message: BusMessage) => Promise<void>;
  /** The subscription came back after a cut: messages may have been missed. */
  onReconnect: () => Promise<void>;
};

type Transport = {
  publish(payload: string): Promise<void>;
  close(): Promise<void>;
};

export const BUS_CHANNEL = "toasoan_forget";
// NOTIFY refuses payloads of 8,000 bytes or more; a longer forget becomes "forget everything".
const MAX_PAYLOAD = 7_500;

type ProcessBus = { instance: string; bus?: Bus; position?: () => Promise<string | null> };
const state = () => processState<ProcessBus>("cache-bus", () => ({ instance: crypto.randomUUID() }));

/** The message as sent: a forget too long for the transport becomes a forget of everything. */
export function encode(message: BusMessage): string {
  const payload = JSON.stringify(message);
  if (payload.length <= MAX_PAYLOAD) return payload;
  return JSON.stringify({ ...message, forget: { kind: "site" } } satisfies BusMessage);
}

const forgetSchema = (value: unknown): value is Forget => {
  if (!value || typeof value !== "object") return false;
  const forget = value as Record<string, unknown>;
  if (forget.kind === "site" || forget.kind === "home") return true;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === "string");
  return forget.kind === "stories" && strings(forget.paths) && strings(forget.tags);
};

/** A message from the wire, or null when it is not one of ours. */
export function decode(payload: string): BusMessage | null {
  try {
    const message = JSON.parse(payload) as Partial<BusMessage>;
    if (typeof message.from !== "string") return null;
    if (message.forget !== undefined && !forgetSchema(message.forget)) return null;
    if (message.position !== undefined && message.position !== null && !isWalPosition(message.position)) return null;
    return { from: message.from, forget: message.forget, wake: message.wake === true ? true : undefined, position: message.position };
  } catch {
    return null;
  }
}

/** One instance's connection to the others. */
export type Bus = {
  /** Sends to every other instance subscribed on the same database or Redis. */
  send(message: Omit<BusMessage, "from">): Promise<void>;
  close(): Promise<void>;
};

export type BusOptions = BusHandlers & {
  /** This process's name on the bus: its own messages come back and are ignored. */
  instance: string;
  databaseUrl: string;
  redisUrl?: string;
  /** BUS_CHANNEL unless a test wants a channel of its own. */
  channel?: string;
};

/** Connects to the other instances: Redis pub/sub when redisUrl is given, else LISTEN/NOTIFY. */
export async function openBus({ instance, databaseUrl, redisUrl, channel = BUS_CHANNEL, onMessage, onReconnect }: BusOptions): Promise<Bus> {
  // In arrival order, one at a time: a later forget never lands before an earlier one.
  let queue = Promise.resolve();
  const enqueue = (work: () => Promise<void>, failure: string) => {
    queue = queue.then(work).catch((error: unknown) => console.error(failure, error));
  };
  const receive = (payload: string) => {
    const message = decode(payload);
    if (message && message.from !== instance) enqueue(() => onMessage(message), "Tòa soạn: lỗi khi làm theo thông báo của máy chủ khác");
  };
  const reconnected = () => enqueue(onReconnect, "Tòa soạn: lỗi khi làm mới sau khi nối lại");
  const transport = redisUrl
    ? await redisTransport(redisUrl, channel, instance, receive, reconnected)
    : await postgresTransport(databaseUrl, channel, instance, receive, reconnected);
  return {
    send: (message) => transport.publish(encode({ ...message, from: instance })),
    close: () => transport.close(),
  };
}

/**
 * Tells the other instances. Never throws into an action that has already committed its change
 * and refreshed this instance: a failure is logged and the others catch up at their next sweep
 * (the worker's, each minute) or when their cache entries expire. The worker asks for `strict`
 * to retry its event instead.
 */
export async function announce(message: Omit<BusMessage, "from" | "position">, options: { strict?: boolean } = {}): Promise<void> {
  const { bus, position } = state();
  if (!bus) return;
  try {
    await bus.send({ ...message, position: message.forget && position ? await position() : null });
  } catch (error) {
    if (options.strict) throw error;
    console.error("Tòa soạn: không báo được cho các máy chủ khác", error);
  }
}

/**
 * Subscribes this server process, when it runs on a database server (the embedded database is
 * one process). `position` reads the primary's WAL position, sent with each forget so that a
 * receiver reading from replicas can wait for them to reach it.
 */
export async function startBus(handlers: BusHandlers, options: { position?: () => Promise<string | null> } = {}): Promise<void> {
  const here = state();
  const { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } = env();
  if (here.bus || !databaseUrl) return;
  here.position = options.position;
  here.bus = await openBus({ ...handlers, instance: here.instance, databaseUrl, redisUrl });
}

async function postgresTransport(
  url: string,
  channel: string,
  instance: string,
  receive: (payload: string) => void,
  reconnected: () => void,
): Promise<Transport> {
  const { default: postgres } = await import("postgres");
  // Connections of its own: LISTEN holds one, and NOTIFY should not wait behind readers' queries.
  // Named, so an operator (or a test) can tell the instances apart in pg_stat_activity.
  const client = postgres(url, {
    max: 2,
    onnotice: () => {},
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    connection: { application_name: `toasoan-bus-${instance}`.slice(0, 63) },
  });
  let connections = 0;
  // postgres.js listens again by itself after a cut and calls this each time it does.
  await client.listen(channel, receive, () => {
    connections += 1;
    if (connections > 1) reconnected();
  });
  return {
    publish: async (payload) => void (await client.notify(channel, payload)),
    close: () => client.end({ timeout: 2 }),
  };
}

async function redisTransport(url: string, channel: string, instance: string, receive: (payload: string) => void, reconnected: () => void): Promise<Transport> {
  const { Redis } = await import("ioredis");
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  // Named, so an operator (or a test) can tell the instances' subscriptions apart in CLIENT LIST.
  const subscriber = new Redis(url, { lazyConnect: true, connectionName: `toasoan-bus-${instance}` });
  let readies = 0;
  // ioredis subscribes again by itself after a cut; "ready" follows each (re)connection.
  subscriber.on("ready", () => {
    readies += 1;
    if (readies > 1) reconnected();
  });
  subscriber.on("message", (_channel: string, payload: string) => receive(payload));
  subscriber.on("error", (error: Error) => console.error("Tòa soạn: Redis (bus):", error.message));
  publisher.on("error", (error: Error) => console.error("Tòa soạn: Redis (bus):", error.message));
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel);
  return {
    publish: async (payload) => void (await publisher.publish(channel, payload)),
    close: async () => {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
