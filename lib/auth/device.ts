// "Chrome · Android" from a browser's User-Agent, for the list of one's sessions (Hồ sơ).
import Bowser from "bowser";

export function describeDevice(userAgent: string): { browser: string; system: string } | null {
  if (!userAgent.trim()) return null;
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name ?? "";
  const system = [parsed.os.name, parsed.platform.type === "mobile" || parsed.platform.type === "tablet" ? parsed.platform.model : undefined]
    .filter(Boolean)
    .join(" ");
  return browser || system ? { browser, system } : null;
}
