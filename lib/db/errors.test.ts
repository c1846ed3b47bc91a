import { describe, expect, it } from "vitest";
import { databaseTrouble } from "./errors";

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
