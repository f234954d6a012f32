// The client the local test ProConnect knows (tests/helpers/oidc-provider.ts); kept apart so that
// playwright.config.ts can read it without loading oidc-provider.
export const TEST_CLIENT_ID = "ctg-test-client";
export const TEST_CLIENT_SECRET = "ctg-test-client-secret-ctg-test-client-secret";
