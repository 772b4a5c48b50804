// How long a client may take. A connection that dribbles its headers (slowloris) or its body holds
// a socket and memory; these bound both, and an idle socket is closed.
import type http from "node:http";

export const serverTimeouts = {
  /** The whole request line and headers. */
  headersTimeout: 15_000,
  /** The whole request, body included: a 20 MB photo over a slow mobile link fits in three minutes. */
  requestTimeout: 180_000,
  /** An idle keep-alive connection between requests. */
  keepAliveTimeout: 5_000,
  /** How often Node checks the two bounds above (its default, 30 s, would let a slow client linger). */
  connectionsCheckingInterval: 2_000,
} satisfies http.ServerOptions;

/** A socket with no traffic at all for this long is closed, whatever state the request is in. */
export const socketIdleMs = 60_000;
