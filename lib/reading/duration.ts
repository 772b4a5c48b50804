// A recording's length in the three ways it is written: on the page ("3:05"), in structured data
// (ISO 8601, "PT3M5S") and in podcast feeds (iTunes: "00:03:05").

const parts = (ms: number) => {
  const total = Math.max(0, Math.round(ms / 1000));
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60, total };
};
const two = (n: number) => String(n).padStart(2, "0");

/** "3:05", "1:02:03". */
export function clockDuration(ms: number): string {
  const { h, m, s } = parts(ms);
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** ISO 8601 duration: "PT1H2M3S", "PT45S" (schema.org's duration). */
export function isoDuration(ms: number): string {
  const { h, m, s } = parts(ms);
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || (!h && !m) ? `${s}S` : ""}`;
}

/** itunes:duration as HH:MM:SS. */
export function feedDuration(ms: number): string {
  const { h, m, s } = parts(ms);
  return `${two(h)}:${two(m)}:${two(s)}`;
}
