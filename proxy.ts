// Runs before every request (Next.js "proxy", formerly middleware): refuses cross-site writes with 403 and sets a
// Content-Security-Policy with a fresh nonce, passed to Next.js through the request so its scripts carry it.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, isCrossSiteWrite } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request)) {
    return new NextResponse("Requête refusée : elle ne vient pas de cette application.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static files are served without running the proxy; prefetches need no nonce of their own.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
