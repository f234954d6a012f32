// A logged-in HTTP client for the benchmarks (lib/cli/bench-*.ts): the session cookies of an account, obtained as
// next-auth's credentials form does, and the Cookie header that sends them back.

export type Cookies = Map<string, string>;

export const cookieHeader = (cookies: Cookies) => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

/** Keeps the cookies a response sets. */
export function keepCookies(cookies: Cookies, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

/** Logs in as next-auth's credentials form does; returns the cookies holding the session (throws when refused). */
export async function login(base: string, email: string, password: string): Promise<Cookies> {
  const cookies: Cookies = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keepCookies(cookies, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(cookies) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: "true" }),
  });
  keepCookies(cookies, response);
  const answer = await response.text();
  if (![...cookies.keys()].some((name) => name.includes("next-auth.session-token"))) {
    throw new Error(`login failed for ${email}: HTTP ${response.status} ${answer.slice(0, 200)}`);
  }
  return cookies;
}
