import { describe, expect, it } from "vitest";
import { commonPasswordCount, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("ships a list of at least 10,000 common passwords", () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it("refuses short, overlong and common passwords, whatever their case", () => {
    expect(passwordProblem("short")).toMatch(/at least 8/);
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
    for (const common of ["password", "Password1", "qwertyuiop", "iloveyou", "123456789"])
      expect(passwordProblem(common), common).toMatch(/common/);
    expect(passwordProblem("analyst@example.org", "Analyst@example.org")).toMatch(/email/);
  });

  it("accepts long passphrases unchanged, counting characters rather than bytes", () => {
    expect(passwordProblem("correct horse battery staple, Astana 2026")).toBeNull();
    expect(passwordProblem("ü".repeat(64))).toBeNull();
    expect(passwordProblem("Ğ".repeat(128))).toBeNull();
    expect(passwordProblem("a1!".repeat(30))).toBeNull();
  });
});
