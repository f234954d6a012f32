import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account-forms";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgotPasswordPage() {
  return (
    <main id="contenu" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">Mot de passe oublié</h1>
      <p className="mt-2 text-slate-700">
        Saisissez l&apos;adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de
        passe, valable une heure.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm">
        <Link href="/connexion" className="text-brand-700 underline">
          Retour à la connexion
        </Link>
      </p>
    </main>
  );
}
