// The languages the newsroom speaks: Vietnamese first (the default and the paper's own), English
// second. Each person chooses in Hồ sơ; the public paper speaks the paper's language.
export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";
/** The public paper's language: its pages are cached, so it is never read from a request. */
export const paperLocale: Locale = "vi";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (locales as readonly string[]).includes(value);
