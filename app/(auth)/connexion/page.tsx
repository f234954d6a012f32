import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/redirect";
import { getActor } from "@/lib/auth/session";
import { proconnectErrorMessage } from "@/lib/auth/proconnect";
import { LoginForm } from "./login-form";
import { ProConnectLogin } from "./proconnect-login";

export const metadata: Metadata = { title: "Connexion" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; reinitialise?: string; state?: string }>;
}) {
  const { callbackUrl, error, reinitialise, state } = await searchParams;
  if (await getActor()) redirect(safeCallbackPath(callbackUrl));
  // Only paths of this site, parsed as URLs: anything else would make this page an open redirect.
  const target = safeCallbackPath(callbackUrl);
  return (
    <main id="contenu" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">Connexion</h1>
      <p className="mt-2 text-slate-700">Conventions territoriales globales : rédaction, signature et suivi.</p>
      {reinitialise ? (
        <div className="mt-6">
          <Alert tone="success">Votre mot de passe a été changé : connectez-vous avec le nouveau.</Alert>
        </div>
      ) : null}
      <ProConnectLogin callbackUrl={target} error={error} state={state} />
      <LoginForm callbackUrl={target} initialError={proconnectErrorMessage(error) ? undefined : error} />
      <p className="mt-6 text-sm">
        <Link href="/mot-de-passe-oublie" className="text-brand-700 underline">
          Mot de passe oublié ?
        </Link>
      </p>
    </main>
  );
}
