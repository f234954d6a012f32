import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import {
  moveSignatoryAction,
  recordSignatureAction,
  removeSignatoryAction,
  saveDeliberationAction,
  saveSignatoryAction,
} from "@/lib/conventions/actions";
import { getConvention, listCaisseOrganisations } from "@/lib/conventions/queries";
import { acceptsDeliberations, isTextEditable } from "@/lib/conventions/status";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { organisationKindLabels } from "@/lib/labels";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Signataires" };

const iso = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");

export default async function SignatoriesPage({
  params,
}: {
  params: Promise<{ territoire: string; convention: string }>;
}) {
  const { territoire, convention: conventionId } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const convention = await orNotFound(getConvention(db, scope, conventionId));
  const canEdit = scope.can("convention.edit");
  const editable = canEdit && isTextEditable(convention.status);
  const signing = scope.can("convention.sign") && acceptsDeliberations(convention.status);
  const organisations = editable ? await listCaisseOrganisations(db, scope) : [];
  const ref = { conventionId: convention.id, version: convention.version };
  const back = `/territoires/${scope.territory.slug}/conventions/${convention.id}`;
  const signatoryFields = (s?: (typeof convention.signatories)[number]) => [
    {
      name: "organisationId",
      label: "Organisation",
      type: "select" as const,
      defaultValue: s?.organisation.id ?? organisations[0]?.id,
      options: organisations.map((o) => ({ value: o.id, label: `${o.name} (${organisationKindLabels[o.kind]})` })),
    },
    {
      name: "bodyLabel",
      label: "Intitulé dans le bloc de signature",
      defaultValue: s?.bodyLabel,
      required: true,
      maxLength: 200,
    },
    {
      name: "representativeName",
      label: "Nom du représentant",
      defaultValue: s?.representativeName,
      required: true,
      maxLength: 120,
    },
    {
      name: "representativeTitle",
      label: "Qualité (Le Président, Le Maire…)",
      defaultValue: s?.representativeTitle,
      required: true,
      maxLength: 120,
    },
    {
      name: "designation",
      label: "Ci-après dénommée « … »",
      defaultValue: s?.designation,
      required: true,
      maxLength: 120,
    },
    {
      name: "representationText",
      label: "Formule de représentation",
      type: "textarea" as const,
      defaultValue: s?.representationText,
      maxLength: 400,
      hint: "Ex. : représentée par son Président, Monsieur …, dûment autorisé à signer la présente convention",
    },
    {
      name: "mustDeliberate",
      label: "Son assemblée doit délibérer",
      type: "checkbox" as const,
      defaultValue: s?.mustDeliberate ?? true,
    },
  ];
  const signedCount = convention.signatories.filter((s) => s.signedAt).length;

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: convention.title, href: back },
          { label: "Signataires" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Signataires, délibérations et signatures</h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
        CTG n° {convention.edition} <ConventionStatusBadge status={convention.status} /> ·{" "}
        {countOf(signedCount, "signature")} sur {convention.signatories.length}
      </p>
      {convention.status === "DRAFT" || convention.status === "CONSULTATION" ? (
        <p className="mt-2 text-sm text-slate-700">
          Les délibérations et signatures s&apos;enregistrent une fois le texte validé.
        </p>
      ) : null}

      <ol className="mt-6 space-y-6">
        {convention.signatories.map((s, index) => {
          const deliberation = s.deliberations[0];
          return (
            <li key={s.id} className="rounded border border-slate-300 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 className="text-lg font-semibold">
                    {index + 1}. {s.bodyLabel}
                  </h2>
                  <p className="text-sm text-slate-700">
                    {s.representativeTitle} : {s.representativeName} · ci-après dénommée « {s.designation} » ·{" "}
                    {s.mustDeliberate ? "délibération requise" : "sans délibération"}
                  </p>
                  <p className="mt-1 text-sm">
                    {s.signedAt ? (
                      <>
                        Signée le {formatDate(s.signedAt)} par {s.signerName}
                      </>
                    ) : (
                      "Pas encore signée"
                    )}
                  </p>
                </div>
                {editable ? (
                  <span className="flex flex-wrap gap-2">
                    <ActionButton
                      action={moveSignatoryAction}
                      input={{ ...ref, signatoryId: s.id, direction: "up" }}
                      label="↑"
                      ariaLabel={`Monter ${s.bodyLabel} (${s.representativeName})`}
                    />
                    <ActionButton
                      action={moveSignatoryAction}
                      input={{ ...ref, signatoryId: s.id, direction: "down" }}
                      label="↓"
                      ariaLabel={`Descendre ${s.bodyLabel} (${s.representativeName})`}
                    />
                    <ActionButton
                      action={removeSignatoryAction}
                      input={{ ...ref, signatoryId: s.id }}
                      label="Retirer"
                      ariaLabel={`Retirer ${s.bodyLabel} (${s.representativeName})`}
                      confirm={`Retirer ${s.bodyLabel} des signataires ?`}
                      variant="danger"
                    />
                  </span>
                ) : null}
              </div>
              {editable ? (
                <details className="mt-3">
                  <summary className="cursor-pointer text-brand-700 underline">Modifier ce signataire</summary>
                  <div className="mt-3">
                    <ActionForm
                      action={saveSignatoryAction}
                      title={`Signataire ${index + 1}`}
                      submitLabel="Enregistrer le signataire"
                      hidden={{ ...ref, signatoryId: s.id }}
                      fields={signatoryFields(s)}
                    />
                  </div>
                </details>
              ) : null}
              {deliberation ? (
                <div className="mt-3 text-sm">
                  <h3 className="font-medium">Délibération n° {deliberation.number}</h3>
                  <p>
                    {deliberation.assembly}, séance du {formatDate(deliberation.sessionDate)} · en exercice{" "}
                    {deliberation.membersInOffice}, présents {deliberation.membersPresent}, votants{" "}
                    {deliberation.membersVoting} · pour {deliberation.votesFor}, contre {deliberation.votesAgainst},
                    abstentions {deliberation.abstentions}
                    {deliberation.actesId ? <> · ACTES {deliberation.actesId}</> : null}
                  </p>
                </div>
              ) : null}
              {signing && !s.signedAt ? (
                <div className="mt-4 grid gap-6">
                  {s.mustDeliberate ? (
                    <details open={!deliberation}>
                      <summary className="cursor-pointer text-brand-700 underline">
                        {deliberation ? "Corriger la délibération" : "Enregistrer la délibération"}
                      </summary>
                      <div className="mt-3">
                        <ActionForm
                          action={saveDeliberationAction}
                          title={`Délibération ${index + 1}`}
                          submitLabel="Enregistrer la délibération"
                          hidden={{ ...ref, signatoryId: s.id }}
                          fields={[
                            {
                              name: "assembly",
                              label: "Assemblée",
                              defaultValue: deliberation?.assembly ?? "Conseil communautaire",
                              required: true,
                            },
                            {
                              name: "number",
                              label: "Numéro",
                              defaultValue: deliberation?.number,
                              required: true,
                              maxLength: 40,
                            },
                            {
                              name: "sessionDate",
                              label: "Date de séance",
                              type: "date",
                              defaultValue: iso(deliberation?.sessionDate),
                              required: true,
                            },
                            {
                              name: "sessionTime",
                              label: "Heure",
                              type: "time",
                              defaultValue: deliberation?.sessionTime,
                            },
                            {
                              name: "membersInOffice",
                              label: "Membres en exercice",
                              type: "number",
                              defaultValue: deliberation?.membersInOffice,
                              required: true,
                            },
                            {
                              name: "membersPresent",
                              label: "Présents",
                              type: "number",
                              defaultValue: deliberation?.membersPresent,
                              required: true,
                            },
                            {
                              name: "membersVoting",
                              label: "Votants (présents et pouvoirs)",
                              type: "number",
                              defaultValue: deliberation?.membersVoting,
                              required: true,
                            },
                            {
                              name: "votesFor",
                              label: "Pour",
                              type: "number",
                              defaultValue: deliberation?.votesFor,
                              required: true,
                            },
                            {
                              name: "votesAgainst",
                              label: "Contre",
                              type: "number",
                              defaultValue: deliberation?.votesAgainst ?? 0,
                              required: true,
                            },
                            {
                              name: "abstentions",
                              label: "Abstentions",
                              type: "number",
                              defaultValue: deliberation?.abstentions ?? 0,
                              required: true,
                            },
                            {
                              name: "sentToPrefectureAt",
                              label: "Envoyée en préfecture le",
                              type: "date",
                              defaultValue: iso(deliberation?.sentToPrefectureAt),
                            },
                            {
                              name: "receivedByPrefectureAt",
                              label: "Reçue en préfecture le",
                              type: "date",
                              defaultValue: iso(deliberation?.receivedByPrefectureAt),
                            },
                            {
                              name: "actesId",
                              label: "Identifiant ACTES",
                              defaultValue: deliberation?.actesId,
                              hint: "Ex. : 048-200069268-20231012-D23_080-DE",
                            },
                            {
                              name: "nonParticipants",
                              label: "N'ont pas pris part au vote",
                              type: "textarea",
                              defaultValue: deliberation?.nonParticipants,
                            },
                            {
                              name: "decisionText",
                              label: "Texte de la décision",
                              type: "textarea",
                              defaultValue: deliberation?.decisionText,
                            },
                          ]}
                        />
                      </div>
                    </details>
                  ) : null}
                  <ActionForm
                    action={recordSignatureAction}
                    title={`Signature ${index + 1}`}
                    submitLabel="Enregistrer la signature"
                    successMessage="Signature enregistrée."
                    hidden={{ ...ref, signatoryId: s.id }}
                    fields={[
                      { name: "signedAt", label: "Date de signature", type: "date", required: true },
                      { name: "signerName", label: "Signataire", defaultValue: s.representativeName, required: true },
                    ]}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {editable ? (
        <section aria-labelledby="ajout" className="mt-8 rounded border border-slate-300 bg-white p-4">
          <h2 id="ajout" className="text-lg font-semibold">
            Ajouter un signataire
          </h2>
          <div className="mt-3">
            <ActionForm
              action={saveSignatoryAction}
              title="Nouveau signataire"
              submitLabel="Ajouter le signataire"
              resetOnSuccess
              hidden={ref}
              fields={signatoryFields()}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
