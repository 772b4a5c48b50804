// No route or action can be written that skips the policy: every route handler is built with
// route() (which asks the policy) or says it is public with publicRoute(), and every server
// action module lives at lib/<domain>/actions.ts and builds its exports from the wrappers.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isCrossSite } from "@/lib/http/cross-site";

const root = path.resolve(__dirname, "../..");

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(relative, match));
    else if (match(entry.name)) out.push(relative);
  }
  return out;
}

const methods = "GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS";

describe("route handlers", () => {
  const routes = filesUnder("app", (name) => /^route\.tsx?$/.test(name));

  it("are found", () => expect(routes.length).toBeGreaterThan(10));

  it.each(routes)("%s exports only handlers built by route() or publicRoute()", (file) => {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const exported = [...source.matchAll(new RegExp(`export\\s+(?:async\\s+)?(?:function|const|let|var)\\s+(?:\\{[^}]*\\}|(${methods})\\b)`, "g"))];
    expect(exported.length, "exports at least one HTTP method").toBeGreaterThan(0);
    for (const [statement] of exported) {
      const rest = source.slice(source.indexOf(statement) + statement.length);
      expect(statement, `${file}: ${statement}`).toMatch(/^export const [A-Z]+$/);
      expect(rest, `${file}: ${statement}`).toMatch(/^\s*=\s*(route|publicRoute)\(/);
    }
  });
});

describe("server actions", () => {
  const sources = [
    ...filesUnder("app", (name) => /\.tsx?$/.test(name)),
    ...filesUnder("lib", (name) => /\.tsx?$/.test(name)),
    ...filesUnder("components", (name) => /\.tsx?$/.test(name)),
  ];
  const actionModules = sources.filter((file) => /^\s*["']use server["']/m.test(fs.readFileSync(path.join(root, file), "utf8")));

  it("live at lib/<domain>/actions.ts only", () => {
    expect(actionModules.length).toBeGreaterThan(5);
    for (const file of actionModules) expect(file).toMatch(/^lib\/[a-z-]+\/actions\.ts$/);
  });

  it.each(actionModules)("%s builds every export from serverAction, formAction or publicAction", (file) => {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    expect(source, `${file} has a hand-written exported function`).not.toMatch(/export\s+(async\s+)?function/);
    const values = [...source.matchAll(/export const (\w+)\s*=\s*(\w+)\(/g)];
    expect(values.length).toBeGreaterThan(0);
    for (const [, name, builder] of values) expect(["serverAction", "formAction", "publicAction"], `${file}: ${name}`).toContain(builder);
    // Every exported const is one of those (nothing exported some other way).
    expect([...source.matchAll(/export const (\w+)/g)].length).toBe(values.length);
  });
});

describe("the origin check of cookie-authenticated routes", () => {
  const request = (method: string, headers: Record<string, string>) =>
    new Request("http://127.0.0.1:3000/api/media", { method, headers: { host: "127.0.0.1:3000", ...headers } });

  it("refuses a change sent by another site's page, by Sec-Fetch-Site or by Origin", () => {
    expect(isCrossSite(request("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSite(request("DELETE", { "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSite(request("POST", { origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSite(request("POST", { origin: "null" }))).toBe(true);
  });

  it("lets through the newsroom's own requests, reads, and clients that are not browsers", () => {
    expect(isCrossSite(request("POST", { "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSite(request("POST", { origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSite(request("GET", { "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isCrossSite(request("POST", {}))).toBe(false);
  });
});
