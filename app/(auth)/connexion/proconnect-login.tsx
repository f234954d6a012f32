import { timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { ProConnectButton } from "@/components/proconnect-button";
import { Alert } from "@/components/ui/alert";
import { isProConnectEnabled, PROCONNECT_LOGOUT_STATE_COOKIE, proconnectErrorMessage } from "@/lib/auth/proconnect";

/** Whether the `state` ProConnect sent back after a logout is the one this browser's logout made. */
async function isOwnLogoutState(state: string | undefined): Promise<boolean> {
  const expected = (await cookies()).get(PROCONNECT_LOGOUT_STATE_COOKIE)?.value;
  if (typeof state !== "string" || !expected || state.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(state), Buffer.from(expected));
}

/**
 * The ProConnect part of the login page: the outcome of a ProConnect login or logout, and the button (only when
 * ProConnect is configured), set apart from the email + password form.
 */
export async function ProConnectLogin({
  callbackUrl,
  error,
  state,
}: {
  callbackUrl: string;
  error?: string;
  state?: string;
}) {
  const message = proconnectErrorMessage(error);
  const loggedOut = await isOwnLogoutState(state);
  if (!isProConnectEnabled())
    return message ? (
      <div className="mt-6">
        <Alert>{message}</Alert>
      </div>
    ) : null;
  return (
    <section aria-label="Connexion avec ProConnect" className="mt-8 flex flex-col gap-4">
      {message ? <Alert>{message}</Alert> : null}
      {loggedOut ? <Alert tone="success">Vous êtes déconnecté de ProConnect.</Alert> : null}
      <ProConnectButton callbackUrl={callbackUrl} />
      <p className="flex items-center gap-3 text-sm text-slate-700" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-300" />
        ou
        <span className="h-px flex-1 bg-slate-300" />
      </p>
    </section>
  );
}
