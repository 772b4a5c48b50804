// Environment, validated once. Every variable is described in .env.example.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import proxyAddr from "proxy-addr";
import { z } from "zod";

// An empty variable counts as unset (the way .env.example lists them).
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
/** A comma-separated list, each entry trimmed, empty ones dropped. */
const commaList = () =>
  z.string().transform((list) =>
    list
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
const origin = (name: string) =>
  optional(z.url({ protocol: /^https?$/, error: `${name} phải là một địa chỉ http:// hoặc https://` }).transform((u) => u.replace(/\/+$/, "")));

/** Where a test may make the server kill itself (faultPoint below, TOASOAN_FAULT). */
export const faults = ["kill-after-publish-commit", "kill-during-scheduled-publication"] as const;
export type Fault = (typeof faults)[number];
const faultPattern = new RegExp(`^(${faults.join("|")})(:in-production)?$`);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải là một URL postgres://")),
    // Several instances on one database (README: "Running several instances"). Redis pub/sub
    // carries their cache forgets instead of PostgreSQL's LISTEN/NOTIFY when set.
    REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, "REDIS_URL phải là một URL redis:// hoặc rediss://")),
    // Server processes that `npm start` runs on a database server, on PORT, PORT+1, …; the
    // embedded database always has one. Default: the machine's cores.
    WEB_CONCURRENCY: optional(z.coerce.number().int().min(1, "WEB_CONCURRENCY phải từ 1 trở lên").max(64)),
    // Read by next.config.ts at build time: instances built on several machines must agree.
    TOASOAN_BUILD_ID: optional(
      z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "TOASOAN_BUILD_ID chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 64 ký tự)"),
    ),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optional(
      z.string().refine((key) => /^[A-Za-z0-9+/]+={0,2}$/.test(key) && [16, 24, 32].includes(Buffer.from(key, "base64").length), {
        message: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY phải là 16, 24 hoặc 32 byte mã hóa base64 (openssl rand -base64 32)",
      }),
    ),
    DATABASE_POOL_SIZE: optional(z.coerce.number().int().min(1).max(500)).default(10),
    // Streaming replicas of DATABASE_URL for the readers' pages, search and feeds (db/replicas.ts):
    // postgres:// URLs, comma-separated. Each gets a pool of DATABASE_POOL_SIZE.
    DATABASE_REPLICA_URL: optional(
      commaList().refine((urls) => urls.every((url) => /^postgres(ql)?:\/\/[^\s]+$/.test(url)), {
        message: "DATABASE_REPLICA_URL phải là một hoặc nhiều URL postgres://, cách nhau bởi dấu phẩy",
      }),
    ).default([]),
    AUTH_SECRET: optional(z.string().min(32, "AUTH_SECRET phải dài ít nhất 32 ký tự")),
    DATA_DIR: optional(z.string()),
    PGLITE_DIR: optional(z.string()),
    PORT: optional(z.coerce.number().int().min(1).max(65535)).default(3000),
    HOSTNAME: optional(z.string()).default("0.0.0.0"),
    SMTP_URL: optional(
      z
        .string()
        .trim()
        .regex(/^smtps?:\/\//, "SMTP_URL phải là một URL smtp:// hoặc smtps://"),
    ),
    SMTP_FROM: optional(z.string().trim()).default("Tòa soạn <no-reply@localhost>"),
    SITE_URL: origin("SITE_URL"),
    INTERNAL_ORIGIN: origin("INTERNAL_ORIGIN"),
    // The proxies whose X-Forwarded-For may be believed: addresses or CIDR ranges, comma-separated
    // ("127.0.0.1, 10.0.0.0/8"), or proxy-addr's names "loopback", "linklocal", "uniquelocal".
    TRUSTED_PROXIES: optional(
      commaList().refine(
        (entries) => {
          try {
            proxyAddr.compile(entries);
            return true;
          } catch {
            return false;
          }
        },
        { message: "TRUSTED_PROXIES phải là các địa chỉ IP hoặc dải CIDR, cách nhau bởi dấu phẩy" },
      ),
    ).default([]),
    // Where uploaded photos are kept (lib/media/storage.ts): "local" is DATA_DIR/media, "s3" an
    // S3-compatible bucket shared by every instance (lib/media/s3-storage.ts).
    MEDIA_STORAGE: optional(z.enum(["local", "s3"], { error: "MEDIA_STORAGE phải là local hoặc s3" })).default("local"),
    MEDIA_S3_ENDPOINT: origin("MEDIA_S3_ENDPOINT"),
    MEDIA_S3_REGION: optional(z.string().trim()),
    MEDIA_S3_BUCKET: optional(z.string().trim()),
    MEDIA_S3_ACCESS_KEY_ID: optional(z.string().trim()),
    MEDIA_S3_SECRET_ACCESS_KEY: optional(z.string()),
    MEDIA_S3_FORCE_PATH_STYLE: optional(
      z.enum(["true", "false", "1", "0"], { error: "MEDIA_S3_FORCE_PATH_STYLE phải là true hoặc false" }).transform((v) => v === "true" || v === "1"),
    ),
    // Where readers' pages and feeds link the photos (a CDN or the bucket's public address); unset,
    // the app serves them at /media/<key>. A path is allowed: https://cdn.baolangson.vn/media.
    MEDIA_PUBLIC_URL: origin("MEDIA_PUBLIC_URL"),
    // The nginx fronts that cache reading pages (deploy/nginx), by the base URL of their purge
    // listener, comma-separated: lib/cache/front-purge.ts tells each what to forget.
    FRONT_PURGE_URL: optional(
      commaList()
        .transform((entries) => entries.map((entry) => entry.replace(/\/+$/, "")))
        .refine((entries) => entries.every((entry) => /^https?:\/\/[^/?#\s]+$/.test(entry)), {
          message: "FRONT_PURGE_URL phải là các địa chỉ http:// (chỉ máy và cổng, không đường dẫn), cách nhau bởi dấu phẩy",
        }),
    ).default([]),
    // Set by the supervisor (server/supervisor.ts) for the server it starts, reported on /api/health.
    TOASOAN_RESTARTS: optional(z.coerce.number().int().min(0)).default(0),
    TOASOAN_LAST_EXIT: optional(z.string()),
    // Opens the end-to-end suite's data factory (app/api/test/factory), for requests carrying it.
    // playwright.config.ts makes a random one per run; nothing else should ever set it.
    E2E_FACTORY_TOKEN: optional(z.string().min(32, "E2E_FACTORY_TOKEN phải dài ít nhất 32 ký tự")),
    // Tests only (faults/): the server SIGKILLs itself at this point, in its first run under the
    // supervisor, to show that a crash there loses nothing. Refused under NODE_ENV=production (which
    // `npm start` always sets) unless spelled with the suffix ":in-production", as the tests do.
    TOASOAN_FAULT: optional(z.string().regex(faultPattern, `TOASOAN_FAULT phải là một trong: ${faults.join(", ")}`)),
  })
  .superRefine((e, context) => {
    if (e.MEDIA_STORAGE !== "s3") return;
    for (const name of ["MEDIA_S3_BUCKET", "MEDIA_S3_REGION", "MEDIA_S3_ACCESS_KEY_ID", "MEDIA_S3_SECRET_ACCESS_KEY"] as const) {
      if (!e[name]) context.addIssue({ code: "custom", path: [name], message: `${name} là bắt buộc khi MEDIA_STORAGE=s3` });
    }
  })
  .superRefine((e, context) => {
    // A replica copies a PostgreSQL server; the embedded database has none, so the setting would
    // silently do nothing: refuse to start rather than let someone believe readers are spread.
    if (e.DATABASE_REPLICA_URL.length && !e.DATABASE_URL)
      context.addIssue({
        code: "custom",
        path: ["DATABASE_REPLICA_URL"],
        message: "DATABASE_REPLICA_URL chỉ dùng được cùng DATABASE_URL (bản sao của một máy chủ PostgreSQL); hãy đặt DATABASE_URL hoặc bỏ DATABASE_REPLICA_URL",
      });
  })
  // The factory writes people with known passwords and stories in any state, bypassing every
  // policy: it must never run where real people work. So the token refuses to boot beside a
  // real deployment's signs: a public address (SITE_URL), or a database server (DATABASE_URL;
  // the e2e server always runs on its own embedded PGlite in a temporary folder).
  .superRefine((e, context) => {
    if (!e.E2E_FACTORY_TOKEN) return;
    for (const name of ["SITE_URL", "DATABASE_URL"] as const) {
      if (e[name])
        context.addIssue({
          code: "custom",
          path: ["E2E_FACTORY_TOKEN"],
          message: `E2E_FACTORY_TOKEN chỉ dùng cho bộ kiểm thử e2e, không được đặt cùng ${name}`,
        });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Cấu hình môi trường không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    if (parsed.data.NODE_ENV === "production" && parsed.data.TOASOAN_FAULT && !parsed.data.TOASOAN_FAULT.endsWith(":in-production")) {
      throw new Error("Cấu hình môi trường không hợp lệ: TOASOAN_FAULT chỉ dành cho kiểm thử; ở chế độ production phải viết kèm “:in-production”.");
    }
    cached = parsed.data;
  }
  return cached;
}

/** Reads the environment anew (tests and scripts that change it). */
export function resetEnv(): void {
  cached = undefined;
}

/** A fault test's crash point: SIGKILL here when TOASOAN_FAULT names it, in the supervisor's first run only. */
export function faultPoint(point: Fault): void {
  const { TOASOAN_FAULT: fault, TOASOAN_RESTARTS: restarts } = env();
  if (fault?.replace(/:in-production$/, "") === point && restarts === 0) process.kill(process.pid, "SIGKILL");
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
