import { describe, expect, it } from "vitest";
import { clientAddress } from "./request";

describe("client address for the rate limiter", () => {
  it("takes the hop the nearest proxy saw, not what the client claims", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
  });
  it("falls back when there is no forwarded header", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
