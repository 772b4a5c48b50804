// The client's address on a real HTTP server: the socket's, whatever the client claims, unless the
// socket is a proxy TRUSTED_PROXIES names.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, clientAddressHeader } from "@/lib/auth/request";
import { clientAddressResolver } from "./client-address";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Starts a server that answers with the address the app would see, and asks it once. */
async function seenAddress(trusted: string[], headers: Record<string, string>): Promise<string> {
  const resolve = clientAddressResolver(trusted);
  server = http.createServer((request, response) => {
    resolve(request);
    response.end(`${clientAddress(new Headers(request.headers as Record<string, string>))} ${String(request.headers["x-forwarded-host"] ?? "-")}`);
  });
  await new Promise<void>((ready) => server!.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return response.text();
}

describe("the client's address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-* or our own header claim (and the forwarded host is dropped)", async () => {
    expect(
      await seenAddress([], {
        "x-forwarded-for": "203.0.113.9",
        "x-real-ip": "198.51.100.7",
        "x-forwarded-host": "evil.example",
        [clientAddressHeader]: "10.1.1.1",
      }),
    ).toBe("127.0.0.1 -");
  });

  it("believes a trusted proxy's X-Forwarded-For, from the end, past every trusted hop", async () => {
    expect(await seenAddress(["loopback"], { "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "baolangson.vn" })).toBe("203.0.113.9 baolangson.vn");
    // The client wrote the first entry itself; the proxy appended what it saw.
    expect(await seenAddress(["loopback", "10.0.0.0/8"], { "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" })).toBe("198.51.100.7 -");
  });

  it("is unknown where no server set it (a request that bypassed the production server)", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("unknown");
  });
});
