// Sending a password link by e-mail. No mail library is installed yet, so this is the seam where
// one goes: the admin always sees the link on screen and can hand it over, mail or no mail.
import type { PasswordLinkPurpose } from "@/lib/auth/password-links";
import { formatDateline } from "@/lib/text/dateline";

export type PasswordLinkEmail = { to: string; name: string; url: string; purpose: PasswordLinkPurpose; expiresAt: Date };

/** Whether an SMTP server is configured (SMTP_URL, e.g. smtp://user:pass@mail.example.vn:587). */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

/** The message a person receives, in Vietnamese. */
export function passwordLinkMessage({ name, url, purpose, expiresAt }: PasswordLinkEmail): { subject: string; text: string } {
  const subject = purpose === "invite" ? "Mời bạn vào Tòa soạn: đặt mật khẩu" : "Đặt lại mật khẩu Tòa soạn";
  const text = [
    `Chào ${name},`,
    "",
    purpose === "invite"
      ? "Quản trị tòa soạn đã tạo tài khoản cho bạn. Mở liên kết sau để đặt mật khẩu:"
      : "Quản trị tòa soạn đã tạo liên kết để bạn đặt lại mật khẩu:",
    url,
    "",
    `Liên kết chỉ dùng được một lần, đến ${formatDateline(expiresAt, { withTime: true })}.`,
    "Nếu bạn không chờ thư này, hãy báo cho quản trị tòa soạn.",
  ].join("\n");
  return { subject, text };
}

/**
 * Sends the link; resolves to whether it was sent. Never throws: a mail failure must not undo an
 * account that was created, and the admin still has the link on screen.
 */
export async function sendPasswordLinkEmail(mail: PasswordLinkEmail): Promise<boolean> {
  // The link itself is never logged: it opens the account.
  if (!smtpConfigured()) {
    console.info(`SMTP chưa cấu hình: liên kết đặt mật khẩu cho ${mail.to} không được gửi qua email; quản trị viên cần trao tận tay.`);
    return false;
  }
  // TODO(mail): with a mail library (e.g. nodemailer) installed, send passwordLinkMessage(mail) to
  // mail.to through process.env.SMTP_URL, from process.env.SMTP_FROM, and return true on success.
  console.info(`SMTP chưa cấu hình (SMTP_URL có nhưng chưa có thư viện gửi thư): liên kết cho ${mail.to} không được gửi qua email.`);
  return false;
}
