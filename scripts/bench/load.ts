// One autocannon run per route: a short warm-up, then `duration` seconds with `connections`
// keep-alive connections, paths rotated by setupRequest where a route has several.
import autocannon, { type Result } from "autocannon";

export type RouteFigures = {
  route: string;
  paths: number;
  requestsPerSecond: number;
  latencyMs: { average: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};

export async function drive(
  origin: string,
  route: string,
  paths: readonly string[],
  { connections, duration, warmup }: { connections: number; duration: number; warmup: number },
): Promise<RouteFigures> {
  const run = (seconds: number) =>
    autocannon({
      url: origin,
      connections,
      duration: seconds,
      timeout: 30,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)]! }) }],
    });
  if (warmup > 0) await run(warmup);
  const result: Result = await run(duration);
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    route,
    paths: paths.length,
    requestsPerSecond: r(result.requests.average),
    latencyMs: {
      average: r(result.latency.average),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count])),
  };
}

/** Requests every path once (a few at a time), so caches hold them before the measured run. */
export async function prewarm(origin: string, paths: readonly string[], concurrency = 8): Promise<{ ms: number; statuses: Record<number, number> }> {
  const started = Date.now();
  const statuses: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      try {
        const response = await fetch(`${origin}${path}`, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      } catch {
        statuses[0] = (statuses[0] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ms: Date.now() - started, statuses };
}
