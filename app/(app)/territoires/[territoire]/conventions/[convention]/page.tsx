import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { PdfDownloadButton } from "@/components/conventions/pdf-download-button";
import { RichTextView } from "@/components/conventions/rich-text-view";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import {
  addArticleAction,
  changeConventionStatusAction,
  moveArticleAction,
  removeAnnexAction,
  removeArticleAction,
  saveAnnexAction,
  updateConventionAction,
} from "@/lib/conventions/actions";
import { loadAmendedArticles } from "@/lib/conventions/avenants";
import { getConvention } from "@/lib/conventions/queries";
import { loadConventionPdfData } from "@/lib/conventions/pdf-data";
import { GeneratedAnnex } from "@/components/conventions/generated-annex";
import { isSealed, isTextEditable, manualTransitions, transitionVerbs } from "@/lib/conventions/status";
import { getDb } from "@/lib/db/client";
import { formatDate, formatEuros } from "@/lib/format";

export const metadata: Metadata = { title: "Convention" };

type Props = { params: Promise<{ territoire: string; convention: string }>; searchParams: Promise<{ texte?: string }> };

const annexContentLabels = {
  TEXT: "Texte",
  FILE: "Fichier joint (PDF ou DOCX)",
  DELIBERATION: "Délibération d'un signataire",
  FICHES_ACTION: "Fiches-action (générée)",
  FACILITIES: "Équipements financés (générée)",
};

export default async function ConventionPage({ params, searchParams }: Props) {
  const { territoire, convention: conventionId } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const convention = await orNotFound(getConvention(db, scope, conventionId));
  const base = `/territoires/${scope.territory.slug}/conventions/${convention.id}`;
  const canEdit = scope.can("convention.edit");
  const editable = canEdit && isTextEditable(convention.status);
  const showAmended =
    (await searchParams).texte === "modifie" && convention.avenants.some((a) => a.status === "SIGNED");
  const amended = showAmended ? await loadAmendedArticles(db, convention.id) : null;
  // Annexes 4 and 5 are generated from the action plan, with the same rows as in the PDF.
  const generated = convention.annexes.some((a) => a.content === "FICHES_ACTION" || a.content === "FACILITIES")
    ? (await loadConventionPdfData(db, convention.id)).annexes
    : [];
  const visas = convention.articles.filter((a) => a.kind === "VISA");
  const preamble = convention.articles.find((a) => a.kind === "PREAMBLE");
  const articles = convention.articles.filter((a) => a.kind === "ARTICLE");
  const ref = { conventionId: convention.id, version: convention.version };

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Conventions", href: `/territoires/${scope.territory.slug}/conventions` },
          { label: `CTG n° ${convention.edition}` },
        ]}
      />
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{convention.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
            <span>
              CTG n° {convention.edition} · du {formatDate(convention.startDate)} au {formatDate(convention.endDate)}
            </span>
            <ConventionStatusBadge status={convention.status} />
          </p>
          {convention.signedPdfSha256 ? (
            <p className="mt-1 break-all text-sm text-slate-700">
              Signée le {formatDate(convention.signatureDate)} · empreinte SHA-256 du PDF signé :{" "}
              <code>{convention.signedPdfSha256}</code>
            </p>
          ) : null}
        </div>
        <PdfDownloadButton
          href={`${base}/pdf`}
          label={convention.signedPdfSha256 ? "Télécharger le PDF signé" : "Télécharger le projet en PDF"}
          fileName={`CTG-${scope.territory.slug}-${convention.edition}.pdf`}
        />
      </div>

      <nav aria-label="Sections de la convention" className="mt-4">
        <ul className="flex flex-wrap gap-4 text-sm">
          <li>
            <Link className="text-brand-700 underline" href={`${base}/signataires`}>
              Signataires, délibérations et signatures
            </Link>
          </li>
          <li>
            <Link className="text-brand-700 underline" href={`${base}/historique`}>
              Historique des modifications
            </Link>
          </li>
          <li>
            <Link className="text-brand-700 underline" href={`${base}/avenants`}>
              Avenants ({convention.avenants.length})
            </Link>
          </li>
          <li>
            <Link className="text-brand-700 underline" href={`${base}/impression`}>
              Version imprimable
            </Link>
          </li>
          {convention.previousEdition ? (
            <li>
              <Link
                className="text-brand-700 underline"
                href={`/territoires/${scope.territory.slug}/conventions/${convention.previousEdition.id}`}
              >
                Convention précédente (n° {convention.previousEdition.edition})
              </Link>
            </li>
          ) : null}
          {convention.nextEdition ? (
            <li>
              <Link
                className="text-brand-700 underline"
                href={`/territoires/${scope.territory.slug}/conventions/${convention.nextEdition.id}`}
              >
                Convention suivante (n° {convention.nextEdition.edition})
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>

      {canEdit && manualTransitions[convention.status].length ? (
        <section aria-labelledby="statut" className="mt-6 rounded border border-slate-300 bg-white p-4">
          <h2 id="statut" className="text-lg font-semibold">
            Statut
          </h2>
          <div className="mt-2 flex flex-wrap gap-3">
            {manualTransitions[convention.status]
              .filter((to) => to !== "TERMINATED")
              .map((to) => (
                <ActionButton
                  key={to}
                  action={changeConventionStatusAction}
                  input={{ ...ref, to }}
                  label={transitionVerbs[to]!}
                  confirm={to === "VALIDATED" ? "Le texte sera figé pour les assemblées." : undefined}
                />
              ))}
          </div>
          {manualTransitions[convention.status].includes("TERMINATED") ? (
            <div className="mt-4">
              <ActionForm
                action={changeConventionStatusAction}
                title="Résiliation"
                submitLabel="Résilier la convention"
                hidden={{ ...ref, to: "TERMINATED" }}
                fields={[
                  {
                    name: "terminatedAt",
                    label: "Date d'effet de la résiliation (préavis de trois mois)",
                    type: "date",
                    required: true,
                  },
                ]}
              />
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="informations" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="informations" className="text-lg font-semibold">
          Informations générales
        </h2>
        {editable ? (
          <div className="mt-3">
            <ActionForm
              action={updateConventionAction}
              title="Informations générales"
              submitLabel="Enregistrer"
              hidden={ref}
              fields={[
                { name: "title", label: "Titre", defaultValue: convention.title, required: true, maxLength: 300 },
                { name: "place", label: "Fait à (lieu de signature)", defaultValue: convention.place, maxLength: 120 },
                {
                  name: "startDate",
                  label: "Début",
                  type: "date",
                  defaultValue: convention.startDate.toISOString().slice(0, 10),
                  required: true,
                },
                {
                  name: "endDate",
                  label: "Fin",
                  type: "date",
                  defaultValue: convention.endDate.toISOString().slice(0, 10),
                  required: true,
                },
                { name: "copies", label: "Nombre d'exemplaires", type: "number", defaultValue: convention.copies },
              ]}
            />
          </div>
        ) : (
          <dl className="mt-3 grid gap-2 text-sm md:grid-cols-2">
            <div>
              <dt className="font-medium">Fait à</dt>
              <dd>{convention.place ?? "—"}</dd>
            </div>
            <div>
              <dt className="font-medium">Exemplaires</dt>
              <dd>{convention.copies ?? "—"}</dd>
            </div>
            <div>
              <dt className="font-medium">Engagement annuel de la caisse</dt>
              <dd>{convention.annualFunding ? formatEuros(convention.annualFunding) : "—"}</dd>
            </div>
            {isSealed(convention.status) ? (
              <div>
                <dt className="font-medium">Modifications</dt>
                <dd>Convention signée : toute modification passe par un avenant.</dd>
              </div>
            ) : null}
          </dl>
        )}
      </section>

      <section aria-labelledby="texte" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="texte" className="text-lg font-semibold">
            Texte de la convention
          </h2>
          {convention.avenants.some((a) => a.status === "SIGNED") ? (
            <Link className="text-sm text-brand-700 underline" href={showAmended ? base : `${base}?texte=modifie`}>
              {showAmended ? "Voir le texte d'origine" : "Voir le texte modifié par les avenants"}
            </Link>
          ) : null}
        </div>

        <h3 className="mt-4 font-semibold">Visas</h3>
        <ol className="mt-2 space-y-2">
          {visas.map((visa, index) => (
            <li key={visa.id} className="flex flex-wrap items-start justify-between gap-2">
              <RichTextView html={visa.body} />
              {editable ? (
                <span className="flex gap-2">
                  <Link className="text-sm text-brand-700 underline" href={`${base}/articles/${visa.id}`}>
                    Modifier<span className="sr-only"> le visa {index + 1}</span>
                  </Link>
                  <ActionButton
                    action={removeArticleAction}
                    input={{ ...ref, articleId: visa.id }}
                    label="Supprimer"
                    ariaLabel={`Supprimer le visa ${index + 1}`}
                    confirm="Supprimer ce visa ?"
                  />
                </span>
              ) : null}
            </li>
          ))}
          {convention.signatories.flatMap((s) =>
            s.deliberations.map((d) => (
              <li key={d.id} className="text-slate-800">
                Vu la délibération n° {d.number} ({d.assembly}, {s.organisation.name}) en date du{" "}
                {formatDate(d.sessionDate)} ; <span className="text-sm text-slate-700">(ajouté automatiquement)</span>
              </li>
            )),
          )}
        </ol>
        {editable ? (
          <div className="mt-2">
            <ActionButton
              action={addArticleAction}
              input={{ ...ref, kind: "VISA", title: "", body: "<p>Vu …</p>" }}
              label="Ajouter un visa"
            />
          </div>
        ) : null}

        {preamble ? (
          <>
            <h3 className="mt-6 font-semibold">Préambule</h3>
            <RichTextView html={preamble.body} />
            {editable ? (
              <Link className="text-sm text-brand-700 underline" href={`${base}/articles/${preamble.id}`}>
                Modifier le préambule
              </Link>
            ) : null}
          </>
        ) : null}

        <h3 className="mt-6 font-semibold">Articles</h3>
        <ol className="mt-2 space-y-6">
          {(amended ?? articles).map((article, index) => (
            <li key={article.id} className="border-t border-slate-200 pt-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h4 className="font-semibold">
                  Article {index + 1} – {article.title}
                  {"amendedBy" in article && article.amendedBy ? (
                    <span className="ml-2 text-sm font-normal text-slate-700">
                      (modifié par l&apos;avenant n° {article.amendedBy})
                    </span>
                  ) : null}
                </h4>
                {editable ? (
                  <span className="flex flex-wrap gap-2">
                    <Link
                      className="rounded border border-slate-400 px-3 py-2 text-sm text-brand-700 underline"
                      href={`${base}/articles/${article.id}`}
                    >
                      Modifier<span className="sr-only"> l&apos;article {index + 1}</span>
                    </Link>
                    <ActionButton
                      action={moveArticleAction}
                      input={{ ...ref, articleId: article.id, direction: "up" }}
                      label="↑"
                      ariaLabel={`Monter l'article ${index + 1}`}
                    />
                    <ActionButton
                      action={moveArticleAction}
                      input={{ ...ref, articleId: article.id, direction: "down" }}
                      label="↓"
                      ariaLabel={`Descendre l'article ${index + 1}`}
                    />
                    <ActionButton
                      action={removeArticleAction}
                      input={{ ...ref, articleId: article.id }}
                      label="Supprimer"
                      ariaLabel={`Supprimer l'article ${index + 1}`}
                      confirm={`Supprimer l'article ${index + 1} « ${article.title} » ?`}
                      variant="danger"
                    />
                  </span>
                ) : null}
              </div>
              <RichTextView html={article.body} />
            </li>
          ))}
        </ol>
        {editable ? (
          <div className="mt-4">
            <ActionForm
              action={addArticleAction}
              title="Nouvel article"
              submitLabel="Ajouter l'article"
              successMessage="Article ajouté à la fin."
              resetOnSuccess
              hidden={{ ...ref, kind: "ARTICLE", body: "<p></p>" }}
              fields={[{ name: "title", label: "Titre du nouvel article", required: true, maxLength: 300 }]}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="annexes" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="annexes" className="text-lg font-semibold">
          Annexes
        </h2>
        <ul className="mt-3 space-y-4">
          {convention.annexes.map((annex) => (
            <li key={annex.id} className="border-t border-slate-200 pt-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-medium">
                  Annexe {annex.code} : {annex.title}{" "}
                  <span className="text-sm font-normal text-slate-700">({annexContentLabels[annex.content]})</span>
                </h3>
                {editable ? (
                  <ActionButton
                    action={removeAnnexAction}
                    input={{ ...ref, annexId: annex.id }}
                    label="Supprimer"
                    ariaLabel={`Supprimer l'annexe ${annex.code}`}
                    confirm={`Supprimer l'annexe ${annex.code} ?`}
                    variant="danger"
                  />
                ) : null}
              </div>
              {annex.content === "TEXT" && annex.body ? <RichTextView html={annex.body} /> : null}
              {annex.content === "FICHES_ACTION" || annex.content === "FACILITIES" ? (
                <GeneratedAnnex annex={generated.find((g) => g.code === annex.code)!} />
              ) : null}
              {annex.content === "FILE" && annex.fileName ? (
                <p className="text-sm">
                  <a className="text-brand-700 underline" href={`${base}/annexes/${annex.id}/fichier`}>
                    Télécharger {annex.fileName}
                  </a>
                </p>
              ) : null}
              {annex.content === "DELIBERATION" ? (
                <p className="text-sm text-slate-700">
                  {annex.signatoryId
                    ? "Reprend la délibération enregistrée du signataire."
                    : "Aucun signataire rattaché."}
                </p>
              ) : null}
              {editable && annex.content === "FILE" ? (
                <form
                  action={`${base}/annexes/${annex.id}/fichier`}
                  method="post"
                  encType="multipart/form-data"
                  className="mt-2 flex flex-wrap items-end gap-2"
                  aria-label={`Fichier de l'annexe ${annex.code}`}
                >
                  <input type="hidden" name="version" value={convention.version} />
                  <label className="flex flex-col text-sm">
                    Fichier PDF ou DOCX (10 Mo au plus)
                    <input
                      type="file"
                      name="file"
                      accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                      required
                      className="mt-1"
                    />
                  </label>
                  <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-2 text-sm">
                    Joindre
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        {editable ? (
          <div className="mt-4">
            <ActionForm
              action={saveAnnexAction}
              title="Nouvelle annexe"
              submitLabel="Ajouter l'annexe"
              resetOnSuccess
              hidden={ref}
              fields={[
                { name: "code", label: "Code (1a, 3, 4…)", required: true, maxLength: 3 },
                { name: "title", label: "Titre", required: true, maxLength: 300 },
                {
                  name: "content",
                  label: "Contenu",
                  type: "select",
                  defaultValue: "TEXT",
                  options: Object.entries(annexContentLabels).map(([value, label]) => ({ value, label })),
                },
                { name: "body", label: "Texte (annexes de type texte)", type: "textarea" },
              ]}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
