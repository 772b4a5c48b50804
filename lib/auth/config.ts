// next-auth wired once: e-mail + password. The token names a session row (lib/auth/sessions.ts),
// read with its person on every request: Đăng xuất, a new password, a lock or a role change ends
// it at once, and the role and name are always the stored ones.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDatabase } from "@/db/client";
import type { Role } from "@/db/schema";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { authSecret } from "@/lib/env";
import { checkLogin } from "./login";
import { clientAddress } from "./request";
import { endSession, sessionClaims, startSession } from "./sessions";
import { noDesks } from "@/lib/desks/reach";

class LoginRefused extends CredentialsSignin {
  constructor(reason: string) {
    super(reason);
    this.code = reason;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
  code: z.string().max(40).optional(),
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  // Self-hosted behind no proxy by default; the Host header is the site's own.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/dang-nhap" },
  logger: {
    // A refused log-in is an answer, not a server error: one line, no stack.
    error(error) {
      if (error instanceof CredentialsSignin) console.warn(`đăng nhập bị từ chối: ${error.code}`);
      else console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new LoginRefused("invalid");
        const { db } = await getDatabase();
        const address = clientAddress(request.headers);
        const result = await checkLogin(db, { ...parsed.data, address });
        if (!result.ok) throw new LoginRefused(result.reason);
        const sessionId = await startSession(db, {
          userId: result.user.id,
          userAgent: request.headers.get("user-agent") ?? "",
          address,
          mustEnrol: result.mustEnrol,
        });
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // An ended session, or a locked or deleted account, is signed out on its next request.
      const sid = user?.sessionId ?? token.sid;
      let claims;
      try {
        claims = sid ? await sessionClaims((await getDatabase()).db, sid) : null;
      } catch (error) {
        // The database is away: not a reason to sign anyone out. The token stands for this request,
        // whose every read and write then fails as "busy" until the database is back.
        if (isDatabaseUnavailable(error)) return token;
        throw error;
      }
      return claims ? { ...token, ...claims } : null;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role as Role;
      session.user.grants = token.grants ?? [];
      session.user.desks = token.desks ?? noDesks;
      session.user.penName = token.penName as string;
      session.user.locale = token.locale === "en" ? "en" : "vi";
      session.user.name = token.name ?? "";
      session.user.sessionId = token.sid ?? "";
      session.user.mustEnrol = token.mustEnrol === true;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endSession((await getDatabase()).db, sid, "logout");
    },
  },
}));
