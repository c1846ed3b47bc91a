// `prisma generate` never runs the schema engine, but the Prisma 7 CLI insists the binary exists
// and tries to download it (unreachable here). Pointing it at any existing file satisfies the check.
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
