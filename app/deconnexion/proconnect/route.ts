import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { PROCONNECT_LOGOUT_STATE_COOKIE, proconnectLogoutUrl } from "@/lib/auth/proconnect";

/**
 * Step one of a logout (components/logout-button.tsx): when the session came from ProConnect, answers the
 * provider's end-session URL (id_token_hint, state, post_logout_redirect_uri) and keeps the state in a cookie that
 * the login page checks on return; otherwise `{ url: null }`. The button then ends the local session through
 * next-auth (the UserSession row is revoked in every case) and goes to the URL. POST only: the proxy refuses
 * cross-site POSTs, so another site cannot read the URL or log anyone out.
 */
export async function POST(request: NextRequest) {
  const noStore = { "Cache-Control": "no-store" };
  const token = await getToken({ req: request, secret: env().AUTH_SECRET }).catch(() => null);
  let logout: Awaited<ReturnType<typeof proconnectLogoutUrl>> = null;
  try {
    logout = await proconnectLogoutUrl(token);
  } catch (error) {
    // ProConnect unreachable: the local logout still happens; the ProConnect session ends on its own (12 h).
    console.error("[proconnect] end-session URL unavailable", error);
  }
  if (!logout) return Response.json({ url: null }, { headers: noStore });
  const response = Response.json({ url: logout.url }, { headers: noStore });
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  response.headers.append(
    "Set-Cookie",
    `${PROCONNECT_LOGOUT_STATE_COOKIE}=${logout.state}; Path=/connexion; Max-Age=600; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
  );
  return response;
}
