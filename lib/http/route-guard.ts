import "server-only";
import { AuthorizationError, logRefusal, refusal, type Actor, type Permission } from "@/lib/auth/permissions";

// What every route handler checks before it does anything: the role (the same table as pages and
// actions), and for requests that change something, that they come from this site's own pages.

/** The refusal for a route handler (401 signed out, 403 otherwise), or null when the user may go on. */
export function refuseRequest(user: Actor | null, permission: Permission, forbidden: string): Response | null {
  const reason = refusal(user, permission);
  if (!reason) return null;
  logRefusal(user, permission, reason);
  const message = !user ? "Sign in first." : reason === "forbidden" ? forbidden : new AuthorizationError(reason).message;
  return Response.json({ ok: false, message, error: message }, { status: user ? 403 : 401 });
}

/**
 * A POST from another site's page is refused, as Next refuses such server actions: the Origin header
 * a browser sends must name this host (the Host header, or X-Forwarded-Host set by a proxy in front).
 */
export function refuseForeignOrigin(request: Request): Response | null {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (originHost && host && originHost === host) return null;
  const message = "This request did not come from this site's own pages; nothing was changed.";
  return Response.json({ ok: false, message, error: message }, { status: 403 });
}

/**
 * The request's body as UTF-8 text, read as it streams in and abandoned as soon as it passes
 * `maxBytes`: "too-large" then, "not-utf8" for bytes that are not UTF-8.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string | "too-large" | "not-utf8"> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) return "too-large";
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return "too-large";
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "not-utf8";
  }
}
