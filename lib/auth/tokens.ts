// Single-use secret links (invitations, password resets): 32 random bytes in the URL, only their SHA-256 hash in
// the database, so that a leaked table does not hand out working links.
import { createHash, randomBytes } from "node:crypto";

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSecretToken(token) };
}

/** Tokens as they appear in links: 43 base64url characters. Anything else is refused before any lookup. */
export const SECRET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The public base URL of the app, for links in emails (NEXTAUTH_URL, set by `npm start`). */
export function appUrl(path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return `${base}${path}`;
}
