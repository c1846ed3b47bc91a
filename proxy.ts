import { NextResponse, type NextRequest } from "next/server";
import { decodeSession as decode, encodeSession as encode } from "@/lib/auth/jwt";
import { sessionPolicy, sessionState, shouldRefresh } from "@/lib/auth/session-policy";
import { refuseActionEarly, SESSION_COOKIES } from "@/lib/http/action-gate";

// Three jobs, none of them the authorization (every page and action checks the session itself):
// refuse a server action whose session cookie does not decode or whose body is over the limit
// (lib/http/action-gate.ts; the app's own server asks the same before Next buffers the body); send
// visitors without a session cookie to the sign-in page; and slide a live session's idle window by
// re-issuing its cookie (at most every five minutes).

export async function proxy(request: NextRequest) {
  const secret = process.env.NEXTAUTH_SECRET;
  const refused = await refuseActionEarly(
    { method: request.method, header: (n) => request.headers.get(n), cookie: (n) => request.cookies.get(n)?.value },
    secret,
  );
  if (refused)
    return new NextResponse(refused.message, { status: refused.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  const name = SESSION_COOKIES.find((cookie) => request.cookies.has(cookie));
  if (!name) {
    const login = new URL("/login", request.url);
    const target = request.nextUrl.pathname + request.nextUrl.search;
    if (target !== "/") login.searchParams.set("callbackUrl", target);
    return NextResponse.redirect(login);
  }
  const response = NextResponse.next();
  if (!secret) return response;
  const token = await decode({ token: request.cookies.get(name)!.value, secret }).catch(() => null);
  // An unreadable or ended session on a page is the page's business: it sends the visitor to sign in.
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
  return response;
}

export const config = {
  // api/import checks the session and role itself before it reads (and streams) the uploaded file.
  matcher: ["/((?!login|api/auth|api/health|api/import|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
