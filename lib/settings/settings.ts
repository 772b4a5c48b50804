// The paper's identity and editorial settings. Stored one row per key; read through this schema so
// a missing or damaged value falls back to its default instead of breaking the site. The same
// field rules check what an admin saves (lib/settings/commands.ts), in the admin's language. The
// defaults are the demo paper's own content (its name, address…), not words of the newsroom's
// screens: they stay as the paper prints them.
import { z } from "zod";
import type { Database } from "@/db/client";
import { siteSettings } from "@/db/schema";
import type { Messages } from "@/lib/i18n/messages";
import { phrase, zodMessage } from "@/lib/i18n/phrase";
import { collapseSpaces, normalizeText } from "@/lib/text/normalize";
import { isTimeZoneChoice } from "./time-zones";

/** True for a time zone this runtime's Intl knows (IANA names such as Asia/Ho_Chi_Minh). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat("vi-VN", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** One line of text as printed on the site: NFC, trimmed, runs of ordinary spaces collapsed. */
type Labelled = { [K in keyof Messages["settingsLabels"]]: Messages["settingsLabels"][K] extends string ? K : never }[keyof Messages["settingsLabels"]];
type Required = keyof Messages["validation"]["settings"]["required"];

const line = (max: number, key: Labelled) => {
  const field = phrase(`settingsLabels.${key}`);
  return z
    .string({ error: zodMessage("validation.settings.notText", { field }) })
    .max(max * 4, zodMessage("validation.tooLong", { field, max }))
    .transform((s) => collapseSpaces(normalizeText(s).replace(/\n+/g, " ")).trim())
    .pipe(z.string().max(max, zodMessage("validation.tooLong", { field, max })));
};

const required = (max: number, key: Labelled & Required) => line(max, key).pipe(z.string().min(1, zodMessage(`validation.settings.required.${key}`)));

const hostname = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/;

function isCalendarDate(value: string): boolean {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return false;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Each setting's rule, without its default: what an admin may save. */
export const settingFields = {
  paperName: required(120, "paperName"),
  // A picture URL rather than a library id: the logo is often hosted by the governing body, and a
  // library image's URL (/media/…) works here too.
  logoUrl: line(500, "logoUrl").refine(
    (s) => s === "" || (s.startsWith("/") && !s.startsWith("//")) || (/^https?:\/\//i.test(s) && URL.canParse(s)),
    zodMessage("validation.settings.logoUrl"),
  ),
  description: line(300, "description"),
  domain: line(253, "domain")
    // People paste the address bar: keep the host only.
    .transform((s) =>
      s
        .toLowerCase()
        .replace(/^https?:\/\//, "")
        .replace(/\/+$/, ""),
    )
    .pipe(z.string().min(1, zodMessage("validation.settings.required.domain")).regex(hostname, zodMessage("validation.settings.domain"))),
  governingBody: required(200, "governingBody"),
  licenceNumber: required(120, "licenceNumber"),
  licenceDate: required(60, "licenceDate").refine(isCalendarDate, zodMessage("validation.settings.licenceDate")),
  licenceIssuer: required(200, "licenceIssuer"),
  editorInChief: required(120, "editorInChief"),
  address: required(300, "address"),
  phone: required(60, "phone"),
  email: required(120, "email").pipe(z.email(zodMessage("validation.settings.email"))),
  approvalLevels: z
    .number({ error: zodMessage("validation.settings.approvalLevels") })
    .int(zodMessage("validation.settings.approvalLevels"))
    .min(1, zodMessage("validation.settings.approvalLevels"))
    .max(3, zodMessage("validation.settings.approvalLevels")),
  timeZone: z
    .string({ error: zodMessage("validation.settings.required.timeZone") })
    .trim()
    .min(1, zodMessage("validation.settings.required.timeZone"))
    // One of the list the form offers (lib/settings/time-zones.ts), not just any name Intl accepts.
    .refine((zone) => isValidTimeZone(zone) && isTimeZoneChoice(zone), zodMessage("validation.settings.timeZone")),
  storiesPerPage: z
    .number({ error: zodMessage("validation.settings.storiesPerPageType") })
    .int(zodMessage("validation.settings.storiesPerPageInt"))
    .min(5, zodMessage("validation.settings.storiesPerPageRange"))
    .max(100, zodMessage("validation.settings.storiesPerPageRange")),
  // Tổng biên tập and Quản trị must sign in with a second factor (lib/auth/two-factor.ts).
  requireTwoFactor: z.boolean({ error: zodMessage("validation.settings.requireTwoFactor") }),
  // The largest video and sound file Thư viện ảnh takes (resumable uploads, lib/media/tus.ts), in MB.
  maxVideoMegabytes: z
    .number({ error: zodMessage("validation.settings.maxVideoMegabytes") })
    .int(zodMessage("validation.settings.maxVideoMegabytes"))
    .min(10, zodMessage("validation.settings.maxVideoMegabytes"))
    .max(20_480, zodMessage("validation.settings.maxVideoMegabytes")),
  maxAudioMegabytes: z
    .number({ error: zodMessage("validation.settings.maxAudioMegabytes") })
    .int(zodMessage("validation.settings.maxAudioMegabytes"))
    .min(1, zodMessage("validation.settings.maxAudioMegabytes"))
    .max(4_096, zodMessage("validation.settings.maxAudioMegabytes")),
};

export const settingsSchema = z.object({
  paperName: settingFields.paperName.default("Báo Biên Cương"),
  logoUrl: settingFields.logoUrl.default(""),
  description: settingFields.description.default("Tin tức, thời sự của tỉnh biên giới — bản trình diễn của Tòa soạn"),
  domain: settingFields.domain.default("localhost"),
  governingBody: settingFields.governingBody.default("Cơ quan chủ quản: Tỉnh ủy (bản trình diễn)"),
  licenceNumber: settingFields.licenceNumber.default("Giấy phép số 000/GP-BVHTTDL (bản trình diễn)"),
  licenceDate: settingFields.licenceDate.default("01/07/2026"),
  licenceIssuer: settingFields.licenceIssuer.default("Bộ Văn hóa, Thể thao và Du lịch"),
  editorInChief: settingFields.editorInChief.default("Tổng biên tập: (chưa cài đặt)"),
  address: settingFields.address.default("Số 1, đường Trần Đăng Ninh, phường Lương Văn Tri (bản trình diễn)"),
  phone: settingFields.phone.default("0205 000 000"),
  email: settingFields.email.default("toasoan@bienc.example"),
  approvalLevels: settingFields.approvalLevels.default(2),
  timeZone: settingFields.timeZone.default("Asia/Ho_Chi_Minh"),
  storiesPerPage: settingFields.storiesPerPage.default(20),
  requireTwoFactor: settingFields.requireTwoFactor.default(false),
  maxVideoMegabytes: settingFields.maxVideoMegabytes.default(2048),
  maxAudioMegabytes: settingFields.maxAudioMegabytes.default(300),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const settingKeys = Object.keys(settingsSchema.shape) as SettingKey[];

export const defaultSettings: Settings = settingsSchema.parse({});

export async function loadSettings(db: Database): Promise<Settings> {
  const rows = await db.select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings);
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const key of settingKeys) {
    const field = settingsSchema.shape[key].safeParse(stored[key]);
    if (key in stored && field.success) merged[key] = field.data;
  }
  return merged as Settings;
}
