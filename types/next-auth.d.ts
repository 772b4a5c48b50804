import type { DefaultSession } from "next-auth";
import type { Grant, Role } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { DeskReach } from "@/lib/policy/policy";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      role: Role;
      grants: Grant[];
      desks: DeskReach;
      penName: string;
      locale: Locale;
      sessionId: string;
      mustEnrol: boolean;
    } & DefaultSession["user"];
  }
  interface User {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    grants?: Grant[];
    desks?: DeskReach;
    penName?: string;
    locale?: Locale;
    sid?: string;
    mustEnrol?: boolean;
  }
}
