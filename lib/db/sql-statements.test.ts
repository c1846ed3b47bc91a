import { describe, expect, it } from "vitest";
import { mustRunOutsideTransaction, splitSqlStatements } from "./sql-statements";

describe("splitSqlStatements", () => {
  it("splits at semicolons outside quotes, dollar quotes and comments", () => {
    const sql = `-- a comment; with a semicolon
CREATE TABLE "a;b" ("x" TEXT DEFAULT 'it''s; here');
CREATE FUNCTION f() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'no; never';
END
$$;
/* block /* nested; */ still comment; */ INSERT INTO t VALUES ($tag$a;b$tag$);
SELECT 1`;
    expect(splitSqlStatements(sql)).toEqual([
      `-- a comment; with a semicolon\nCREATE TABLE "a;b" ("x" TEXT DEFAULT 'it''s; here')`,
      `CREATE FUNCTION f() RETURNS TRIGGER LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'no; never';\nEND\n$$`,
      `/* block /* nested; */ still comment; */ INSERT INTO t VALUES ($tag$a;b$tag$)`,
      "SELECT 1",
    ]);
  });

  it("drops empty statements and trailing comments", () => {
    expect(splitSqlStatements("SELECT 1;;\n-- done\n")).toEqual(["SELECT 1"]);
  });

  it("keeps a positional parameter's dollar sign as text", () => {
    expect(splitSqlStatements("SELECT $1; SELECT 2")).toEqual(["SELECT $1", "SELECT 2"]);
  });
});

describe("mustRunOutsideTransaction", () => {
  it.each([
    'CREATE INDEX CONCURRENTLY "i" ON "t" ("x")',
    'create unique index concurrently "i" on "t" ("x")',
    '-- why\nDROP INDEX CONCURRENTLY "i"',
    'REINDEX INDEX CONCURRENTLY "i"',
  ])("%s: yes", (statement) => {
    expect(mustRunOutsideTransaction(statement)).toBe(true);
  });
  it.each(['CREATE INDEX "i" ON "t" ("x")', "-- CREATE INDEX CONCURRENTLY in a comment\nSELECT 1", "SELECT 'CREATE INDEX CONCURRENTLY'"])(
    "%s: no",
    (statement) => {
      expect(mustRunOutsideTransaction(statement)).toBe(false);
    },
  );
});
