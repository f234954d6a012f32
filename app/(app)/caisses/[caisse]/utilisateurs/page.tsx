import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { InvitationsTable, InviteForm, PersonCard } from "@/components/people";
import { orNotFound, requireActorForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getCaissePeople } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Utilisateurs de la caisse" };

export default async function CaissePeoplePage({ params }: { params: Promise<{ caisse: string }> }) {
  const { caisse: caisseId } = await params;
  const actor = await requireActorForPage();
  const data = await orNotFound(getCaissePeople(getDb(), actor, caisseId));
  const options = { territories: data.territories, organisations: data.organisations };
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: `Vue d'ensemble — ${data.caisse.shortName}`, href: `/caisses/${caisseId}` },
          { label: "Utilisateurs" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Utilisateurs — {data.caisse.shortName}</h1>
      <p className="mt-1 text-slate-700">
        Chaque changement prend effet à la prochaine page ouverte par la personne concernée.
      </p>

      <section aria-labelledby="personnes" className="mt-6">
        <h2 id="personnes" className="text-xl font-semibold">
          Personnes ({data.people.length})
        </h2>
        <ul className="mt-3 flex flex-col gap-3">
          {data.people.map((person) => (
            <PersonCard key={person.id} caisseId={caisseId} person={person} {...options} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="invitations" className="mt-8">
        <h2 id="invitations" className="text-xl font-semibold">
          Invitations en attente ({data.invitations.length})
        </h2>
        <InvitationsTable caisseId={caisseId} invitations={data.invitations} />
      </section>

      <section aria-labelledby="inviter" className="mt-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="inviter" className="text-xl font-semibold">
          Inviter une personne
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700">
          La personne reçoit par e-mail un lien valable 7 jours. Si elle a déjà un compte, elle l&apos;accepte en se
          connectant : le rôle s&apos;ajoute à son compte.
        </p>
        <InviteForm caisseId={caisseId} {...options} />
      </section>
    </>
  );
}
