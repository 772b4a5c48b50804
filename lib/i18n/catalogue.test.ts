// One catalogue, two languages: a key in one and not the other fails here, as does a message
// whose ICU syntax (plurals, arguments) does not parse or whose arguments differ between them.
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const viKeys = leaves(vi);
const enKeys = leaves(en);
const argumentsOf = (message: string): string[] => [...message.matchAll(/\{\s*(\w+)/g)].map((m) => m[1]!).filter((name, i, all) => all.indexOf(name) === i).sort();

describe("the message catalogue", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect([...enKeys.keys()].filter((k) => !viKeys.has(k)), "keys only in en.json").toEqual([]);
    expect([...viKeys.keys()].filter((k) => !enKeys.has(k)), "keys only in vi.json").toEqual([]);
  });

  it("has no empty message", () => {
    for (const [key, message] of [...viKeys, ...enKeys]) expect(message.trim(), key).not.toBe("");
  });

  it("takes the same arguments in both languages", () => {
    for (const [key, message] of viKeys) expect(argumentsOf(enKeys.get(key) ?? ""), key).toEqual(argumentsOf(message));
  });

  it("parses every message (ICU syntax) in both languages", () => {
    for (const [locale, messages, keys] of [["vi", vi, viKeys], ["en", en, enKeys]] as const) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages, onError: (error) => errors.push(error.message) });
      for (const key of keys.keys()) {
        const args: Record<string, number> = Object.fromEntries(argumentsOf(keys.get(key)!).map((name) => [name, 1]));
        (t as unknown as (key: string, values: object) => string)(key, args);
      }
      expect(errors, locale).toEqual([]);
    }
  });
});
