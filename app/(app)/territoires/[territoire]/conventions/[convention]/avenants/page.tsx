import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { PdfDownloadButton } from "@/components/conventions/pdf-download-button";
import { RichTextView } from "@/components/conventions/rich-text-view";
import { WordDiffView } from "@/components/conventions/word-diff-view";
import { Badge } from "@/components/ui/badge";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import {
  createAvenantAction,
  removeAvenantChangeAction,
  saveAvenantDeliberationAction,
  signAvenantAction,
  validateAvenantAction,
} from "@/lib/conventions/actions";
import { amendArticles } from "@/lib/conventions/avenants";
import { getConvention, listAvenants } from "@/lib/conventions/queries";
import { wordDiff } from "@/lib/conventions/word-diff";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { avenantStatusLabels } from "@/lib/labels";
import { AvenantChangeForm } from "./avenant-change-form";

export const metadata: Metadata = { title: "Avenants" };

export default async function AvenantsPage({
  params,
}: {
  params: Promise<{ territoire: string; convention: string }>;
}) {
  const { territoire, convention: conventionId } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const convention = await orNotFound(getConvention(db, scope, conventionId));
  const canEdit = scope.can("convention.edit");
  const avenants = await listAvenants(db, scope, convention.id);
  const articles = convention.articles.filter((a) => a.kind === "ARTICLE");
  const base = `/territoires/${scope.territory.slug}/conventions/${convention.id}`;

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: convention.title, href: base },
          { label: "Avenants" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Avenants</h1>
      <p className="mt-1 text-slate-700">
        Une convention signée ne change plus : chaque modification passe par un avenant numéroté, délibéré et signé par
        les parties.
      </p>
      {avenants.length === 0 ? <p className="mt-4">Aucun avenant.</p> : null}
      <ol className="mt-4 space-y-6">
        {avenants.map((avenant) => {
          const ref = { avenantId: avenant.id, version: avenant.version };
          // The articles as in force before this avenant: the signed avenants before it applied.
          const amended = amendArticles(
            articles,
            avenants.filter((a) => a.status === "SIGNED" && a.number < avenant.number),
          );
          const inForce = articles.map((article, i) => ({
            id: article.id,
            number: i + 1,
            title: amended[i].title,
            body: amended[i].body,
          }));
          return (
            <li key={avenant.id} className="rounded border border-slate-300 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 className="text-lg font-semibold">
                    Avenant n° {avenant.number}{" "}
                    <Badge tone={avenant.status === "SIGNED" ? "success" : "neutral"}>
                      {avenantStatusLabels[avenant.status]}
                    </Badge>
                  </h2>
                  <p>Objet : {avenant.object}</p>
                  {avenant.signedPdfSha256 ? (
                    <p className="break-all text-sm text-slate-700">
                      Signé le {formatDate(avenant.date)} · SHA-256 : <code>{avenant.signedPdfSha256}</code>
                    </p>
                  ) : null}
                </div>
                <PdfDownloadButton
                  href={`${base}/avenants/${avenant.id}/pdf`}
                  label={
                    avenant.status === "SIGNED"
                      ? `Télécharger l'avenant n° ${avenant.number} signé`
                      : `Télécharger le projet d'avenant n° ${avenant.number}`
                  }
                  fileName={`avenant-${avenant.number}.pdf`}
                />
              </div>
              <h3 className="mt-3 font-medium">Modifications</h3>
              <ol className="mt-2 space-y-3">
                {avenant.changes.map((change, index) => {
                  const replaced = inForce.find((a) => a.id === change.articleId);
                  return (
                    <li key={change.id} className="border-t border-slate-200 pt-2">
                      <p className="font-medium">
                        {index + 1}.{" "}
                        {change.kind === "REPLACE"
                          ? `Remplace l'article ${replaced?.number ?? "?"}`
                          : "Ajoute un article"}{" "}
                        : {change.title}
                      </p>
                      <RichTextView html={change.body} />
                      {replaced ? (
                        <details className="mt-2">
                          <summary className="cursor-pointer text-brand-700 underline">
                            Différences avec l&apos;article {replaced.number} avant l&apos;avenant
                          </summary>
                          {replaced.title !== change.title ? (
                            <p className="mt-2 text-sm">
                              Titre : {replaced.title} → {change.title}
                            </p>
                          ) : null}
                          <div className="mt-2">
                            <WordDiffView parts={wordDiff(replaced.body, change.body)} />
                          </div>
                        </details>
                      ) : null}
                      {canEdit && avenant.status === "DRAFT" ? (
                        <div className="mt-2 flex flex-col gap-2">
                          <details>
                            <summary className="cursor-pointer text-brand-700 underline">
                              Modifier la modification {index + 1}
                            </summary>
                            <div className="mt-2">
                              <AvenantChangeForm
                                avenantId={avenant.id}
                                avenantNumber={avenant.number}
                                version={avenant.version}
                                articles={inForce}
                                change={change}
                                changeNumber={index + 1}
                              />
                            </div>
                          </details>
                          <div>
                            <ActionButton
                              action={removeAvenantChangeAction}
                              input={{ ...ref, changeId: change.id }}
                              label="Retirer"
                              ariaLabel={`Retirer la modification ${index + 1}`}
                              confirm="Retirer cette modification ?"
                              variant="danger"
                            />
                          </div>
                        </div>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
              {canEdit && avenant.status === "DRAFT" ? (
                <div className="mt-4 space-y-4">
                  <AvenantChangeForm
                    avenantId={avenant.id}
                    avenantNumber={avenant.number}
                    version={avenant.version}
                    articles={inForce}
                  />
                  <ActionButton
                    action={validateAvenantAction}
                    input={ref}
                    label="Valider l'avenant"
                    confirm="Le texte de l'avenant sera figé pour les assemblées."
                    variant="primary"
                  />
                </div>
              ) : null}
              {canEdit && avenant.status === "VALIDATED" ? (
                <div className="mt-4 space-y-4">
                  <h3 className="font-medium">Délibérations et signatures</h3>
                  {convention.signatories.map((s, index) => {
                    const signature = avenant.signatures.find((x) => x.signatoryId === s.id);
                    const deliberation = avenant.deliberations.find((d) => d.signatoryId === s.id);
                    return (
                      <div key={s.id} className="border-t border-slate-200 pt-2">
                        <p className="font-medium">
                          {s.bodyLabel} — {s.representativeTitle} {s.representativeName}
                        </p>
                        {signature ? (
                          <p className="text-sm">
                            Signé le {formatDate(signature.signedAt)} par {signature.signerName}
                          </p>
                        ) : (
                          <div className="mt-2 grid gap-3">
                            {s.mustDeliberate && !deliberation ? (
                              <ActionForm
                                action={saveAvenantDeliberationAction}
                                title={`Délibération avenant ${avenant.number} signataire ${index + 1}`}
                                submitLabel="Enregistrer la délibération"
                                hidden={{ ...ref, signatoryId: s.id }}
                                fields={[
                                  { name: "assembly", label: "Assemblée", required: true },
                                  { name: "number", label: "Numéro", required: true },
                                  { name: "sessionDate", label: "Date de séance", type: "date", required: true },
                                  { name: "membersInOffice", label: "En exercice", type: "number", required: true },
                                  { name: "membersPresent", label: "Présents", type: "number", required: true },
                                  { name: "membersVoting", label: "Votants", type: "number", required: true },
                                  { name: "votesFor", label: "Pour", type: "number", required: true },
                                  { name: "votesAgainst", label: "Contre", type: "number", defaultValue: 0 },
                                  { name: "abstentions", label: "Abstentions", type: "number", defaultValue: 0 },
                                ]}
                              />
                            ) : (
                              <ActionForm
                                action={signAvenantAction}
                                title={`Signature avenant ${avenant.number} signataire ${index + 1}`}
                                submitLabel="Enregistrer la signature"
                                hidden={{ ...ref, signatoryId: s.id }}
                                fields={[
                                  { name: "signedAt", label: "Date de signature", type: "date", required: true },
                                  {
                                    name: "signerName",
                                    label: "Signataire",
                                    defaultValue: s.representativeName,
                                    required: true,
                                  },
                                ]}
                              />
                            )}
                          </div>
                        )}
                      </div>
                    );
                  })}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canEdit && convention.status === "SIGNED" ? (
        <section aria-labelledby="nouvel-avenant" className="mt-8 rounded border border-slate-300 bg-white p-4">
          <h2 id="nouvel-avenant" className="text-lg font-semibold">
            Nouvel avenant
          </h2>
          <div className="mt-3">
            <ActionForm
              action={createAvenantAction}
              title="Nouvel avenant"
              submitLabel="Créer l'avenant"
              resetOnSuccess
              hidden={{ conventionId: convention.id, expectedNumber: (avenants.at(-1)?.number ?? 0) + 1 }}
              fields={[
                { name: "object", label: "Objet de l'avenant", type: "textarea", required: true, maxLength: 2000 },
              ]}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
