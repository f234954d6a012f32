import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { Button } from "@/components/ui/button";
import { mayEditFiche } from "@/lib/fiches-action/access";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { createFicheAction } from "@/lib/fiches-action/actions";
import { currentPlanConvention } from "@/lib/fiches-action/plan";
import { getDrillDownSubjects, listFiches, listFilterOptions } from "@/lib/fiches-action/queries";
import { ficheFiltersSchema, FICHE_STATUSES, PRIORITIES, THEMES } from "@/lib/fiches-action/schemas";
import { formatMonth } from "@/lib/format";
import { ficheStatusLabels, priorityLabels, themeLabels } from "@/lib/labels";
import { FichesTable } from "./fiches-table";
import { ofName } from "@/lib/typography";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Fiches-action" };

type Props = {
  params: Promise<{ territoire: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function FichesPage({ params, searchParams }: Props) {
  const { territoire } = await params;
  const { actor, scope } = await requireTerritoryForPage(territoire);
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = ficheFiltersSchema.parse(raw);
  const db = getDb();
  const [fiches, options, convention] = await Promise.all([
    listFiches(db, scope, filters),
    listFilterOptions(db, scope),
    currentPlanConvention(db, scope),
  ]);
  const base = `/territoires/${scope.territory.slug}/fiches-action`;
  // Filters that only the dashboards set (a convention's plan, a funder, a budget year), said in words.
  const { convention: drillConvention, funder: drillFunder } = await getDrillDownSubjects(db, scope, {
    conventionId: filters.convention,
    funderId: filters.financeur,
  });
  const drill = [
    drillConvention ? `plan de la CTG n° ${drillConvention.edition}` : null,
    drillFunder ? `financées par ${drillFunder.name}` : null,
    filters.annee ? `budget ${filters.annee}` : null,
  ].filter((v): v is string => !!v);
  // The bulk form and the checkboxes follow the server's rule (lib/fiches-action/access.ts): a pilot contributor
  // selects only the fiches its organisation pilots, and a reader none.
  const editable = new Set(fiches.filter((f) => mayEditFiche(actor, scope, f)).map((f) => f.id));
  const canBulk = editable.size > 0;
  const sortLink = (key: NonNullable<typeof filters.tri>) => {
    const next = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
    next.set("tri", key);
    next.set("ordre", filters.tri === key && filters.ordre !== "desc" ? "desc" : "asc");
    return `${base}?${next.toString()}`;
  };
  const select = (name: string, label: string, value: string | undefined, entries: [string, string][]) => (
    <label className="flex flex-col text-sm">
      {label}
      <select
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
      >
        <option value="">Tous</option>
        {entries.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Fiches-action" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Plan d&apos;actions {ofName(scope.territory.name)}</h1>
      <ul className="mt-2 flex flex-wrap gap-4 text-sm">
        <li>
          <a className="text-brand-700 underline" href={`${base}/export`}>
            Exporter le plan (Excel)
          </a>
        </li>
        {scope.can("fiche.edit") ? (
          <li>
            <Link className="text-brand-700 underline" href={`${base}/importer`}>
              Importer depuis Excel
            </Link>
          </li>
        ) : null}
      </ul>
      <form
        // Keyed by the filters of the URL: "Effacer les filtres" (a link to the bare page) remounts the form, so its
        // controls show the URL's filters rather than the last ones typed.
        key={JSON.stringify(filters)}
        method="get"
        aria-label="Filtres"
        className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-3"
      >
        {select(
          "theme",
          "Thématique",
          filters.theme,
          THEMES.map((t) => [t, themeLabels[t]]),
        )}
        {select(
          "axe",
          "Axe",
          filters.axe,
          options.axes.map((a) => [a.id, `CTG n° ${a.convention.edition} · ${a.position}. ${a.title}`]),
        )}
        {select(
          "statut",
          "Statut",
          filters.statut,
          FICHE_STATUSES.map((s) => [s, ficheStatusLabels[s]]),
        )}
        {select(
          "pilote",
          "Pilote",
          filters.pilote,
          options.pilots.map((p) => [p.id, p.name]),
        )}
        {select(
          "priorite",
          "Priorité",
          filters.priorite,
          PRIORITIES.map((p) => [p, priorityLabels[p]]),
        )}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="retard" value="1" defaultChecked={!!filters.retard} className="h-4 w-4" /> En
          retard seulement
        </label>
        <label className="flex flex-col text-sm">
          Recherche
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            maxLength={100}
            className="mt-1 rounded border border-slate-500 px-2 py-2"
          />
        </label>
        {filters.convention ? <input type="hidden" name="convention" value={filters.convention} /> : null}
        {filters.financeur ? <input type="hidden" name="financeur" value={filters.financeur} /> : null}
        {filters.annee ? <input type="hidden" name="annee" value={filters.annee} /> : null}
        {filters.tri ? <input type="hidden" name="tri" value={filters.tri} /> : null}
        {filters.ordre ? <input type="hidden" name="ordre" value={filters.ordre} /> : null}
        <Button type="submit" variant="secondary">
          Filtrer
        </Button>
        <Link href={base} className="text-sm text-brand-700 underline">
          Effacer les filtres
        </Link>
      </form>
      {drill.length ? <p className="mt-3 text-sm">Filtre venant du tableau de bord : {drill.join(", ")}.</p> : null}
      <p className="mt-4 text-sm text-slate-700" aria-live="polite">
        {countOf(fiches.length, "fiche")}
      </p>
      <FichesTable
        territoryId={scope.territory.id}
        base={base}
        canBulk={canBulk}
        sort={{
          key: filters.tri ?? "numero",
          order: filters.ordre ?? "asc",
          links: {
            numero: sortLink("numero"),
            titre: sortLink("titre"),
            statut: sortLink("statut"),
            fin: sortLink("fin"),
            priorite: sortLink("priorite"),
          },
        }}
        fiches={fiches.map((f) => ({
          id: f.id,
          number: f.number,
          title: f.title,
          status: f.status,
          late: f.late,
          priority: f.priority,
          themes: f.themes.map((t) => themeLabels[t]).join(", "),
          axis: f.axis ? `${f.axis.position}. ${f.axis.title}` : "—",
          pilot: f.pilotOrganisation?.shortName ?? f.pilotOrganisation?.name ?? "—",
          editable: editable.has(f.id),
          end: formatMonth(f.endMonth),
        }))}
      />
      {scope.can("fiche.edit") && convention ? (
        <section aria-labelledby="nouvelle-fiche" className="mt-10 rounded border border-slate-300 bg-white p-4">
          <h2 id="nouvelle-fiche" className="text-xl font-semibold">
            Nouvelle fiche-action
          </h2>
          <p className="mb-3 text-sm text-slate-700">Dans le plan de la convention n° {convention.edition}.</p>
          <ActionForm
            action={createFicheAction}
            title="Nouvelle fiche-action"
            submitLabel="Créer la fiche"
            resetOnSuccess
            successMessage="Fiche créée."
            hidden={{ conventionId: convention.id }}
            fields={[
              { name: "number", label: "Numéro", required: true, maxLength: 20, hint: "Ex. : 2.3" },
              { name: "title", label: "Titre", required: true, maxLength: 300 },
              {
                name: "themes",
                label: "Thématiques",
                type: "checkboxes",
                options: THEMES.map((t) => ({ value: t, label: themeLabels[t] })),
              },
              {
                name: "axisId",
                label: "Axe",
                type: "select",
                options: [
                  { value: "", label: "—" },
                  ...options.axes
                    .filter((a) => a.convention.edition === convention.edition)
                    .map((a) => ({ value: a.id, label: `${a.position}. ${a.title}` })),
                ],
              },
              {
                name: "priority",
                label: "Priorité",
                type: "select",
                defaultValue: "MEDIUM",
                options: PRIORITIES.map((p) => ({ value: p, label: priorityLabels[p] })),
              },
              { name: "startMonth", label: "Début (mois)", type: "month" },
              { name: "endMonth", label: "Fin (mois)", type: "month" },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
