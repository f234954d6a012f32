// Email settings shared by lib/env.ts (server-only) and modules that also load outside Next.js.

/** The sender when EMAIL_FROM is not set. */
export const DEFAULT_EMAIL_FROM = '"Plateforme CTG" <ne-pas-repondre@ctg.localhost>';
