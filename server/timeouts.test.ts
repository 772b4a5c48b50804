// A client that sends its headers a byte at a time is cut off; an honest one is answered.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serverTimeouts } from "./timeouts";

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = http.createServer({ ...serverTimeouts, headersTimeout: 1_000, requestTimeout: 2_000 }, (_request, response) => response.end("ok"));
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

it("answers an honest client", async () => {
  expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("ok");
});

it("closes a connection whose headers never finish (slowloris)", async () => {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise((ready) => socket.once("connect", ready));
  socket.write("GET / HTTP/1.1\r\nHost: x\r\n");
  const drip = setInterval(() => socket.writable && socket.write("X-a: b\r\n"), 200);
  const answer = await new Promise<string>((resolve) => {
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    socket.on("close", () => resolve(text));
  });
  clearInterval(drip);
  // Node answers 408 Request Timeout and closes: the slow client holds nothing.
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
}, 15_000);
