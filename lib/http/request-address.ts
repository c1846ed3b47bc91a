import { timingSafeEqual } from "node:crypto";
import { clientAddress, parseTrustedProxies, type TrustedProxies } from "./client-address";

// The client address of a request, as the app's own server (scripts/serve.ts) reports the socket's
// peer. Its header counts only with the key that server holds, so a client cannot forge it.
export const PEER_HEADER = "x-ct-peer";
export const PEER_KEY_HEADER = "x-ct-peer-key";

let proxies: TrustedProxies | null = null;

function fromOurServer(key: string | null): boolean {
  const expected = process.env.CT_PEER_KEY;
  if (!expected || !key) return false;
  const a = Buffer.from(key);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The request's client address (socket peer, or the hop behind TRUSTED_PROXIES), or null when unknown. */
export function requestClientAddress(header: (name: string) => string | null | undefined): string | null {
  proxies ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const peer = fromOurServer(header(PEER_KEY_HEADER) ?? null) ? header(PEER_HEADER) : null;
  return clientAddress(peer, header("x-forwarded-for"), proxies);
}
