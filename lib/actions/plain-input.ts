// What a server action accepts before its schema sees it: plain data as a form sends it (strings, numbers,
// booleans, null, arrays and plain objects). React decodes a crafted request into other things too — references
// ("$T", "$@1"…) become proxies or promises that throw when a schema touches them — and a NUL byte or half of a
// UTF-16 pair anywhere would only be refused later by PostgreSQL or JSON. Both are refused here, for every action,
// as invalid input: nothing runs, nothing is written.
import { AppError } from "../errors";
import { hasForbiddenCharacters } from "../zod-fr";

const MAX_DEPTH = 20;
const MAX_VALUES = 20_000;

const UNREADABLE = "Les données envoyées sont illisibles : rechargez la page et recommencez.";
const FORBIDDEN_TEXT = "Le texte saisi contient des caractères non autorisés (caractères de contrôle).";

export function assertPlainInput(input: unknown): void {
  let count = 0;
  const visit = (value: unknown, depth: number): void => {
    if (++count > MAX_VALUES || depth > MAX_DEPTH) throw new AppError("INVALID_INPUT", UNREADABLE);
    if (value === null || value === undefined || typeof value === "boolean") return;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new AppError("INVALID_INPUT", UNREADABLE);
      return;
    }
    if (typeof value === "string") {
      if (hasForbiddenCharacters(value)) throw new AppError("INVALID_INPUT", FORBIDDEN_TEXT);
      return;
    }
    if (typeof value !== "object") throw new AppError("INVALID_INPUT", UNREADABLE); // function, symbol, bigint
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new AppError("INVALID_INPUT", UNREADABLE);
    for (const key of Object.keys(value)) {
      if (hasForbiddenCharacters(key)) throw new AppError("INVALID_INPUT", UNREADABLE);
      visit((value as Record<string, unknown>)[key], depth + 1);
    }
  };
  try {
    visit(input, 0);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("INVALID_INPUT", UNREADABLE); // a proxy that throws when read
  }
}
