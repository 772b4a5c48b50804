/** An address a reader's page may link or load: http(s), mailto or site-relative; anything else is null. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const href = value.trim();
  if (/^(https?:|mailto:)/i.test(href) || (href.startsWith("/") && !href.startsWith("//"))) return href;
  return null;
}
