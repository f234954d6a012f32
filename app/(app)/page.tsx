import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatPeriod } from "@/lib/format";
import { caisseKindLabels } from "@/lib/labels";
import { listVisibleTerritories } from "@/lib/territories/queries";
import { ofName } from "@/lib/typography";

export const metadata: Metadata = { title: "Mes territoires" };

export default async function TerritoriesPage() {
  const actor = await requireActorForPage();
  // A platform operator holding no role in any caisse has nothing here: its home is the operator pages.
  if (actor.isPlatformOperator && actor.memberships.length === 0) redirect("/plateforme");
  const groups = await listVisibleTerritories(getDb(), actor);
  return (
    <>
      <h1 className="text-2xl font-semibold">Mes territoires</h1>
      {groups.length === 0 ? (
        <p className="mt-6 text-slate-700">
          Aucun territoire ne vous est encore attribué. Contactez l&apos;administrateur de votre caisse.
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.caisse.id} aria-labelledby={`caisse-${group.caisse.id}`} className="mt-8">
          <h2 id={`caisse-${group.caisse.id}`} className="text-xl font-semibold">
            {group.caisse.shortName}{" "}
            <span className="text-base font-normal text-slate-700">({caisseKindLabels[group.caisse.kind]})</span>
          </h2>
          {actor.memberships.some(
            (m) => m.territoryId === null && m.caisseId === group.caisse.id && can([m.role], "caisse.overview"),
          ) ? (
            <p className="mt-2 text-sm">
              <Link href={`/caisses/${group.caisse.id}`} className="text-brand-700 underline">
                Vue d&apos;ensemble des territoires de la caisse
              </Link>
            </p>
          ) : null}
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {group.territories.map((territory) => (
              <li key={territory.id} className="rounded border border-slate-300 bg-white p-4">
                <h3 className="text-lg font-medium">
                  <Link href={`/territoires/${territory.slug}`} className="text-brand-700 underline">
                    {territory.name}
                  </Link>
                </h3>
                <p className="mt-1 text-sm">
                  <Link href={`/territoires/${territory.slug}/tableau-de-bord`} className="text-brand-700 underline">
                    Tableau de bord {ofName(territory.name)}
                  </Link>
                </p>
                {territory.conventions.length === 0 ? (
                  <p className="mt-2 text-sm text-slate-700">Aucune convention.</p>
                ) : (
                  <ul className="mt-2 space-y-1 text-sm">
                    {territory.conventions.map((convention) => (
                      <li key={convention.id} className="flex flex-wrap items-center gap-2">
                        <span>
                          CTG n°&nbsp;{convention.edition} — {formatPeriod(convention.startDate, convention.endDate)}
                        </span>
                        <ConventionStatusBadge status={convention.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
