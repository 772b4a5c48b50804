// Environment, validated once. Every variable is described in .env.example.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import "@/lib/validation";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải là một URL postgres://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET phải dài ít nhất 32 ký tự").optional(),
  DATA_DIR: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Cấu hình môi trường không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Where the embedded database, media and generated secrets live. */
export function dataDir(): string {
  return env().DATA_DIR ?? path.join(process.cwd(), ".data");
}

/**
 * The secret that signs session tokens. In the embedded demo one is generated on first start and
 * kept under .data/ so sessions survive restarts; with a database server it must be given.
 */
export function authSecret(): string {
  const given = env().AUTH_SECRET;
  if (given) return given;
  if (env().DATABASE_URL && env().NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required when DATABASE_URL is set (e.g. `openssl rand -base64 33`).");
  }
  const file = path.join(dataDir(), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(33).toString("base64");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another worker wrote it first
    }
  }
}
