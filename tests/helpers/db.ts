import { getDb } from "../../lib/db/client";

export function requireTestDatabase() {
  if (!process.env.TEST_PG_SERVER_URL)
    throw new Error("Integration tests need lib/cli/test.ts (npm test) to start PostgreSQL.");
  return getDb();
}
