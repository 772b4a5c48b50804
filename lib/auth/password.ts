import { hash, verify } from "@node-rs/argon2";

// The library's default is argon2id (19 MiB, 2 passes): about 13 ms here. Its Algorithm enum is a
// const enum that isolated modules cannot read, so the default is relied on (checked in a test).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Checked even for unknown accounts so that timing does not reveal which e-mails exist.
const unknownAccountHash = hash("not-a-real-password");

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    if (passwordHash === null) {
      await verify(await unknownAccountHash, password);
      return false;
    }
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
