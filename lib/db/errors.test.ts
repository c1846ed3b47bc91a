import { describe, expect, it } from "vitest";
import { databaseTrouble, isUniqueViolation } from "./errors";

describe("databaseTrouble", () => {
  it("tells a full pool from an unreachable server, through Prisma's wrapping", () => {
    expect(databaseTrouble(new Error("timeout exceeded when trying to connect"))).toBe("busy");
    const wrapped = Object.assign(new Error("Raw query failed. Code: `N/A`."), {
      code: "P2010",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5999 } } },
    });
    expect(databaseTrouble(wrapped)).toBe("unavailable");
    expect(databaseTrouble(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(
      "unavailable",
    );
    expect(databaseTrouble(new Error("Connection terminated unexpectedly"))).toBe("unavailable");
  });

  it("leaves other errors alone", () => {
    expect(databaseTrouble(new Error("Unique constraint failed"))).toBeNull();
    expect(databaseTrouble(null)).toBeNull();
    expect(databaseTrouble("text")).toBeNull();
  });
});

describe("isUniqueViolation", () => {
  it("knows a unique violation from a model query and from a raw query, through Prisma's wrapping", () => {
    expect(isUniqueViolation(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(true);
    const raw = Object.assign(new Error("Raw query failed."), {
      code: "P2010",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "UniqueConstraintViolation", originalCode: "23505" } } },
    });
    expect(isUniqueViolation(raw)).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(isUniqueViolation(Object.assign(new Error("Raw query failed."), { code: "P2010", meta: { code: "23503" } }))).toBe(false);
    expect(isUniqueViolation(new Error("Unique constraint failed"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
