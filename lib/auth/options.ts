import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { JWT } from "next-auth/jwt";
import { authenticate, getSessionActor, revokeSession } from "@/lib/data/users";
import { decodeSession, encodeSession } from "./jwt";
import { requestClientAddress } from "@/lib/http/request-address";
import { sessionPolicy, sessionState } from "./session-policy";

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

/** Thrown by the jwt callback for a session that no longer counts; next-auth then clears its cookie. */
export class SessionEndedError extends Error {
  constructor(reason: string) {
    super(`Session ended: ${reason}`);
    this.name = "SessionEndedError";
  }
}

/**
 * The one session check, for every path that reads a session (the pages' and actions' getServerSession
 * and next-auth's own /api/auth/session): the idle and absolute limits, then the account as the
 * database knows it now (active, session version, this session not signed out). Returns the token
 * with the account's current name, email and role; throws SessionEndedError otherwise.
 */
export async function checkedToken(token: JWT, now = Math.floor(Date.now() / 1000)): Promise<JWT> {
  const state = sessionState(token, now, sessionPolicy());
  if (state !== "valid") throw new SessionEndedError(state);
  const account = token.sub ? await getSessionActor(token.sub, token.sessionVersion, token.sid) : null;
  if (!account) throw new SessionEndedError("revoked");
  return { ...token, name: account.name, email: account.email, role: account.role, mustChangePassword: account.mustChangePassword };
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // next-auth's own cookie format, with the key derived once and a cookie decrypted once per process (./jwt.ts).
  jwt: { encode: encodeSession, decode: decodeSession },
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
        return token;
      }
      return checkedToken(token);
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
        mustChangePassword: token.mustChangePassword ?? false,
      };
      return session;
    },
  },
  logger: {
    // An ended session is an answer, not an error: next-auth logs the jwt callback's throw otherwise.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof SessionEndedError) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub && token.sid) await revokeSession(token.sub, token.sid);
    },
  },
};
