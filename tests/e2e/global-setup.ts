// Logs every demo user in once and keeps the session cookies for the specs.
import { request, type FullConfig } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { apiLogin, authDir, demoUsers, storageStateOf } from "./support";

export default async function globalSetup(config: FullConfig) {
  mkdirSync(authDir, { recursive: true });
  const baseURL = config.projects[0].use.baseURL;
  for (const user of demoUsers) {
    const context = await request.newContext({ baseURL });
    const response = await apiLogin(context, user.email);
    if (response.status() >= 400) throw new Error(`Login failed for ${user.email}: ${response.status()}`);
    await context.storageState({ path: storageStateOf(user.email) });
    await context.dispose();
  }
}
