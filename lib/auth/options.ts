import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, revokeSession } from "@/lib/data/users";
import { requestClientAddress } from "@/lib/http/request-address";
import { sessionPolicy } from "./session-policy";

// The cookie lives as long as the idle window; proxy.ts slides it on activity, and the absolute
// limit is checked on every request (lib/auth/session-policy.ts).
export const SESSION_MAX_AGE_SECONDS = sessionPolicy().idleSeconds;
export const SIGN_IN_LOCKED = "locked";
export const SIGN_IN_PAUSED = "paused";

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  return requestClientAddress((name) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : null;
  });
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(credentials?.email, credentials?.password, clientIp(req?.headers));
        // next-auth passes a thrown error's message to the sign-in form as its error code.
        if (!result.ok && result.reason === "locked") throw new Error(SIGN_IN_LOCKED);
        if (!result.ok && result.reason === "paused") throw new Error(SIGN_IN_PAUSED);
        if (!result.ok) return null;
        const { user } = result;
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        // This session's own id, so that signing out can revoke exactly it.
        token.sid = randomUUID();
        token.authTime = token.lastSeen = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role,
        sessionVersion: token.sessionVersion,
        sid: token.sid,
        authTime: token.authTime,
        lastSeen: token.lastSeen,
      };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub && token.sid) await revokeSession(token.sub, token.sid);
    },
  },
};
