// The Vietnamese name of each setting: the form's labels and the words of the save message. Kept
// apart from settings.ts so the client form can use them without the database schema.
import type { SettingKey } from "./settings";

export const settingLabels: Record<SettingKey, string> = {
  paperName: "Tên báo",
  logoUrl: "Logo",
  description: "Mô tả",
  domain: "Tên miền",
  governingBody: "Cơ quan chủ quản",
  licenceNumber: "Số giấy phép",
  licenceDate: "Ngày cấp giấy phép",
  licenceIssuer: "Nơi cấp giấy phép",
  editorInChief: "Tổng biên tập",
  address: "Địa chỉ",
  phone: "Điện thoại",
  email: "Email",
  approvalLevels: "Số cấp duyệt",
  timeZone: "Múi giờ",
  storiesPerPage: "Số bài mỗi trang",
  requireTwoFactor: "Bắt buộc xác thực hai bước cho Tổng biên tập và Quản trị",
};
