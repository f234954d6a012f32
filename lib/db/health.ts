import "server-only";
import { getDb } from "./client";

/** Whether the database answers a trivial query (health checks of load balancers and of `npm start`). */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
