// zod speaks the person's language here: messages a schema does not spell out itself reach users
// too. Vietnamese by default (zod's own translation); the wrappers ask for English per parse.
import { z } from "zod";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { say, text } from "@/lib/i18n/phrase";

z.config(z.locales.vi());

const english = z.locales.en().localeError;

/** zod's built-in messages in a language, for `schema.safeParse(input, { error: zodErrorMap(locale) })`. */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap | undefined {
  return locale === "en" ? english : undefined;
}

type FieldName = keyof ReturnType<typeof messagesFor>["validation"]["fields"];
const isField = (name: string): name is FieldName => Object.prototype.hasOwnProperty.call(messagesFor(defaultLocale).validation.fields, name);

/** "Nội dung: …" for an issue under a known field, so the writer knows where to look. */
export function describeIssue(issue: z.core.$ZodIssue, locale: Locale = defaultLocale): string {
  const message = say(locale, issue.message);
  const field = issue.path.map(String).find(isField);
  return field ? text(locale, "validation.fieldIssue", { field: text(locale, `validation.fields.${field}`), message }) : message;
}

/** The text of a zod issue in a language: a schema's phrase said, anything else as zod wrote it. */
export function issueText(issue: z.core.$ZodIssue | undefined, locale: Locale = defaultLocale): string | undefined {
  return issue ? say(locale, issue.message) : undefined;
}

/** NUL and the C0/C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000c\u000e-\u001f\u007f-\u009f]/;

/** In Vietnamese; the wrappers say `validation.controlCharacter` in the caller's language. */
export const controlCharacterMessage = text(defaultLocale, "validation.controlCharacter");

/**
 * Text as people send it, checked once for every input: a vertical tab (Word's line break in
 * pasted text) becomes a line break, tabs and line ends stay, and any other control character
 * refuses the whole input (PostgreSQL cannot store NUL; the rest is never meant). Walks arrays
 * and plain objects; leaves files and other values alone.
 */
export function withoutControlCharacters<T>(value: T): { ok: true; value: T } | { ok: false } {
  if (typeof value === "string") {
    // eslint-disable-next-line no-control-regex -- the vertical tab, Word's manual line break
    const text = value.replace(/\u000b/g, "\n");
    return controlCharacter.test(text) ? { ok: false } : { ok: true, value: text as T };
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const checked = withoutControlCharacters(item);
      if (!checked.ok) return checked;
      out.push(checked.value);
    }
    return { ok: true, value: out as T };
  }
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const checked = withoutControlCharacters(item);
      if (!checked.ok) return checked;
      out[key] = checked.value;
    }
    return { ok: true, value: out as T };
  }
  return { ok: true, value };
}

/** For schemas read outside the wrappers (the public search page): the same rule as a refinement. */
export const hasNoControlCharacter = (text: string) => !controlCharacter.test(text);
