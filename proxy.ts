// Runs before every request (Next.js "proxy", formerly middleware): refuses cross-site writes with 403 and sets a
// Content-Security-Policy with a fresh nonce, passed to Next.js through the request so its scripts carry it.
// Unreadable paths and malformed server action calls get 400 here (lib/security/request-guards.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, isCrossSiteWrite } from "@/lib/security/headers";
import { isReadablePath, malformedActionCall } from "@/lib/security/request-guards";

const refuse = (status: number, message: string) =>
  new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request)) return refuse(403, "Requête refusée : elle ne vient pas de cette application.");
  if (!isReadablePath(request.nextUrl.pathname)) return refuse(400, "Adresse illisible.");
  if (request.method === "POST" && request.headers.has("next-action")) {
    const problem = await malformedActionCall(request);
    if (problem === "too large") return refuse(413, "Les données envoyées sont trop volumineuses.");
    if (problem) return refuse(400, "Les données envoyées sont illisibles : rechargez la page et recommencez.");
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
