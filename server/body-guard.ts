// Every request body bounded while it streams, before Next reads a byte of it: a declared
// Content-Length over the bound is refused at once, and a body sent without one (chunked) is
// counted chunk by chunk as the socket delivers it and refused the moment it passes the bound.
// The bounds are lib/http/body-limits.ts.
import type http from "node:http";
import { bodyLimitFor } from "@/lib/http/body-limits";

/** How long a refused client may go on sending (dropped unread) before its connection is cut. */
const lingerMs = 10_000;

function answer413(request: http.IncomingMessage, response: http.ServerResponse, message: string): void {
  // Whatever Next does next with this request lands on an answered response: let it.
  response.on("error", () => undefined);
  if (!response.headersSent) {
    const body = JSON.stringify({ error: message });
    response.writeHead(413, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), "cache-control": "no-store" });
    response.end(body);
  }
  setTimeout(() => request.socket.destroy(), lingerMs).unref();
}

/** Bounds this request's body; false when it was refused (413) and must not reach Next. */
export function guardBody(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const { bytes: limit, message } = bodyLimitFor(request.method, request.url ?? "/", request.headers["next-action"] !== undefined);
  let received = 0;
  let refused = Number(request.headers["content-length"]) > limit;
  if (refused) answer413(request, response, message);
  // The HTTP parser hands each chunk of the body to push(): counting there sees every byte before
  // any reader does, whenever the reader starts.
  const push = request.push.bind(request);
  request.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (!refused && chunk !== null && chunk !== undefined) {
      received += (chunk as Buffer).length;
      if (received > limit) {
        refused = true;
        answer413(request, response, message);
      }
    }
    if (!refused) return push(chunk, encoding);
    // Refused: the rest is read off the wire and dropped, never buffered (closing with bytes
    // unread would reset the connection before the client reads the 413). The body never ends
    // for Next, whose reader fails when the connection closes, once the client stops sending.
    if (chunk === null) request.socket.destroy();
    return true;
  };
  return !refused;
}
