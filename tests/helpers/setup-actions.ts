// Setup file (vitest.config.ts) for calling server actions as Next.js does (tests/helpers/invoke.ts).
import { vi } from "vitest";

// The framework boundary: outside a Next.js request, `connection()` throws; here every call is a request.
// (The session cookie reaches next-auth through `next/headers`, see tests/helpers/session.ts.)
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => undefined,
}));

// Every AppError constructed in a test is also recorded, unchanged otherwise, so that tests/helpers/invoke.ts can
// name the code behind a serverError: the real wrapper, like production, hands the caller only the message.
const recorded = vi.hoisted(() => {
  const key = Symbol.for("ctg.tests.appErrors");
  const globals = globalThis as { [key]?: { code: string; message: string }[] };
  globals[key] ??= [];
  return globals[key];
});

vi.mock("../../lib/errors", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/errors")>();
  class AppError extends original.AppError {
    constructor(...args: ConstructorParameters<typeof original.AppError>) {
      super(...args);
      recorded.push(this);
    }
  }
  return { ...original, AppError };
});
