import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("are hashed with argon2id and verified", async () => {
    const hashed = await hashPassword("mật khẩu dài");
    expect(hashed.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hashed, "mật khẩu dài")).toBe(true);
    expect(await verifyPassword(hashed, "mat khau dai")).toBe(false);
  });
  it("never verify without a stored hash", async () => {
    expect(await verifyPassword(null, "not-a-real-password")).toBe(false);
    expect(await verifyPassword("garbage", "x")).toBe(false);
  });
});
