// Sending a password link by e-mail through the SMTP server of SMTP_URL, when one is configured.
// The admin always sees the link on screen too and can hand it over, mail or no mail.
import nodemailer from "nodemailer";
import type { PasswordLinkPurpose } from "@/lib/auth/password-links";
import { env } from "@/lib/env";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { text as say } from "@/lib/i18n/phrase";

/** `locale` is the recipient's own language (users.locale), whoever sends the link. */
export type PasswordLinkEmail = { to: string; name: string; url: string; purpose: PasswordLinkPurpose; expiresAt: Date; locale?: Locale };

/** Whether an SMTP server is configured (SMTP_URL, e.g. smtp://user:pass@mail.example.vn:587). */
export function smtpConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** The message a person receives, in their language (the catalogue's `emails.passwordLink`). */
export function passwordLinkMessage({ name, url, purpose, expiresAt, locale = defaultLocale }: PasswordLinkEmail): { subject: string; text: string } {
  const subject = say(locale, purpose === "invite" ? "emails.passwordLink.inviteSubject" : "emails.passwordLink.resetSubject");
  const text = [
    say(locale, "emails.passwordLink.greeting", { name }),
    "",
    say(locale, purpose === "invite" ? "emails.passwordLink.invite" : "emails.passwordLink.reset"),
    url,
    "",
    say(locale, "emails.passwordLink.expires", { when: { when: expiresAt.toISOString() } }),
    say(locale, "emails.passwordLink.unexpected"),
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
