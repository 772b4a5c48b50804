// The words of the audit trail (Nhật ký): what each recorded action is called in Vietnamese, how
// its object is named, and how its recorded data reads. Pure: used by the page, the CSV export and
// the tests alike. An action nobody has named yet shows its raw key rather than disappearing.
import { roleLabels } from "@/lib/policy/policy";
import { eventLabels, statusLabels, workflowEvents } from "@/lib/workflow/transitions";

/** Workflow moves come from story_transitions; their labels follow the workflow's own words. */
const storyEventActions = Object.fromEntries(workflowEvents.map((event) => [`story.${event}`, eventLabels[event]]));

export const actionLabels: Record<string, string> = {
  ...storyEventActions,
  "story.import": "Nhập bài lưu trữ",
  "story.correct": "Đính chính",
  "story.takeover": "Tiếp quản bài",
  "story.release": "Thôi giữ bài",
  "story.restore": "Khôi phục phiên bản",
  "home.update": "Cập nhật trang chủ",
  "user.create": "Tạo tài khoản",
  "user.role": "Đổi vai trò",
  "user.deactivate": "Khóa tài khoản",
  "user.activate": "Mở khóa tài khoản",
  "user.password_link": "Tạo liên kết đặt mật khẩu",
  "user.password_set": "Đặt mật khẩu qua liên kết",
  "section.create": "Tạo chuyên mục",
  "section.rename": "Đổi tên chuyên mục",
  "section.reorder": "Sắp xếp chuyên mục",
  "section.hide": "Ẩn chuyên mục",
  "section.show": "Hiện chuyên mục",
  "section.merge": "Gộp chuyên mục",
  "section.delete": "Xóa chuyên mục",
  "section.move": "Chuyển chuyên mục",
  "settings.update": "Cập nhật cài đặt",
  "media.upload": "Tải ảnh lên",
  "media.update": "Sửa thông tin ảnh",
  "profile.update": "Cập nhật hồ sơ",
  "profile.password": "Đổi mật khẩu",
  "profile.password_failed": "Nhập sai mật khẩu hiện tại",
  "two_factor.enrol": "Bật xác thực hai bước",
  "two_factor.recovery_used": "Dùng mã dự phòng để đăng nhập",
  "two_factor.reset": "Đặt lại xác thực hai bước",
  "audit.export": "Xuất nhật ký",
  "seed.demo": "Tạo dữ liệu trình diễn",
};

export function actionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

/** The groups of the "Thao tác" filter: a prefix option for the whole group, then each action. */
export const actionGroups = [
  { prefix: "story.", label: "Bài viết" },
  { prefix: "user.", label: "Người dùng" },
  { prefix: "section.", label: "Chuyên mục" },
  { prefix: "settings.", label: "Cài đặt" },
  { prefix: "media.", label: "Ảnh" },
  { prefix: "profile.", label: "Hồ sơ" },
  { prefix: "audit.", label: "Nhật ký" },
  { prefix: "seed.", label: "Hệ thống" },
] as const;

export type ActionOption = { value: string; label: string };

export function actionOptions(): { label: string; options: ActionOption[] }[] {
  return actionGroups.map((group) => ({
    label: group.label,
    options: [
      { value: group.prefix, label: `${group.label}: mọi thao tác` },
      ...Object.entries(actionLabels)
        .filter(([key]) => key.startsWith(group.prefix))
        .map(([value, label]) => ({ value, label })),
    ],
  }));
}

export const entityTypeLabels: Record<string, string> = {
  story: "Bài viết",
  user: "Người dùng",
  section: "Chuyên mục",
  media: "Ảnh",
  settings: "Cài đặt",
  system: "Hệ thống",
};

const fieldLabels: Record<string, string> = {
  name: "Tên",
  penName: "Bút danh",
  avatarMediaId: "Ảnh đại diện cá nhân",
  email: "Email",
  role: "Vai trò",
  active: "Đang hoạt động",
  caption: "Chú thích ảnh",
  credit: "Nguồn ảnh",
  alt: "Mô tả ảnh",
  originalName: "Tên tệp",
  size: "Dung lượng (byte)",
  width: "Rộng",
  height: "Cao",
  slug: "Đường dẫn",
  sectionSlug: "Chuyên mục",
  source: "Nguồn",
  stories: "Số bài",
  position: "Vị trí",
  hidden: "Ẩn",
  parentId: "Chuyên mục cha",
  title: "Tiêu đề",
  status: "Trạng thái",
  reason: "Lý do",
  personId: "Người thực hiện",
  storyId: "Mã bài",
  action: "Thao tác",
  from: "Từ ngày",
  to: "Đến ngày",
  note: "Ghi chú",
};

// Nobody should ever record a secret, but if one slips into `data` the log must not show it.
const secretKey = /pass|token|hash|secret/i;

function formatValue(key: string, value: unknown): string {
  if (secretKey.test(key)) return "[đã ẩn]";
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "có" : "không";
  if (typeof value === "string") {
    if (key === "role" && value in roleLabels) return roleLabels[value as keyof typeof roleLabels];
    if (/status$/i.test(key) && value in statusLabels) return statusLabels[value as keyof typeof statusLabels];
    return value;
  }
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return value.map((v) => formatValue(key, v)).join(", ");
  return JSON.stringify(value);
}

// A person has a full name (Họ tên); a section or a tag just a name.
const fieldLabel = (key: string, entityType?: string) => (key === "name" && entityType === "user" ? "Họ tên" : (fieldLabels[key] ?? key));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The recorded data as one line: "Bút danh: PHƯƠNG DUNG → DUNG LÊ" for a change recorded with
 * before/after, "Tên tệp: a.jpg; Rộng: 1200" otherwise.
 */
export function describeAuditData(data: Record<string, unknown> | null | undefined, entityType?: string): string {
  if (!data) return "";
  const parts: string[] = [];
  const { before, after, ...rest } = data;
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      parts.push(`${fieldLabel(key, entityType)}: ${formatValue(key, b[key])} → ${formatValue(key, a[key])}`);
    }
  } else {
    if (before !== undefined) rest.before = before;
    if (after !== undefined) rest.after = after;
  }
  for (const [key, value] of Object.entries(rest)) parts.push(`${fieldLabel(key, entityType)}: ${formatValue(key, value)}`);
  return parts.join("; ");
}

/** A workflow move as one line: "Nháp → Chờ duyệt · Ghi chú: …". */
export function describeTransition(fromStatus: string | null, toStatus: string, note: string | null): string {
  const label = (s: string | null) => (s === null ? "—" : (statusLabels[s as keyof typeof statusLabels] ?? s));
  const move = `${label(fromStatus)} → ${label(toStatus)}`;
  return note ? `${move} · Ghi chú: ${note}` : move;
}
