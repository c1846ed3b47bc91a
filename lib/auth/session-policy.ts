// How long a session lives: it ends after SESSION_IDLE_HOURS without a request (default 8) and, in
// any case, SESSION_ABSOLUTE_DAYS after sign-in (default 7). Times are seconds since the epoch.

export type SessionTimes = { authTime?: number; lastSeen?: number };
export type SessionPolicy = { idleSeconds: number; absoluteSeconds: number };

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function sessionPolicy(env: Record<string, string | undefined> = process.env): SessionPolicy {
  return {
    idleSeconds: Math.round(positive(env.SESSION_IDLE_HOURS, 8) * 3600),
    absoluteSeconds: Math.round(positive(env.SESSION_ABSOLUTE_DAYS, 7) * 86_400),
  };
}

/** Whether a session still counts; a token without its times (from before they existed) does not. */
export function sessionState(times: SessionTimes, now: number, policy: SessionPolicy): "valid" | "idle" | "expired" {
  if (!times.authTime || !times.lastSeen) return "expired";
  if (now - times.authTime > policy.absoluteSeconds) return "expired";
  if (now - times.lastSeen > policy.idleSeconds) return "idle";
  return "valid";
}

/** The proxy re-issues the cookie at most every five minutes, to slide the idle window. */
export const REFRESH_AFTER_SECONDS = 300;

export function shouldRefresh(times: SessionTimes, now: number): boolean {
  return !!times.lastSeen && now - times.lastSeen >= REFRESH_AFTER_SECONDS;
}
