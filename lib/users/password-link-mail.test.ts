import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { passwordLinkMessage, sendPasswordLinkEmail } from "./password-link-mail";
import { resetEnv } from "@/lib/env";

// A real SMTP conversation with a server on loopback, as a mail relay would have it.
const received: { to: string[]; raw: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as { port: number }).port;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  resetEnv();
});

const mail = {
  to: "hongnhung@toasoan.test",
  name: "Nguyễn Thị Hồng Nhung",
  url: "http://localhost:3000/dat-mat-khau/abc",
  purpose: "invite" as const,
  expiresAt: new Date("2026-12-01T03:00:00Z"),
};

describe("password link e-mail", () => {
  it("is not sent, and says so, when no SMTP server is configured", async () => {
    expect(await sendPasswordLinkEmail(mail)).toBe(false);
  });

  it("is sent through the configured SMTP server, in Vietnamese, with the link", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.SMTP_FROM = "Báo Biên Cương <toasoan@bienc.example>";
    resetEnv();
    expect(await sendPasswordLinkEmail(mail)).toBe(true);
    const message = received.at(-1)!;
    expect(message.to).toEqual(["hongnhung@toasoan.test"]);
    const parsed = await simpleParser(message.raw);
    expect(parsed.subject).toBe("Mời bạn vào Tòa soạn: đặt mật khẩu");
    expect(parsed.text).toContain("Chào Nguyễn Thị Hồng Nhung,");
    expect(parsed.text).toContain("http://localhost:3000/dat-mat-khau/abc");
    expect(parsed.text).toContain("Thứ ba, 01/12/2026 10:00");
  });

  it("speaks the recipient's language: English for someone who chose English", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetEnv();
    expect(await sendPasswordLinkEmail({ ...mail, purpose: "reset", locale: "en" })).toBe(true);
    const parsed = await simpleParser(received.at(-1)!.raw);
    expect(parsed.subject).toBe("Reset your newsroom password");
    expect(parsed.text).toBe(
      [
        "Hello Nguyễn Thị Hồng Nhung,",
        "",
        "The newsroom's admin has made a link for you to reset your password:",
        "http://localhost:3000/dat-mat-khau/abc",
        "",
        "The link works once, until Tuesday, 01/12/2026 10:00.",
        "If you were not expecting this message, please tell the newsroom's admin.",
      ].join("\n") + "\n",
    );
  });

  it("keeps the Vietnamese message word for word", () => {
    expect(passwordLinkMessage({ ...mail, purpose: "reset", locale: "vi" })).toEqual({
      subject: "Đặt lại mật khẩu Tòa soạn",
      text: [
        "Chào Nguyễn Thị Hồng Nhung,",
        "",
        "Quản trị tòa soạn đã tạo liên kết để bạn đặt lại mật khẩu:",
        "http://localhost:3000/dat-mat-khau/abc",
        "",
        "Liên kết chỉ dùng được một lần, đến Thứ ba, 01/12/2026 10:00.",
        "Nếu bạn không chờ thư này, hãy báo cho quản trị tòa soạn.",
      ].join("\n"),
    });
  });

  it("reports failure without throwing when the server cannot be reached", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    resetEnv();
    expect(await sendPasswordLinkEmail(mail)).toBe(false);
  });
});
