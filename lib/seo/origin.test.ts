// The one rule for the paper's public address.
import { describe, expect, it } from "vitest";
import { originForPage, originForRequest, publicOrigin, requestOrigin } from "./origin";

const request = (headers: Record<string, string>) => ({ url: "http://localhost:3000/rss.xml", headers: new Headers(headers) });

describe("the paper's public address", () => {
  it("is SITE_URL, then a real domain setting, else unknown without a request", () => {
    expect(publicOrigin("baobiencuong.vn", "https://staging.bao.vn/x")).toBe("https://staging.bao.vn");
    expect(publicOrigin("baobiencuong.vn", undefined)).toBe("https://baobiencuong.vn");
    expect(publicOrigin("localhost", undefined)).toBeNull();
    expect(publicOrigin("127.0.0.1:3000", "not a url")).toBeNull();
    expect(publicOrigin("", "ftp://bao.vn")).toBeNull();
  });

  it("falls back to the request's origin for feeds, and to the local domain over http for a cached page", () => {
    expect(originForRequest("localhost", request({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(originForRequest("Bao.VN", request({ host: "127.0.0.1:3000" }))).toBe("https://bao.vn");
    expect(originForPage("localhost:3000")).toBe("http://localhost:3000");
    // No public address: the address this server listens on, port included.
    expect(originForPage("localhost", { port: 4123, hostname: "0.0.0.0" })).toBe("http://localhost:4123");
    expect(originForPage("localhost", { port: 4123, hostname: "127.0.0.1" })).toBe("http://127.0.0.1:4123");
    expect(originForPage("", { port: 80, hostname: "::" })).toBe("http://localhost:80");
    expect(originForPage("baobiencuong.vn")).toBe("https://baobiencuong.vn");
  });

  it("takes the request's origin from its Host or X-Forwarded-* headers, ignoring junk", () => {
    expect(requestOrigin(request({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(requestOrigin(request({ host: "127.0.0.1:3000", "x-forwarded-host": "Bao.VN", "x-forwarded-proto": "https" }))).toBe("https://bao.vn");
    expect(requestOrigin(request({ host: "evil.vn/<x>" }))).toBe("http://localhost:3000");
    expect(requestOrigin(request({}))).toBe("http://localhost:3000");
  });
});
