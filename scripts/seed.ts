// `npm run db:seed`: loads the demo data (accounts, parties, the 8th JSPG meeting) into DATABASE_URL
// or the embedded database. Safe to re-run: nothing is duplicated.
import { migrate } from "@/lib/db/migrator";
import { createPrismaClient } from "@/lib/db/prisma";
import { resolveDatabase } from "@/lib/db/runtime";
import { seedDemo } from "@/prisma/seed/demo";

const log = (line: string) => console.log(line);
const database = await resolveDatabase(log);
const prisma = createPrismaClient(database.url, 2);
try {
  await migrate(database.url, { log });
  await seedDemo(prisma, log);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.embedded?.stop();
}
