// next-auth wired once: e-mail + password, JWT sessions whose role and active flag are re-read
// from the database on every request, so a role change or a lock takes effect at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDatabase } from "@/db/client";
import type { Role } from "@/db/schema";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { authSecret } from "@/lib/env";
import { checkLogin } from "./login";
import { clientAddress } from "./request";
import { currentClaims } from "./session";

class LoginRefused extends CredentialsSignin {
  constructor(reason: string) {
    super(reason);
    this.code = reason;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
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
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new LoginRefused("invalid");
        const { db } = await getDatabase();
        const result = await checkLogin(db, { ...parsed.data, address: clientAddress(request.headers) });
        if (!result.ok) throw new LoginRefused(result.reason);
        return { id: String(result.user.id), email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // A deleted or locked account is signed out on its next request.
      let claims;
      try {
        claims = await currentClaims((await getDatabase()).db, Number(user?.id ?? token.sub));
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
      session.user.penName = token.penName as string;
      session.user.locale = token.locale === "en" ? "en" : "vi";
      session.user.name = token.name ?? "";
      return session;
    },
  },
}));
