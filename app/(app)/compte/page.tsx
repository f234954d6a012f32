import type { Metadata } from "next";
import { ChangePasswordForm, SignOutEverywhereButton } from "@/components/account-forms";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { updateAccountNameAction } from "@/lib/account/actions";
import { requireActorForPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Mon compte" };

export default async function AccountPage() {
  const actor = await requireActorForPage();
  return (
    <>
      <Breadcrumb items={[{ label: "Mes territoires", href: "/" }, { label: "Mon compte" }]} />
      <h1 className="mt-2 text-2xl font-semibold">Mon compte</h1>
      <p className="mt-1 break-all text-slate-700">Adresse électronique : {actor.email}</p>

      <section aria-labelledby="nom" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="nom" className="mb-3 text-xl font-semibold">
          Nom
        </h2>
        <ActionForm
          action={updateAccountNameAction}
          hidden={{}}
          title="Modifier mon nom"
          submitLabel="Enregistrer le nom"
          fields={[{ name: "name", label: "Nom et prénom", required: true, defaultValue: actor.name, maxLength: 200 }]}
        />
      </section>

      <section aria-labelledby="mot-de-passe" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="mot-de-passe" className="mb-3 text-xl font-semibold">
          Mot de passe
        </h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="sessions" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="sessions" className="text-xl font-semibold">
          Sessions
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700">
          Ferme votre session sur tous les appareils, y compris celui-ci (un ordinateur partagé, un téléphone perdu).
        </p>
        <SignOutEverywhereButton />
      </section>
    </>
  );
}
