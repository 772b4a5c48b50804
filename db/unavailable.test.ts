import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection (nothing listens on port 1), as drizzle wraps it", async () => {
    const client = postgres("postgres://postgres@127.0.0.1:1/postgres", { max: 1, onnotice: () => {} });
    const error = await client`select 1`.catch((e: unknown) => e);
    await client.end({ timeout: 1 });
    expect(isDatabaseUnavailable(new Error("Failed query: select 1", { cause: error }))).toBe(true);
  });

  it("recognises a server shutting down or starting up, and a connection closed under a query", () => {
    for (const code of ["57P01", "57P03", "08006", "CONNECTION_CLOSED"]) expect(isDatabaseUnavailable(Object.assign(new Error(code), { code }))).toBe(true);
  });

  it("leaves other errors alone: a constraint, a syntax error, a plain bug", () => {
    for (const code of ["23505", "42601", undefined]) expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});
