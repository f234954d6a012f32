import "server-only";
import { headers } from "next/headers";
import { clientAddressOf } from "./options";

/** The client address of the current request (server actions), determined like the login's (lib/auth/options.ts). */
export async function requestAddress(): Promise<string> {
  try {
    return clientAddressOf(Object.fromEntries((await headers()).entries()));
  } catch {
    return "unknown"; // outside a request (tests calling actions directly)
  }
}
