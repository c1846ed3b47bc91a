import { describe, expect, it } from "vitest";
import { sessionPolicy, sessionState, shouldRefresh } from "./session-policy";

const policy = sessionPolicy({});
const HOUR = 3600;

describe("session policy", () => {
  it("defaults to 8 hours idle and 7 days absolute, and reads both from the environment", () => {
    expect(policy).toEqual({ idleSeconds: 8 * HOUR, absoluteSeconds: 7 * 24 * HOUR });
    expect(sessionPolicy({ SESSION_IDLE_HOURS: "0.5", SESSION_ABSOLUTE_DAYS: "1" })).toEqual({
      idleSeconds: 1800,
      absoluteSeconds: 86_400,
    });
    expect(sessionPolicy({ SESSION_IDLE_HOURS: "-3", SESSION_ABSOLUTE_DAYS: "soon" })).toEqual(policy);
  });

  it("ends a session after the idle time without requests, however recent the sign-in", () => {
    const signedIn = 1_000_000;
    expect(sessionState({ authTime: signedIn, lastSeen: signedIn }, signedIn + 8 * HOUR - 1, policy)).toBe("valid");
    expect(sessionState({ authTime: signedIn, lastSeen: signedIn }, signedIn + 8 * HOUR + 1, policy)).toBe("idle");
  });

  it("ends a busy session seven days after sign-in", () => {
    const signedIn = 1_000_000;
    const now = signedIn + 7 * 24 * HOUR + 1;
    expect(sessionState({ authTime: signedIn, lastSeen: now - 60 }, now, policy)).toBe("expired");
    expect(sessionState({ authTime: signedIn, lastSeen: now - 60 }, now - 2, policy)).toBe("valid");
  });

  it("refuses tokens without their times, and slides the idle window at most every five minutes", () => {
    expect(sessionState({}, 5, policy)).toBe("expired");
    expect(shouldRefresh({ lastSeen: 1000 }, 1299)).toBe(false);
    expect(shouldRefresh({ lastSeen: 1000 }, 1300)).toBe(true);
  });
});
