// Requests that no page of this application sends, refused by proxy.ts before Next.js reads them, because Next.js
// would answer them with a 500 and an error in the server log (found by the fuzzer, lib/cli/fuzz.ts):
// - a path with broken percent-encoding ("%", "%ED%A0%80") or a control character once decoded ("%00"), which
//   Next.js cannot decode or which reaches PostgreSQL as a NUL byte in a route parameter;
// - a server action call whose body is not what React's client sends: over the 1 MB limit of Next.js, not JSON,
//   not an argument list, or with React references ("$@1", "$F1", "$Q1"…) that point at parts a text body cannot
//   have (React then waits for them and fails with "Connection closed").
import { hasForbiddenCharacters } from "../zod-fr";

/** Next.js' default `serverActions.bodySizeLimit`. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** Whether a URL path decodes cleanly to text without control characters or lone surrogates. */
export function isReadablePath(pathname: string): boolean {
  try {
    return !hasForbiddenCharacters(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

/**
 * The "$" strings React's client writes in a text body for plain arguments: "$$…" (a string that starts with "$"),
 * undefined, non-finite numbers, -0, dates, bigints, and paths into the argument list itself ("$0:a:b", for a
 * value met twice). Anything else refers to a part only a multipart body has.
 */
const PLAIN_REFERENCE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$|0(:|$))/;

function hasForeignReference(value: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (typeof value === "string") return value.startsWith("$") && !PLAIN_REFERENCE.test(value);
  if (Array.isArray(value)) return value.some((item) => hasForeignReference(item, depth + 1));
  if (value && typeof value === "object")
    return Object.values(value).some((item) => hasForeignReference(item, depth + 1));
  return false;
}

/**
 * Why a server action call cannot be what React's client sent, or null when it may be. Only text bodies are read
 * (multipart ones, from forms, go to Next.js as they are, within the size limit).
 */
export async function malformedActionCall(request: Request): Promise<string | null> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > ACTION_BODY_LIMIT) return "too large";
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) return null;
  const body = await request.clone().text();
  if (body.length > ACTION_BODY_LIMIT) return "too large";
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "not JSON";
  }
  if (!Array.isArray(parsed)) return "not an argument list";
  if (hasForeignReference(parsed)) return "reference to a missing part";
  return null;
}
