import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getTerritoryDashboard } from "@/lib/dashboard/queries";
import { getDb } from "@/lib/db/client";
import { z } from "@/lib/zod-fr";
import { PeriodForm } from "./period-form";
import { ConventionSummary } from "./convention-summary";
import { KeyFigures } from "./key-figures";
import { FicheProgress } from "./fiche-progress";
import { LateFiches } from "./late-fiches";
import { Indicators } from "./indicators";
import { Budget } from "./budget";
import { CaisseFunding } from "./caisse-funding";
import { fichesLink } from "./links";
import { OpenDecisions } from "./open-decisions";

export const metadata: Metadata = { title: "Tableau de bord" };

const querySchema = z.object({ annee: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

type Props = {
  params: Promise<{ territoire: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DashboardPage({ params, searchParams }: Props) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const raw = await searchParams;
  const { annee: year } = querySchema.parse({ annee: Array.isArray(raw.annee) ? raw.annee[0] : raw.annee });
  const d = await getTerritoryDashboard(getDb(), scope, { year });
  const base = `/territoires/${scope.territory.slug}`;
  const fiches = fichesLink(base, d.convention?.id);

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: base },
          { label: "Tableau de bord" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">
        Tableau de bord{year ? ` ${year}` : ""} — {scope.territory.name}
      </h1>

      <PeriodForm d={d} base={base} year={year} />
      <ConventionSummary d={d} base={base} />

      <KeyFigures d={d} base={base} fiches={fiches} />

      <FicheProgress d={d} fiches={fiches} />

      <LateFiches d={d} base={base} fiches={fiches} />

      <Indicators d={d} base={base} />

      <Budget d={d} fiches={fiches} />

      <CaisseFunding d={d} base={base} />

      <OpenDecisions d={d} base={base} />
    </>
  );
}
