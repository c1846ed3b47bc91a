import { decodeSession as decode } from "@/lib/auth/jwt";

// Server actions are POSTs that Next parses in full before the action's own session check runs, and
// Next buffers a request's body before proxy.ts sees it. So the app's own server (scripts/serve.ts)
// asks this first, from the headers alone: an action call without a session cookie that decodes (an
// undecodable one was never issued here), or declaring a body over the actions' limit, is answered
// at once and its body never read. proxy.ts asks the same, for servers without that front.

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** The limit of a server action's body: next.config.js's serverActions.bodySizeLimit ("1mb"; a test ties the two). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type EarlyRefusal = { status: 401 | 413; message: string };

export type RequestHeads = {
  method: string | undefined;
  header: (name: string) => string | null | undefined;
  cookie: (name: string) => string | null | undefined;
};

export function isServerActionCall(request: Pick<RequestHeads, "method" | "header">): boolean {
  return request.method === "POST" && !!request.header("next-action");
}

export async function refuseActionEarly(request: RequestHeads, secret: string | undefined): Promise<EarlyRefusal | null> {
  if (!isServerActionCall(request)) return null;
  const declared = Number(request.header("content-length") ?? "");
  if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT_BYTES)
    return { status: 413, message: "The form is larger than 1 MB; nothing was saved. Shorten the longest field and try again." };
  if (!secret) return null;
  const value = SESSION_COOKIES.map((name) => request.cookie(name)).find((v) => !!v);
  const token = value ? await decode({ token: value, secret }).catch(() => null) : null;
  return token ? null : { status: 401, message: "Your session has ended or its cookie is not valid. Sign in again; nothing was saved." };
}

/** The value of one cookie in a Cookie header. */
export function cookieFromHeader(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}
