import type { DefaultSession } from "next-auth";
import type { Role } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; penName: string; locale: Locale; sessionId: string } & DefaultSession["user"];
  }
  interface User {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    penName?: string;
    locale?: Locale;
    sid?: string;
  }
}
