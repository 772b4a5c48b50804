// Values kept sealed at rest: AES-256-GCM with a fresh 12-byte nonce per value, under a key derived
// from AUTH_SECRET (HKDF-SHA-256) for one purpose, so a value sealed for one use never opens as
// another. The sealed text is "nonce.tag.ciphertext" in base64url; a changed byte or a wrong key
// fails to open (GCM authenticates) instead of returning garbage. Two-factor secrets and payees'
// payment details are sealed here; the purpose string is part of the key, never change one.
import crypto from "node:crypto";
import { authSecret } from "@/lib/env";

/** What a sealed value is for; each names its own key ("toa-soan:<purpose>"). */
export const sealPurposes = ["two-factor", "payee-details"] as const;
export type SealPurpose = (typeof sealPurposes)[number];

const keys = new Map<string, Buffer>();

function keyFor(purpose: SealPurpose): Buffer {
  const secret = authSecret();
  // Keyed by the secret too: a test or a restart with another AUTH_SECRET derives afresh.
  const id = `${purpose}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync("sha256", secret, "", `toa-soan:${purpose}`, 32));
    keys.set(id, key);
  }
  return key;
}

/** Seals a text for one purpose. */
export function seal(plain: string, purpose: SealPurpose): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** Opens what seal() sealed for the same purpose; throws when it was changed, or sealed with another key. */
export function open(sealed: string, purpose: SealPurpose): string {
  const parts = sealed.split(".");
  if (parts.length !== 3) throw new Error("not a sealed value");
  const [iv, tag, body] = parts.map((part) => Buffer.from(part, "base64url"));
  const decipher = crypto.createDecipheriv("aes-256-gcm", keyFor(purpose), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
}
