// The catalogue is a server thing. Client components get their words from the layout's
// provider (useTranslations), which sends only what the screens need; a client module that
// imports the catalogue itself (or a module that reads it, such as lib/workflow/transitions.ts)
// ships both languages whole to every phone: about 30 KB gzipped on every newsroom screen.
// This walks the static imports from every "use client" module and fails on such a path.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const forbidden = [path.join(root, "lib/i18n/messages.ts"), path.join(root, "messages/vi.json"), path.join(root, "messages/en.json")];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const directive = (source: string) => /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["'](use client|use server)["']/.exec(source)?.[1];

/** Static value imports and re-exports (type-only ones are erased by the compiler). */
function importsOf(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/")
      ? path.join(root, specifier.slice(2))
      : specifier.startsWith(".")
        ? path.resolve(path.dirname(file), specifier)
        : null;
    if (!base) return [];
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find(
      (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
    );
    return found ? [found] : [];
  });
}

describe("the client bundle", () => {
  it("never carries the message catalogue", () => {
    const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
    const clientEntries = files.filter((file) => directive(fs.readFileSync(file, "utf8")) === "use client");
    expect(clientEntries.length).toBeGreaterThan(10);
    const offending: string[] = [];
    for (const entry of clientEntries) {
      // Breadth-first, remembering how each module was reached, to name the path in the failure.
      const via = new Map<string, string | null>([[entry, null]]);
      const queue = [entry];
      while (queue.length) {
        const file = queue.shift()!;
        if (forbidden.includes(file)) {
          const chain: string[] = [];
          for (let at: string | null = file; at; at = via.get(at) ?? null) chain.unshift(path.relative(root, at));
          offending.push(chain.join(" → "));
          break;
        }
        if (!file.endsWith(".json")) {
          const source = fs.readFileSync(file, "utf8");
          // A server action module reaches the client as references only.
          if (file !== entry && directive(source) === "use server") continue;
          for (const next of importsOf(file, source)) {
            if (!via.has(next)) {
              via.set(next, file);
              queue.push(next);
            }
          }
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
