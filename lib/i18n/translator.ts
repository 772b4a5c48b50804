// Translating outside React (commands, e-mails, notifications, route handlers, scripts): the same
// catalogue and ICU plural rules as the screens, for a given locale.
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { defaultLocale, type Locale } from "./locales";
import { messagesFor, type Messages } from "./messages";

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

export function translator<N extends Namespace = never>(locale: Locale = defaultLocale, namespace?: N) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: namespace });
}
