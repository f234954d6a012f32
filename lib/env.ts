import "server-only";
import { z } from "zod";
import { DEFAULT_EMAIL_FROM } from "./email/defaults";

// Validated once, at first use. AUTH_SECRET is generated and persisted by lib/cli/start.ts for local runs.
const envSchema = z.object({
  DATABASE_URL: z.string().url(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  SESSION_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60 * 60),
});

let cached: z.infer<typeof envSchema> | undefined;

export function env() {
  cached ??= envSchema.parse({
    DATABASE_URL: process.env.DATABASE_URL,
    AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
    SESSION_MAX_AGE_SECONDS: process.env.SESSION_MAX_AGE_SECONDS,
  });
  return cached;
}

// Email settings, validated apart from env() so that the worker (`npm run worker`) needs neither AUTH_SECRET nor
// anything else of the web app. Without SMTP_URL, emails are kept in the EmailMessage table and printed.
const emailEnvSchema = z.object({
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587 or smtps://…:465" })
    .optional(),
  EMAIL_FROM: z.string().min(3).default(DEFAULT_EMAIL_FROM),
});

export type EmailEnv = z.infer<typeof emailEnvSchema>;

export function emailEnv(source: NodeJS.ProcessEnv = process.env): EmailEnv {
  return emailEnvSchema.parse({
    SMTP_URL: source.SMTP_URL || undefined,
    EMAIL_FROM: source.EMAIL_FROM || undefined,
  });
}

// The Cnaf's open-data portal (Opendatasoft Explore API v2.1), e.g. https://data.caf.fr: when set, the diagnostic's
// import page offers to fetch each dataset's rows of the caisse directly. Unset: files only.
const openDataEnvSchema = z.object({
  CAF_OPEN_DATA_URL: z
    .url({ protocol: /^https?$/, error: "CAF_OPEN_DATA_URL must look like https://data.caf.fr" })
    .optional(),
});

export function openDataPortalUrl(source: NodeJS.ProcessEnv = process.env): string | null {
  const url = openDataEnvSchema.parse({ CAF_OPEN_DATA_URL: source.CAF_OPEN_DATA_URL || undefined }).CAF_OPEN_DATA_URL;
  return url ? url.replace(/\/+$/, "") : null;
}
