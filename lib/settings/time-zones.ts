// Múi giờ is chosen from a list, not typed: the IANA zones this server's Intl knows, the paper's
// own first. ICU lists Vietnam's zone under its old name, Asia/Saigon; the paper keeps the name it
// has always stored, Asia/Ho_Chi_Minh. The same list validates what an admin saves.
export const paperTimeZone = "Asia/Ho_Chi_Minh";

let zones: readonly string[] | undefined;

/** Every zone an admin may choose, Asia/Ho_Chi_Minh first. */
export function timeZoneChoices(): readonly string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  // Asia/Saigon is the same zone under its old name: listed once, as the paper names it.
  zones ??= [paperTimeZone, ...known.filter((z) => z !== paperTimeZone && z !== "Asia/Saigon")];
  return zones;
}

/** Whether a zone is one of the choices (an alias the list does not hold, such as Asia/Saigon, is not). */
export const isTimeZoneChoice = (zone: string): boolean => timeZoneChoices().includes(zone);

/** "GMT+07:00" for a zone now, to put beside its name in the list. */
export function utcOffsetOf(zone: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return part?.value === "GMT" ? "GMT+00:00" : (part?.value ?? "GMT");
}
