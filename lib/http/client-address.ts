import { BlockList, isIP } from "node:net";

// Whose address a request comes from: the socket's peer, which nobody can forge, unless that peer is
// a proxy named in TRUSTED_PROXIES; then the right-most X-Forwarded-For hop that is not a trusted
// proxy (each proxy appends the address it received from, so hops to its left are only claims).
// Used for the sign-in limits, the audit trail and the refusal log.

export type TrustedProxies = { list: BlockList; empty: boolean };

function normalize(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  // An IPv4 client on an IPv6 socket reads as ::ffff:1.2.3.4.
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

const family = (address: string): "ipv4" | "ipv6" | null => (({ 4: "ipv4", 6: "ipv6" }) as const)[isIP(address) as 4 | 6] ?? null;

/** Reads TRUSTED_PROXIES: addresses or CIDR ranges, separated by commas ("10.0.0.0/8, 127.0.0.1"). Throws on a malformed entry. */
export function parseTrustedProxies(text: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (text ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const type = family(normalize(address));
    if (!type || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)))
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range.`);
    if (prefix === undefined) list.addAddress(normalize(address), type);
    else list.addSubnet(normalize(address), Number(prefix), type);
  }
  return { list, empty: entries.length === 0 };
}

function trusted(proxies: TrustedProxies, address: string): boolean {
  const type = family(address);
  return !proxies.empty && type !== null && proxies.list.check(address, type);
}

/** The client's address for a request whose socket peer is `peer`, or null when the peer is unknown. */
export function clientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  proxies: TrustedProxies,
): string | null {
  if (!peer) return null;
  const socket = normalize(peer);
  if (!trusted(proxies, socket)) return socket;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map(normalize)
    .filter((hop) => family(hop) !== null);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted(proxies, hops[i])) return hops[i];
  return hops[0] ?? socket;
}
