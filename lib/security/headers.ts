// Security headers and request checks applied to every request by proxy.ts (pure functions, unit-tested).

/**
 * The Content-Security-Policy of a page: scripts only from this origin and those carrying the request's nonce
 * (Next.js puts it on its own scripts when it finds it in the request's policy), no plugins, no framing, forms and
 * connections to this origin only. Style attributes stay allowed (charts and the editor set them); style elements
 * need the nonce. Development adds what `next dev` needs (eval for React's debugging, its WebSocket, its injected
 * style elements).
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // `next dev` injects its CSS as <style> elements without a nonce (a nonce would make 'unsafe-inline' ignored).
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request that can change something (a server action, a POST route handler such as the plan import) comes
 * from another site: its Origin names another host, or the browser says it is cross-site. Such requests are
 * refused with 403 before they reach the application (a server action with a foreign Origin would otherwise end
 * in Next's own check as a 500). Requests without these headers do not come from a browser page, so they cannot
 * ride on a user's cookies across sites.
 */
export function isCrossSiteWrite(request: { method: string; headers: Headers }): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const origin = request.headers.get("origin");
  if (origin) {
    if (origin === "null") return true;
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}
