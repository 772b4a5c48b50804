import { describe, expect, it } from "vitest";
import { overLimit, rateLimits } from "./rate-limits";

describe("limits per address", () => {
  it("let an address make its allowance, refuse the next with a wait, and leave other addresses alone", async () => {
    for (let i = 0; i < rateLimits.passwordLink.points; i++) expect(await overLimit("passwordLink", "203.0.113.1")).toBeNull();
    const wait = await overLimit("passwordLink", "203.0.113.1");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(rateLimits.passwordLink.duration);
    expect(await overLimit("passwordLink", "203.0.113.2")).toBeNull();
    expect(await overLimit("search", "203.0.113.1")).toBeNull();
  });

  it("never limit the machine itself (a proxy on it, the benchmark)", async () => {
    for (let i = 0; i < rateLimits.passwordLink.points + 5; i++) expect(await overLimit("passwordLink", "127.0.0.1")).toBeNull();
  });

  it("hold under a burst: of many requests at once, exactly the allowance passes", async () => {
    const answers = await Promise.all(Array.from({ length: rateLimits.search.points + 30 }, () => overLimit("search", "198.51.100.9")));
    expect(answers.filter((wait) => wait === null)).toHaveLength(rateLimits.search.points);
  });
});
