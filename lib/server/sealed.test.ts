// Sealing at rest: a round trip per purpose, a fresh nonce each time, a changed byte or another
// purpose refused, and two-factor secrets sealed before the extraction still opening and signing in.
import crypto from "node:crypto";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { twoFactor } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { checkSecondFactor } from "@/lib/auth/two-factor";
import { authSecret } from "@/lib/env";
import { open, seal } from "./sealed";

// lib/auth/two-factor.ts's own seal and open as they were before lib/server/sealed.ts existed.
const oldKey = () => Buffer.from(crypto.hkdfSync("sha256", authSecret(), "", "toa-soan:two-factor", 32));
function oldSeal(secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", oldKey(), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}
function oldOpen(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = crypto.createDecipheriv("aes-256-gcm", oldKey(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
}

describe("sealed values", () => {
  const details = JSON.stringify({ identityNumber: "001099012345", bank: "Vietcombank – Lạng Sơn", accountNumber: "0123456789" });

  it("open what they sealed, with nothing of the text readable, and a fresh nonce each time", () => {
    const a = seal(details, "payee-details");
    const b = seal(details, "payee-details");
    expect(a).not.toBe(b);
    expect(a).not.toContain("001099012345");
    expect(Buffer.from(a.split(".")[2]!, "base64url").toString("utf8")).not.toContain("0123456789");
    expect(open(a, "payee-details")).toBe(details);
    expect(open(b, "payee-details")).toBe(details);
  });

  it("refuse a changed byte, another purpose's key, and what is not a sealed value", () => {
    const sealed = seal(details, "payee-details");
    const [iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => open([iv, tag, flipped.toString("base64url")].join("."), "payee-details")).toThrow();
    expect(() => open(sealed, "two-factor")).toThrow();
    expect(() => open("plain text", "payee-details")).toThrow();
  });

  it("keep two-factor's key: secrets sealed before open now, and the other way round", () => {
    expect(open(oldSeal("JBSWY3DPEHPK3PXP"), "two-factor")).toBe("JBSWY3DPEHPK3PXP");
    expect(oldOpen(seal("JBSWY3DPEHPK3PXP", "two-factor"))).toBe("JBSWY3DPEHPK3PXP");
  });
});

describe("two-factor with a secret sealed before the extraction", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => handle?.close());

  it("still accepts the app's code at sign-in", async () => {
    const person = await makePerson(handle.db, "chief_editor");
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    await handle.db.insert(twoFactor).values({ userId: person.id, secret: oldSeal(secret), enabledAt: new Date() });
    const code = await generate({ secret });
    expect(await checkSecondFactor(handle.db, person.id, code, "203.0.113.5")).toBe("totp");
    expect(await checkSecondFactor(handle.db, person.id, "000000", "203.0.113.5")).toBeNull();
  });
});
