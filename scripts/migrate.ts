// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { migrate } from "@/lib/db/migrator";
import { resolveDatabase } from "@/lib/db/runtime";

const log = (line: string) => console.log(line);
const database = await resolveDatabase(log);
try {
  const result = await migrate(database.url, { log });
  log(`${result.applied.length} applied, ${result.alreadyApplied.length} already applied.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.embedded?.stop();
}
