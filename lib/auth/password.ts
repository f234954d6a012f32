// Password hashing: Argon2id (@node-rs/argon2). Hashes from before (bcrypt, "$2a$"/"$2b$"/"$2y$") still verify and
// are replaced by an Argon2id hash at the next successful login (lib/auth/authenticate.ts, `needsRehash`).
// Passwords are NFC-normalised before hashing, so that "é" typed as one code point or as "e" + accent is the same.
import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// 64 MiB, 3 passes, 1 lane: ~80 ms a check on these machines (2 shared cores; measured 2026-11-30 with
// m=19456/t=2 → 8 ms, m=32768/t=3 → 22 ms, m=65536/t=3 → 81 ms). Above OWASP's minimum (19 MiB, t=2), within
// the 50–150 ms a login can afford; raise memoryCost when the servers get faster.
export const ARGON2_PARAMS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolatedModules cannot import)
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 1,
} as const;
const PARAMS_TAG = `$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`;

const normalise = (password: string) => password.normalize("NFC");
const isBcrypt = (stored: string) => /^\$2[aby]\$/.test(stored);

export function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), ARGON2_PARAMS);
}

/** Whether `password` matches `stored` (Argon2id, or a bcrypt hash from before). Unknown formats never match. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  try {
    if (isBcrypt(stored)) return await bcrypt.compare(password, stored);
    if (stored.startsWith("$argon2id$")) return await verify(stored, normalise(password));
  } catch {
    // A damaged hash: no match.
  }
  return false;
}

/** A stored hash that should be replaced at the next successful login (bcrypt, or weaker Argon2 parameters). */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(PARAMS_TAG);
}

/**
 * Compared against when the account does not exist or has no password, with the same parameters as real hashes,
 * so that response time does not reveal which emails exist. (The hash of a random string nobody knows.)
 */
export const DUMMY_HASH =
  "$argon2id$v=19$m=65536,t=3,p=1$7SUDLOy1z0/H0caetyCMMw$0LfTA3nrJeDKoEnpVCOz5eJWh6DZM5k780cgr1U2xFQ";
