// The one catalogue of words on screen: Vietnamese first, English second (messages/*.json). The
// Vietnamese words of DESIGN.md are fixed there, so people and browser tests find the same controls.
import en from "@/messages/en.json" with { type: "json" };
import vi from "@/messages/vi.json" with { type: "json" };
import type { Locale } from "./locales";

export type Messages = typeof vi;

const catalogues: Record<Locale, Messages> = { vi, en };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
