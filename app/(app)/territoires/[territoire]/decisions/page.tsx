import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { decisionStatusLabels, meetingKindLabels } from "@/lib/labels";
import { isOverdue, ownerLabel } from "@/lib/meetings/decision-rules";
import { listDecisionOwners, listDecisions } from "@/lib/meetings/queries";
import { decisionFiltersSchema } from "@/lib/meetings/schemas";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Suivi des décisions" };

type Props = {
  params: Promise<{ territoire: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DecisionsPage({ params, searchParams }: Props) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = decisionFiltersSchema.parse(raw);
  const db = getDb();
  const [decisions, owners] = await Promise.all([listDecisions(db, scope, filters), listDecisionOwners(db, scope)]);
  const base = `/territoires/${scope.territory.slug}`;
  const today = new Date();
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: base },
          { label: "Réunions", href: `${base}/reunions` },
          { label: "Décisions" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Suivi des décisions</h1>
      <form
        // Keyed by the filters of the URL: "Effacer les filtres" (a link to the bare page) remounts the form, so its
        // controls show the URL's filters rather than the last ones typed.
        key={JSON.stringify(filters)}
        method="get"
        aria-label="Filtres"
        className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-3"
      >
        <label className="flex flex-col text-sm">
          Statut
          <select
            name="statut"
            defaultValue={filters.statut ?? "ouvertes"}
            className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
          >
            <option value="ouvertes">Ouvertes ou en cours</option>
            <option value="soldees">Soldées ou abandonnées</option>
            <option value="toutes">Toutes</option>
          </select>
        </label>
        <label className="flex flex-col text-sm">
          Organisation responsable
          <select
            name="responsable"
            defaultValue={filters.responsable ?? ""}
            className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
          >
            <option value="">Toutes</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          Filtrer
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-700" aria-live="polite">
        {countOf(decisions.length, "décision")}
      </p>
      {decisions.length ? (
        <Table caption="Décisions des comités" className="mt-2">
          <THead>
            <Th>Décision</Th>
            <Th>Prise le</Th>
            <Th>Responsable</Th>
            <Th>Échéance</Th>
            <Th>Statut</Th>
            <Th>Dernier suivi</Th>
          </THead>
          <tbody>
            {decisions.map((d) => {
              const last = d.followUps.at(-1);
              const overdue = isOverdue(d, today);
              return (
                <Tr key={d.id}>
                  <Td>{d.text}</Td>
                  <Td>
                    <Link href={`${base}/reunions/${d.meeting.id}`} className="text-brand-700 underline">
                      {meetingKindLabels[d.meeting.kind]} du {formatDate(d.meeting.startsAt)}
                    </Link>
                  </Td>
                  <Td>{ownerLabel(d)}</Td>
                  <Td>
                    {d.dueDate ? formatDate(d.dueDate) : "—"}{" "}
                    {overdue ? <Badge tone="danger">Échéance dépassée</Badge> : null}
                  </Td>
                  <Td>{decisionStatusLabels[d.status]}</Td>
                  <Td>
                    {last ? (
                      <Link href={`${base}/reunions/${last.meeting.id}`} className="text-brand-700 underline">
                        {formatDate(last.meeting.startsAt)}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </Td>
                </Tr>
              );
            })}
          </tbody>
        </Table>
      ) : null}
    </>
  );
}
