// Where to send someone after they sign in: only a page of this site. The address comes from the
// URL (`/login?callbackUrl=…`), so anyone can write it into a link; a browser strips tabs and line
// breaks from URLs and reads "\" as "/", so "/\t/evil.example" or "/\evil.example" would leave the site.

const ORIGIN = "https://this-site.invalid";
// Control characters and backslashes have no place in a path we produce; refuse rather than repair.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** A path on this site (path, query and hash) for `raw`, or "/" when it could lead anywhere else. */
export function safeRedirectTarget(raw: string | null | undefined): string {
  if (!raw || raw.length > 2_000) return "/";
  if (UNSAFE.test(raw)) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//")) return "/";
  // Encoded forms of the same tricks ("/%2F%2Fevil", "%252F", "%09"), decoded as often as it takes.
  let decoded = raw;
  for (let i = 0; i < 5; i++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return "/";
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (UNSAFE.test(decoded) || decoded.startsWith("//") || /^\/[^/]*@/.test(decoded)) return "/";
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== ORIGIN) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
