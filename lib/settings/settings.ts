// The paper's identity and editorial settings. Stored one row per key; read through this schema so
// a missing or damaged value falls back to its default instead of breaking the site. The same
// field rules check what an admin saves (lib/settings/commands.ts), in Vietnamese.
import { z } from "zod";
import type { Database } from "@/db/client";
import { siteSettings } from "@/db/schema";
import { collapseSpaces, normalizeText } from "@/lib/text/normalize";

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
const line = (max: number, label: string) =>
  z
    .string({ error: `${label}: cần nhập chữ.` })
    .max(max * 4, `${label} dài quá ${max} ký tự.`)
    .transform((s) => collapseSpaces(normalizeText(s).replace(/\n+/g, " ")).trim())
    .pipe(z.string().max(max, `${label} dài quá ${max} ký tự.`));

const required = (max: number, label: string, missing: string) => line(max, label).pipe(z.string().min(1, missing));

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
  paperName: required(120, "Tên báo", "Vui lòng nhập tên báo."),
  // A picture URL rather than a library id: the logo is often hosted by the governing body, and a
  // library image's URL (/media/…) works here too.
  logoUrl: line(500, "Logo").refine(
    (s) => s === "" || (s.startsWith("/") && !s.startsWith("//")) || (/^https?:\/\//i.test(s) && URL.canParse(s)),
    "Logo phải là địa chỉ ảnh bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong trang như /media/…; để trống nếu chưa có.",
  ),
  description: line(300, "Mô tả"),
  domain: line(253, "Tên miền")
    // People paste the address bar: keep the host only.
    .transform((s) => s.toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, ""))
    .pipe(z.string().min(1, "Vui lòng nhập tên miền.").regex(hostname, "Tên miền không hợp lệ; nhập dạng baobiencuong.vn (không có http:// và đường dẫn).")),
  governingBody: required(200, "Cơ quan chủ quản", "Vui lòng nhập cơ quan chủ quản."),
  licenceNumber: required(120, "Số giấy phép", "Vui lòng nhập số giấy phép."),
  licenceDate: required(60, "Ngày cấp giấy phép", "Vui lòng nhập ngày cấp giấy phép.").refine(
    isCalendarDate,
    "Ngày cấp giấy phép phải có dạng ngày/tháng/năm, ví dụ 01/07/2026.",
  ),
  licenceIssuer: required(200, "Nơi cấp giấy phép", "Vui lòng nhập nơi cấp giấy phép."),
  editorInChief: required(120, "Tổng biên tập", "Vui lòng nhập họ tên tổng biên tập."),
  address: required(300, "Địa chỉ", "Vui lòng nhập địa chỉ tòa soạn."),
  phone: required(60, "Điện thoại", "Vui lòng nhập số điện thoại."),
  email: required(120, "Email", "Vui lòng nhập email của tòa soạn.").pipe(z.email("Email của tòa soạn không hợp lệ.")),
  approvalLevels: z
    .number({ error: "Số cấp duyệt phải là 1, 2 hoặc 3." })
    .int("Số cấp duyệt phải là 1, 2 hoặc 3.")
    .min(1, "Số cấp duyệt phải là 1, 2 hoặc 3.")
    .max(3, "Số cấp duyệt phải là 1, 2 hoặc 3."),
  timeZone: z
    .string({ error: "Vui lòng chọn múi giờ." })
    .trim()
    .min(1, "Vui lòng chọn múi giờ.")
    .refine(isValidTimeZone, "Múi giờ không hợp lệ; hãy chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh."),
  storiesPerPage: z
    .number({ error: "Số bài mỗi trang phải là số từ 5 đến 100." })
    .int("Số bài mỗi trang phải là số nguyên.")
    .min(5, "Số bài mỗi trang phải từ 5 đến 100.")
    .max(100, "Số bài mỗi trang phải từ 5 đến 100."),
  // Tổng biên tập and Quản trị must sign in with a second factor (lib/auth/two-factor.ts).
  requireTwoFactor: z.boolean({ error: "Hãy chọn có hoặc không." }),
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
