// Renders deploy/nginx/toasoan.conf and toasoan-site.conf for one set-up: the instances' addresses,
// the listeners, the cache folder, who may purge, and the body bounds of lib/http/body-limits.ts
// (so nginx and the app never disagree on how large a request may be). Used by the README's
// set-up, the test (deploy/nginx/nginx.test.ts) and the bench (scripts/bench), never edited by hand:
//
//   npx tsx deploy/nginx/render.ts --upstream 10.0.0.11:3000 --upstream 10.0.0.12:3000 \
//     --server-name baotinh.vn --listen 80 --purge-listen 10.0.0.10:8081 --purge-allow 10.0.0.0/24 \
//     [--tls-cert /etc/letsencrypt/live/baotinh.vn/fullchain.pem --tls-key …/privkey.pem]
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { bodyLimitFor, bodyLimits } from "@/lib/http/body-limits";

export type FrontConfig = {
  /** The instances, host:port each. */
  upstreams: readonly string[];
  /** The public listener: a port or address:port (with TLS, the plain one that redirects). */
  listen: string;
  serverName: string;
  /** Where nginx keeps cached pages and assets (pages/ and assets/ beneath). */
  cacheDir: string;
  /** The purge listener, for FRONT_PURGE_URL: keep it private. */
  purgeListen: string;
  /** Addresses or CIDR ranges allowed to purge (the instances). */
  purgeAllow: readonly string[];
  /** Absolute path at which the rendered toasoan-site.conf is installed. */
  siteConf: string;
  /** How long a reading page is fresh here before it is refreshed in the background. */
  pageLifetime?: string;
  tls?: { listen: string; cert: string; key: string };
};

// Read from the project's folder: every caller runs from there (npm scripts, vitest, npx tsx).
const templates = path.join(process.cwd(), "deploy", "nginx");
// A value put into the config must not end a directive or open a block of its own.
const safe = (name: string, value: string) => {
  if (!value || /[;{}'"\n\r\\$#]/.test(value)) throw new Error(`${name}: not a value nginx can take as it is (${JSON.stringify(value)})`);
  return value;
};
// The refusal the app would give, as its JSON body; nginx's return takes it in single quotes.
const refusal = (message: string) => {
  const body = JSON.stringify({ error: message });
  if (/['$\\\n]/.test(body)) throw new Error(`a refusal nginx cannot quote: ${body}`);
  return body;
};

function fill(template: string, values: Record<string, string>, sections: Record<string, boolean>): string {
  let text = template;
  for (const [name, on] of Object.entries(sections)) {
    const block = new RegExp(`# \\{\\{#${name}\\}\\}\\n([\\s\\S]*?)# \\{\\{/${name}\\}\\}\\n`, "g");
    text = text.replace(block, (_, inner: string) => (on ? inner : ""));
  }
  text = text.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`nginx template: no value for ${whole}`);
    return value;
  });
  return text;
}

/** The two files' text: toasoan.conf (http context) and toasoan-site.conf (server context). */
export function renderFront(config: FrontConfig): { main: string; site: string } {
  if (config.upstreams.length === 0) throw new Error("at least one --upstream is needed");
  const values: Record<string, string> = {
    UPSTREAM_SERVERS: config.upstreams.map((u) => `    server ${safe("upstream", u)} max_fails=2 fail_timeout=10s;`).join("\n"),
    LISTEN: safe("listen", config.listen),
    SERVER_NAME: safe("server name", config.serverName),
    CACHE_DIR: safe("cache dir", config.cacheDir.replace(/\/+$/, "")),
    PURGE_LISTEN: safe("purge listen", config.purgeListen),
    PURGE_ALLOW: config.purgeAllow.map((a) => `    allow ${safe("purge allow", a)};`).join("\n"),
    SITE_CONF: safe("site conf", config.siteConf),
    PAGE_LIFETIME: safe("page lifetime", config.pageLifetime ?? "1s"),
    MAX_BODY: String(bodyLimits.serverAction),
    MAX_BODY_MESSAGE: refusal(bodyLimitFor("POST", "/", true).message),
    MAX_MEDIA_BODY: String(bodyLimits.mediaUpload),
    MAX_MEDIA_BODY_MESSAGE: refusal(bodyLimitFor("POST", "/api/media", false).message),
    TLS_LISTEN: safe("tls listen", config.tls?.listen ?? "443"),
    TLS_CERT: config.tls ? safe("tls cert", config.tls.cert) : "",
    TLS_KEY: config.tls ? safe("tls key", config.tls.key) : "",
  };
  const sections = { tls: Boolean(config.tls), plain: !config.tls };
  return {
    main: fill(fs.readFileSync(path.join(templates, "toasoan.conf"), "utf8"), values, sections),
    site: fill(fs.readFileSync(path.join(templates, "toasoan-site.conf"), "utf8"), values, sections),
  };
}

function cli() {
  const { values: a } = parseArgs({
    options: {
      upstream: { type: "string", multiple: true, default: [] },
      listen: { type: "string", default: "80" },
      "server-name": { type: "string", default: "_" },
      "cache-dir": { type: "string", default: "/var/cache/nginx/toasoan" },
      "purge-listen": { type: "string", default: "127.0.0.1:8081" },
      "purge-allow": { type: "string", multiple: true, default: ["127.0.0.1", "::1"] },
      "page-lifetime": { type: "string", default: "1s" },
      conf: { type: "string", default: "/etc/nginx/conf.d/toasoan.conf" },
      "site-conf": { type: "string", default: "/etc/nginx/snippets/toasoan-site.conf" },
      "tls-listen": { type: "string", default: "443" },
      "tls-cert": { type: "string" },
      "tls-key": { type: "string" },
    },
  });
  if ((a["tls-cert"] === undefined) !== (a["tls-key"] === undefined)) throw new Error("--tls-cert and --tls-key go together");
  const { main, site } = renderFront({
    upstreams: a.upstream,
    listen: a.listen,
    serverName: a["server-name"],
    cacheDir: a["cache-dir"],
    purgeListen: a["purge-listen"],
    purgeAllow: a["purge-allow"],
    siteConf: path.resolve(a["site-conf"]),
    pageLifetime: a["page-lifetime"],
    tls: a["tls-cert"] && a["tls-key"] ? { listen: a["tls-listen"], cert: a["tls-cert"], key: a["tls-key"] } : undefined,
  });
  // nginx makes the cache's last folders itself (owned by its workers), not their parent.
  fs.mkdirSync(a["cache-dir"], { recursive: true });
  fs.mkdirSync(path.dirname(a.conf), { recursive: true });
  fs.mkdirSync(path.dirname(a["site-conf"]), { recursive: true });
  fs.writeFileSync(a.conf, main);
  fs.writeFileSync(a["site-conf"], site);
  console.log(`wrote ${a.conf} and ${a["site-conf"]}; check with \`nginx -t\`, then \`systemctl reload nginx\``);
}

if (process.argv[1]?.endsWith(path.join("deploy", "nginx", "render.ts"))) cli();
