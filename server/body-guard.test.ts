// The body guard on a real HTTP server: what the application reads of a refused body never
// passes the bound, the client reads the 413, and bodies within bounds arrive whole.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimits } from "@/lib/http/body-limits";
import { BodyTooLargeError, readBoundedBody } from "@/lib/http/bounded-body";
import { guardBody } from "./body-guard";

let server: http.Server;
let port: number;
let mostReadByApp = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (!guardBody(request, response)) return;
    let read = 0;
    request.on("data", (chunk: Buffer) => {
      read += chunk.length;
      mostReadByApp = Math.max(mostReadByApp, read);
    });
    request.on("end", () => response.end(String(read)));
    request.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

function post(bytes: number, chunked: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(bytes) };
    let answered = false;
    const request = http.request({ host: "127.0.0.1", port, path: "/dang-nhap", method: "POST", headers }, (response) => {
      answered = true;
      let body = "";
      response.on("data", (c: Buffer) => (body += c.toString()));
      response.on("end", () => resolve({ status: response.statusCode!, body }));
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < bytes && !answered) {
        const piece = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
        sent += piece.length;
        if (!request.write(piece)) return void request.once("drain", pump);
      }
      request.end();
    };
    pump();
  });
}

describe("the body guard", () => {
  it("lets a body within the bound through whole", async () => {
    expect(await post(512 * 1024, true)).toEqual({ status: 200, body: String(512 * 1024) });
  });

  it("refuses a chunked body at the bound: the application never reads past it", async () => {
    mostReadByApp = 0;
    const answer = await post(8 * bodyLimits.other, true);
    expect(answer.status).toBe(413);
    expect((JSON.parse(answer.body) as { error: string }).error).toBe("Dữ liệu gửi lên quá lớn (tối đa 1 MB).");
    expect(mostReadByApp).toBeLessThanOrEqual(bodyLimits.other);
  });

  it("refuses a declared length over the bound before the application sees the request", async () => {
    mostReadByApp = 0;
    expect((await post(2 * bodyLimits.other, false)).status).toBe(413);
    expect(mostReadByApp).toBe(0);
  });
});

describe("readBoundedBody", () => {
  const streamOf = (bytes: number) =>
    new Request("http://localhost/", {
      method: "POST",
      body: new ReadableStream({
        start(controller) {
          for (let sent = 0; sent < bytes; sent += 1024) controller.enqueue(new Uint8Array(1024));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);

  it("reads a body within the bound and refuses one past it, without Content-Length", async () => {
    expect((await readBoundedBody(streamOf(4096), 4096)).byteLength).toBe(4096);
    await expect(readBoundedBody(streamOf(8192), 4096)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});
