import type { Metadata } from "next";
import { LogoutButton } from "@/components/logout-button";

export const metadata: Metadata = { title: "Déconnexion" };

export default function LogoutPage() {
  return (
    <main id="contenu" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">Déconnexion</h1>
      <p className="mt-2 text-slate-700">Voulez-vous fermer votre session ?</p>
      <div className="mt-6">
        <LogoutButton />
      </div>
    </main>
  );
}
