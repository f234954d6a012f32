import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from "./tests/helpers/oidc-test-client";
import { e2eProConnect } from "./tests/e2e/proconnect-accounts";

// Run by lib/cli/test.ts, which starts PostgreSQL, seeds E2E_DATABASE_URL and builds the app first.
const port = Number(process.env.E2E_PORT ?? 3100);
const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json"]], // the JSON file (PLAYWRIGHT_JSON_OUTPUT_NAME) feeds the closing line of lib/cli/test.ts
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    // A local ProConnect (tests/e2e/proconnect-provider.ts), started before the app that points to it.
    {
      command: "node node_modules/tsx/dist/cli.mjs tests/e2e/proconnect-provider.ts",
      url: `http://127.0.0.1:${e2eProConnect.port}/api/v2/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { E2E_PORT: String(port), PROCONNECT_TEST_PORT: String(e2eProConnect.port) },
    },
    {
      command: `node --import tsx lib/cli/serve.ts -p ${port}`,
      url: `http://127.0.0.1:${port}/connexion`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        PROCONNECT_DOMAIN: `http://127.0.0.1:${e2eProConnect.port}`,
        PROCONNECT_CLIENT_ID: TEST_CLIENT_ID,
        PROCONNECT_CLIENT_SECRET: TEST_CLIENT_SECRET,
        // As behind a reverse proxy on 127.0.0.1 (the browser's address); the login throttle test also connects from
        // 127.0.0.2, a client that is no proxy.
        TRUSTED_PROXIES: "127.0.0.1",
      },
    },
  ],
});
