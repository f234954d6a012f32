// The local ProConnect of the e2e run (a Playwright webServer entry, started before the app, which gets
// PROCONNECT_DOMAIN=http://127.0.0.1:<PROCONNECT_TEST_PORT>). Its accounts: a demo user (linked by email at the first
// login), a person with neither account nor invitation, and a forger whose userinfo is signed with another key.
import { startTestProConnect, type TestProConnectAccount } from "../helpers/oidc-provider";
import { e2eProConnect } from "./proconnect-accounts";

// Both spellings of this machine, so that `npm start` (NEXTAUTH_URL=http://localhost:3000) can use it too.
const apps = ["127.0.0.1", "localhost"].map((host) => `http://${host}:${e2eProConnect.appPort}`);
const accounts: TestProConnectAccount[] = Object.values(e2eProConnect.accounts);

const provider = await startTestProConnect({
  port: e2eProConnect.port,
  redirectUris: apps.map((app) => `${app}/api/auth/callback/proconnect`),
  postLogoutRedirectUris: apps.map((app) => `${app}/connexion`),
  accounts,
});
console.log(`Test ProConnect at ${provider.issuer}`);
const stop = () => void provider.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
