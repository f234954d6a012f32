// The one Prisma client of the app. Prisma 7 compiles queries in WebAssembly and reaches PostgreSQL through
// the pg driver adapter: no native engine binary at run time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** Lazily created so that importing a module never needs DATABASE_URL (e.g. during `next build`). */
export function getDb(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForPrisma.prisma = createPrismaClient(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  }
  return globalForPrisma.prisma;
}
