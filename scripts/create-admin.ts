// `npm run db:create-admin -- <email>`: creates an admin account. The password is read from
// ADMIN_PASSWORD or asked for on the terminal (never taken from the command line, which leaks to `ps`).
import { createInterface } from "node:readline/promises";
import { migrate } from "@/lib/db/migrator";
import { createPrismaClient } from "@/lib/db/prisma";
import { resolveDatabase } from "@/lib/db/runtime";
import { ensureAdmin } from "@/prisma/seed/demo";

const email = process.argv[2] ?? process.env.ADMIN_EMAIL;
if (!email) {
  console.error("Usage: npm run db:create-admin -- admin@your.org   (password from ADMIN_PASSWORD or the prompt)");
  process.exit(1);
}
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question("Password for the new admin (at least 12 characters): ");
  rl.close();
}
const log = (line: string) => console.log(line);
const database = await resolveDatabase(log);
const prisma = createPrismaClient(database.url, 2);
try {
  await migrate(database.url, { log });
  const { created } = await ensureAdmin(prisma, email, password);
  log(created ? `Created the admin account ${email}.` : `An account with the email ${email} already exists; nothing changed.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.embedded?.stop();
}
