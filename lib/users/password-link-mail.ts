// Sending a password link by e-mail through the SMTP server of SMTP_URL, when one is configured.
// The admin always sees the link on screen too and can hand it over, mail or no mail.
import nodemailer from "nodemailer";
import type { PasswordLinkPurpose } from "@/lib/auth/password-links";
import { env } from "@/lib/env";
import { formatDateline } from "@/lib/text/dateline";

export type PasswordLinkEmail = { to: string; name: string; url: string; purpose: PasswordLinkPurpose; expiresAt: Date };

/** Whether an SMTP server is configured (SMTP_URL, e.g. smtp://user:pass@mail.example.vn:587). */
export function smtpConfigured(): boolean {
  return Boolean(env().SMTP_URL);
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
  try {
    const transport = nodemailer.createTransport(env().SMTP_URL);
    const { subject, text } = passwordLinkMessage(mail);
    await transport.sendMail({ from: env().SMTP_FROM, to: { name: mail.name, address: mail.to }, subject, text });
    transport.close();
    return true;
  } catch (error) {
    console.error(`Không gửi được email liên kết đặt mật khẩu cho ${mail.to}: ${(error as Error).message}`);
    return false;
  }
}
