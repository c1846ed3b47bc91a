import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Only `prisma migrate deploy/status` on a connected machine read this; the app and the
  // project's migrator take DATABASE_URL from the environment themselves.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/commitment_tracker" },
});
