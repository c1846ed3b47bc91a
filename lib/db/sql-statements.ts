// Splitting a migration into statements, for the one case that needs it: PostgreSQL refuses
// `CREATE INDEX CONCURRENTLY` (and the other CONCURRENTLY forms) inside a transaction block, so a
// migration that has one is run as Prisma Migrate runs it (prisma-engines #5767, Prisma 7.4): each such
// statement on its own, outside a transaction, and the statements between them in transactions.

/** The statements of a SQL script, each with its trailing semicolon removed and trimmed; comments kept inside. */
export function splitSqlStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === "-" && next === "-") {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === "/" && next === "*") {
      // Block comments nest in PostgreSQL.
      let depth = 1;
      i += 2;
      while (i < sql.length && depth > 0) {
        if (sql[i] === "/" && sql[i + 1] === "*") {
          depth++;
          i += 2;
        } else if (sql[i] === "*" && sql[i + 1] === "/") {
          depth--;
          i += 2;
        } else i++;
      }
    } else if (c === "'" || c === '"') {
      // A doubled quote is an escaped quote; the loop just sees two quoted runs back to back.
      const end = sql.indexOf(c, i + 1);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === "$") {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
      if (tag) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        i = end < 0 ? sql.length : end + tag[0].length;
      } else i++;
    } else if (c === ";") {
      push(statements, sql.slice(start, i));
      start = ++i;
    } else i++;
  }
  push(statements, sql.slice(start));
  return statements;
}

function push(into: string[], statement: string) {
  const text = statement.trim();
  // A chunk of nothing but comments is not a statement.
  const withoutComments = text
    .replace(/--[^\n]*/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .trim();
  if (withoutComments) into.push(text);
}

/** Whether PostgreSQL refuses to run the statement inside a transaction block. */
export function mustRunOutsideTransaction(statement: string): boolean {
  const code = statement.replace(/--[^\n]*/g, " ").replace(/\/\*[\s\S]*?\*\//g, " ");
  return /^\s*(?:CREATE\s+(?:UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b[\s\S]*\bCONCURRENTLY|VACUUM)\b/i.test(
    code,
  );
}
