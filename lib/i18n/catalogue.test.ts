// One catalogue, two languages: a key in one and not the other fails here, as does a message
// whose ICU syntax (plurals, arguments) does not parse or whose arguments differ between them.
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json" with { type: "json" };
import vi from "@/messages/vi.json" with { type: "json" };

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
/**
 * The arguments a message takes: `{name}`, and the selector of `{name, select|plural, …}` with the
 * arguments inside its options — but not the options' own words (`submit {gửi duyệt}`).
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  // Reads message text up to an unmatched "}" (the end of an option) or the end.
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = (): void => {
    i++; // "{"
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*(,)?)?/.exec(message.slice(i))!;
    names.add(head[1]!);
    i += head[0].length;
    if (head[2] === "select" || head[2] === "plural" || head[2] === "selectordinal") {
      // Options: `key {message}` pairs until the closing "}".
      while (i < message.length && message[i] !== "}") {
        const open = message.indexOf("{", i);
        i = open + 1;
        text();
        i++; // the option's "}"
        while (/\s/.test(message[i] ?? "")) i++;
      }
    } else {
      while (i < message.length && message[i] !== "}") i++;
    }
    i++; // "}"
  };
  text();
  return [...names].sort();
}

describe("the message catalogue", () => {
  it("reads the arguments of plain, plural and select messages", () => {
    expect(argumentsOf("{name} đã nhận bài “{title}”.")).toEqual(["name", "title"]);
    expect(argumentsOf("{count, plural, one {# bài của {who}} other {# bài}}")).toEqual(["count", "who"]);
    expect(argumentsOf("Không thể {event, select, submit {gửi duyệt} other {{event}}} bài “{status}”.")).toEqual(["event", "status"]);
  });

  it("has the same keys in Vietnamese and English", () => {
    expect(
      [...enKeys.keys()].filter((k) => !viKeys.has(k)),
      "keys only in en.json",
    ).toEqual([]);
    expect(
      [...viKeys.keys()].filter((k) => !enKeys.has(k)),
      "keys only in vi.json",
    ).toEqual([]);
  });

  it("has no empty message", () => {
    for (const [key, message] of [...viKeys, ...enKeys]) expect(message.trim(), key).not.toBe("");
  });

  it("takes the same arguments in both languages", () => {
    for (const [key, message] of viKeys) expect(argumentsOf(enKeys.get(key) ?? ""), key).toEqual(argumentsOf(message));
  });

  it("parses every message (ICU syntax) in both languages", () => {
    for (const [locale, messages, keys] of [
      ["vi", vi, viKeys],
      ["en", en, enKeys],
    ] as const) {
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
