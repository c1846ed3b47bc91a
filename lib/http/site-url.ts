import "server-only";

/**
 * The site's own address, for links written into reports and files that leave the app: the
 * configured NEXTAUTH_URL (scripts/start.ts always sets it), else the request's host.
 */
export function siteUrl(header: (name: string) => string | null | undefined): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/$/, "");
  const host = header("x-forwarded-host") ?? header("host") ?? "localhost";
  const proto = header("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
