import { defineConfig } from "prisma/config";

// Prisma 7 keeps the connection URL here. Only `prisma generate` uses this file in this project:
// migrations run through the schema engine's WebAssembly build (scripts/db.ts), see README.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/ctg" },
});
