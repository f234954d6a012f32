import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";
import { requireOperatorForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatNumber } from "@/lib/format";
import { findDepartement } from "@/lib/geo/decoupage";
import { caisseKindLabels } from "@/lib/labels";
import { listCaisses } from "@/lib/platform/queries";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Plateforme — caisses" };

const link = "text-brand-700 underline";

export default async function PlatformPage({ searchParams }: { searchParams: Promise<{ ouverte?: string }> }) {
  const actor = await requireOperatorForPage();
  const caisses = await listCaisses(getDb(), actor);
  const { ouverte } = await searchParams;
  const opened = ouverte ? caisses.find((c) => c.id === ouverte) : undefined;
  return (
    <>
      <h1 className="text-2xl font-semibold">Plateforme — caisses</h1>
      <p className="mt-1 text-slate-700">
        Vous êtes opérateur de la plateforme : vous ouvrez les caisses et invitez leur premier administrateur.
      </p>
      {opened ? (
        <div className="mt-4">
          <Alert tone="success">
            {opened.shortName} est ouverte ; l&apos;invitation de son administrateur est dans les{" "}
            <Link href="/plateforme/emails" className="underline">
              e-mails envoyés
            </Link>
            .
          </Alert>
        </div>
      ) : null}
      <p className="mt-4 flex flex-wrap gap-4">
        <Link
          href="/plateforme/caisses/nouvelle"
          className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          Ouvrir une caisse
        </Link>
        <Link href="/plateforme/emails" className={`${link} self-center`}>
          E-mails envoyés par la plateforme
        </Link>
      </p>
      <Table caption={countOf(caisses.length, "caisse")} className="mt-6">
        <THead>
          <Th>Caisse</Th>
          <Th>Département</Th>
          <Th align="right">Territoires</Th>
          <Th align="right">Utilisateurs</Th>
          <Th align="right">Invitations en attente</Th>
        </THead>
        <tbody>
          {caisses.map((caisse) => (
            <tr key={caisse.id} className="border-b border-slate-200">
              <RowHeader>
                {caisse.shortName}{" "}
                <span className="text-sm font-normal text-slate-700">({caisseKindLabels[caisse.kind]})</span>
              </RowHeader>
              <Td>
                {caisse.departement} — {findDepartement(caisse.departement)?.nom ?? "inconnu"}
              </Td>
              <Td align="right">{formatNumber(caisse.territories)}</Td>
              <Td align="right">{formatNumber(caisse.users)}</Td>
              <Td align="right">{formatNumber(caisse.pendingInvitations)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
