// What lib/ says before it is said in someone's language: a catalogue key and its arguments (a
// Phrase). Commands refuse with phrases, notifications and e-mails are written as phrases, and
// the edge that knows who is listening (the action and route wrappers, the notifier, the mailer)
// turns them into text with `say(locale, phrase)`. The catalogue is messages/*.json, ICU syntax.
import { createTranslator } from "use-intl/core";
import type { MessageKeys, NestedKeyOf } from "use-intl/core";
import { defaultLocale, type Locale } from "./locales";
import { messagesFor, type Messages } from "./messages";
import { formatWhen, type WhenStyle } from "./time";

/** Every message of the catalogue by its full dotted key ("refusals.story.notFound"). */
export type CatalogueKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/**
 * An argument: text or a number as it is (a title, a name, a count), another phrase said in the
 * same language first (a field's label), a list of them joined by commas, or a time shown in the
 * paper's style and time zone.
 */
export type PhraseValue = string | number | Phrase | { list: PhraseValue[] } | { when: string; style?: WhenStyle; timeZone?: string };
export type PhraseValues = Record<string, PhraseValue>;
export type Phrase = { key: CatalogueKey; values?: PhraseValues };

export function phrase(key: CatalogueKey, values?: PhraseValues): Phrase {
  return values ? { key, values } : { key };
}

export const isPhrase = (value: unknown): value is Phrase => typeof value === "object" && value !== null && typeof (value as Phrase).key === "string";

const translators = new Map<Locale, (key: string, values?: Record<string, string | number>) => string>();

function translate(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    const base = createTranslator({ locale, messages: messagesFor(locale), onError: (error) => console.error("Tòa soạn: catalogue", error.message) });
    t = base as unknown as (key: string, values?: Record<string, string | number>) => string;
    translators.set(locale, t);
  }
  return t;
}

/** True for a key the catalogue has a message for (in Vietnamese, the reference language). */
export function hasMessage(key: string): key is CatalogueKey {
  let node: unknown = messagesFor(defaultLocale);
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

function value(locale: Locale, v: PhraseValue): string | number {
  if (typeof v === "string" || typeof v === "number") return v;
  if ("list" in v) return v.list.map((item) => value(locale, item)).join(", ");
  if ("when" in v) {
    const weekdays = Object.values(messagesFor(locale).time.weekdays);
    return formatWhen(v.when, { timeZone: v.timeZone ?? "Asia/Ho_Chi_Minh", weekdays, style: v.style });
  }
  return say(locale, v);
}

/**
 * A phrase as text in a language. A plain string passes through as it is (text that is data, or
 * an older caller's own words), unless it is a phrase zod carried as its message (zodMessage).
 */
export function say(locale: Locale | undefined, what: Phrase | string): string {
  const p = typeof what === "string" ? fromZodMessage(what) : what;
  if (typeof p === "string") return p;
  const values = p.values ? Object.fromEntries(Object.entries(p.values).map(([k, v]) => [k, value(locale ?? defaultLocale, v)])) : undefined;
  return translate(locale ?? defaultLocale)(p.key, values);
}

/** Shorthand for say(locale, phrase(key, values)). */
export function text(locale: Locale | undefined, key: CatalogueKey, values?: PhraseValues): string {
  return say(locale, phrase(key, values));
}

// zod carries one string per issue. A schema's own messages are phrases written into that string
// by zodMessage ("validation.story.tooLong {…arguments…}") and said by the wrappers in the
// caller's language; a message that is not such a phrase passes through unchanged.
const encoded = /^([A-Za-z][\w-]*(?:\.[\w-]+)+)(?: (\{.*\}))?$/s;

/** A phrase as a zod message: use in schemas (`.min(1, zodMessage("validation.…"))`). */
export function zodMessage(key: CatalogueKey, values?: PhraseValues): string {
  return values ? `${key} ${JSON.stringify(values)}` : key;
}

/** The phrase a zod message carries, or the message itself when it carries none. */
export function fromZodMessage(message: string): Phrase | string {
  const match = encoded.exec(message);
  if (!match || !hasMessage(match[1]!)) return message;
  if (!match[2]) return { key: match[1] };
  try {
    return { key: match[1], values: JSON.parse(match[2]) as PhraseValues };
  } catch {
    return message;
  }
}
