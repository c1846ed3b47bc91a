import { decode, encode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { sessionPolicy, sessionState, shouldRefresh } from "@/lib/auth/session-policy";

// Two jobs, neither of them a gate (every page and action checks the session itself):
// send visitors without a session cookie to the sign-in page, and slide a live session's idle window
// by re-issuing its cookie (at most every five minutes).
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export async function proxy(request: NextRequest) {
  const name = SESSION_COOKIES.find((cookie) => request.cookies.has(cookie));
  if (!name) {
    const login = new URL("/login", request.url);
    const target = request.nextUrl.pathname + request.nextUrl.search;
    if (target !== "/") login.searchParams.set("callbackUrl", target);
    return NextResponse.redirect(login);
  }
  const response = NextResponse.next();
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return response;
  try {
    const token = await decode({ token: request.cookies.get(name)!.value, secret });
    const now = Math.floor(Date.now() / 1000);
    const policy = sessionPolicy();
    if (token && sessionState(token, now, policy) === "valid" && shouldRefresh(token, now)) {
      const value = await encode({ token: { ...token, lastSeen: now }, secret, maxAge: policy.idleSeconds });
      response.cookies.set(name, value, {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: name.startsWith("__Secure-"),
        maxAge: policy.idleSeconds,
      });
    }
  } catch {
    // An unreadable cookie is the pages' business: they will send the visitor to sign in.
  }
  return response;
}

export const config = {
  matcher: ["/((?!login|api/auth|api/health|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
