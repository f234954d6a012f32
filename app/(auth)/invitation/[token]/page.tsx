import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AcceptInvitationButton, AcceptWithAccountForm } from "@/components/account-forms";
import { ProConnectButton } from "@/components/proconnect-button";
import { Alert } from "@/components/ui/alert";
import { INVALID_INVITATION } from "@/lib/account/accept-invitation";
import { isProConnectEnabled } from "@/lib/auth/proconnect";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { findPendingInvitation } from "@/lib/invitations/invitations";
import { roleWithScope } from "@/lib/labels";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

const link = "text-brand-700 underline";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const db = getDb();
  const invitation = await findPendingInvitation(db, token);
  if (!invitation)
    return (
      <Shell>
        <div className="mt-6 flex flex-col gap-4">
          <Alert>{INVALID_INVITATION}</Alert>
          <p>
            <Link href="/connexion" className={link}>
              Aller à la page de connexion
            </Link>
          </p>
        </div>
      </Shell>
    );
  const [actor, inviter, account] = await Promise.all([
    getActor(),
    invitation.invitedById
      ? db.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true } })
      : null,
    db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
  ]);
  const place = invitation.territory?.name ?? invitation.caisse.shortName;
  const here = `/invitation/${token}`;
  return (
    <Shell>
      <p className="mt-2 text-slate-700">
        {inviter?.name ?? "L'équipe de la plateforme"} vous invite à rejoindre <strong>{place}</strong> (
        {invitation.caisse.shortName}) en tant que{" "}
        <strong>{roleWithScope(invitation.role, invitation.territory?.name, invitation.organisation?.name)}</strong>.
      </p>
      <p className="mt-1 text-sm break-all text-slate-700">
        Invitation adressée à {invitation.email}, valable jusqu&apos;au {formatDateTime(invitation.expiresAt)}.
      </p>
      {actor && actor.email === invitation.email ? (
        <AcceptInvitationButton token={token} />
      ) : actor ? (
        <div className="mt-6 flex flex-col gap-3">
          <Alert tone="info">
            Vous êtes connecté(e) avec l&apos;adresse {actor.email}, alors que cette invitation est adressée à{" "}
            {invitation.email}. Déconnectez-vous, puis rouvrez ce lien.
          </Alert>
          <p>
            <Link href="/deconnexion" className={link}>
              Se déconnecter
            </Link>
          </p>
        </div>
      ) : account ? (
        <div className="mt-6 flex flex-col gap-3">
          <p>Un compte existe déjà pour cette adresse : connectez-vous pour accepter l&apos;invitation.</p>
          <p>
            <Link href={`/connexion?callbackUrl=${encodeURIComponent(here)}`} className={link}>
              Se connecter pour accepter
            </Link>
          </p>
        </div>
      ) : (
        <section aria-labelledby="creer" className="mt-6">
          <h2 id="creer" className="mb-3 text-xl font-semibold">
            Créer votre compte
          </h2>
          {isProConnectEnabled() ? (
            <div className="mb-6 flex flex-col gap-3">
              <p className="text-sm text-slate-700">
                Agent d&apos;un service public ? Connectez-vous avec ProConnect avec l&apos;adresse {invitation.email} :
                votre compte est créé et l&apos;invitation acceptée.
              </p>
              <ProConnectButton callbackUrl="/" />
              <p className="flex items-center gap-3 text-sm text-slate-700" aria-hidden="true">
                <span className="h-px flex-1 bg-slate-300" />
                ou
                <span className="h-px flex-1 bg-slate-300" />
              </p>
            </div>
          ) : null}
          <AcceptWithAccountForm token={token} email={invitation.email} name={invitation.name} />
        </section>
      )}
    </Shell>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <main id="contenu" className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">Invitation</h1>
      {children}
    </main>
  );
}
