import type { SaveState } from "./draft-reducer";

const timeFormat = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" });

/** "10:32" on Vietnamese clocks. */
export const clockTime = (iso: string) => timeFormat.format(new Date(iso));

/** Where the draft stands, read out politely to screen readers as it changes. */
export function SaveStatus({ state, savedAt, waitingForNetwork }: { state: SaveState; savedAt: string | null; waitingForNetwork: boolean }) {
  return (
    <p className="text-sm text-muted" aria-live="polite" data-testid="save-status">
      {statusText(waitingForNetwork ? "offline" : state, savedAt)}
    </p>
  );
}

function statusText(state: SaveState, savedAt: string | null): string {
  switch (state) {
    case "saving":
      return "Đang lưu…";
    case "dirty":
      return "Có thay đổi chưa lưu";
    case "offline":
      return "Mất kết nối: bản sao đang được giữ trong trình duyệt và sẽ gửi lại khi có mạng";
    case "error":
      return "Chưa lưu được";
    case "conflict":
      return "Chưa lưu: bài đã bị người khác sửa";
    default:
      return savedAt ? `Đã lưu lúc ${clockTime(savedAt)}` : "Chưa lưu";
  }
}
