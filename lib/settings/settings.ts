// The paper's identity and editorial settings. Stored one row per key; read through this schema so
// a missing or damaged value falls back to its default instead of breaking the site.
import { z } from "zod";
import type { Database } from "@/db/client";
import { siteSettings } from "@/db/schema";

export const settingsSchema = z.object({
  paperName: z.string().min(1).max(120).default("Báo Biên Cương"),
  description: z.string().max(300).default("Tin tức, thời sự của tỉnh biên giới — bản trình diễn của Tòa soạn"),
  domain: z.string().max(120).default("localhost"),
  governingBody: z.string().max(200).default("Cơ quan chủ quản: Tỉnh ủy (bản trình diễn)"),
  licenceNumber: z.string().max(120).default("Giấy phép số 000/GP-BVHTTDL (bản trình diễn)"),
  licenceDate: z.string().max(60).default("01/07/2026"),
  licenceIssuer: z.string().max(200).default("Bộ Văn hóa, Thể thao và Du lịch"),
  editorInChief: z.string().max(120).default("Tổng biên tập: (chưa cài đặt)"),
  address: z.string().max(300).default("Số 1, đường Trần Đăng Ninh, phường Lương Văn Tri (bản trình diễn)"),
  phone: z.string().max(60).default("0205 000 000"),
  email: z.string().max(120).default("toasoan@bienc.example"),
  approvalLevels: z.number().int().min(1).max(3).default(2),
  timeZone: z.string().default("Asia/Ho_Chi_Minh"),
  storiesPerPage: z.number().int().min(5).max(100).default(20),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

export async function loadSettings(db: Database): Promise<Settings> {
  const rows = await db.select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings);
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(stored[key]);
    if (key in stored && field.success) merged[key] = field.data;
  }
  return merged as Settings;
}
