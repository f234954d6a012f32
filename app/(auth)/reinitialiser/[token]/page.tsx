import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ResetPasswordForm } from "@/components/account-forms";
import { Alert } from "@/components/ui/alert";
import { findResetToken, INVALID_RESET_LINK } from "@/lib/account/reset-password";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Nouveau mot de passe", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const found = await findResetToken(getDb(), token);
  return (
    <main id="contenu" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">Nouveau mot de passe</h1>
      {found ? (
        <>
          <p className="mt-2 mb-6 break-all text-slate-700">Compte : {found.user.email}</p>
          <ResetPasswordForm token={token} />
          <p className="mt-4 text-sm text-slate-700">
            Toutes les sessions ouvertes de ce compte seront fermées, sur tous les appareils.
          </p>
        </>
      ) : (
        <div className="mt-6 flex flex-col gap-4">
          <Alert>{INVALID_RESET_LINK}</Alert>
          <p>
            <Link href="/mot-de-passe-oublie" className="text-brand-700 underline">
              Demander un nouveau lien
            </Link>
          </p>
        </div>
      )}
    </main>
  );
}
