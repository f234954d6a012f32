import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { FicheStatusBadge } from "@/components/fiche-status-badge";
import { IndicatorChart } from "@/components/indicator-chart";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import {
  addNoteAction,
  changeFicheStatusAction,
  removeBudgetLineAction,
  saveBudgetLineAction,
  saveIndicatorAction,
  saveIndicatorValueAction,
  saveStepAction,
} from "@/lib/fiches-action/actions";
import { mayEditFiche } from "@/lib/fiches-action/access";
import { isLate } from "@/lib/fiches-action/late";
import { getFiche, listOrganisationsOfCaisse } from "@/lib/fiches-action/queries";
import { FICHE_STATUSES } from "@/lib/fiches-action/schemas";
import { formatDate, formatDateTime, formatEuros, formatMonth, formatNumber } from "@/lib/format";
import { budgetNatureLabels, ficheStatusLabels, frequencyLabels, priorityLabels, themeLabels } from "@/lib/labels";

export const metadata: Metadata = { title: "Fiche-action" };

export default async function FichePage({ params }: { params: Promise<{ territoire: string; fiche: string }> }) {
  const { territoire, fiche: ficheId } = await params;
  const { actor, scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const fiche = await orNotFound(getFiche(db, scope, ficheId));
  const editable = mayEditFiche(actor, scope, fiche);
  const organisations = editable ? await listOrganisationsOfCaisse(db, scope) : [];
  const base = `/territoires/${scope.territory.slug}/fiches-action`;
  const late = isLate(fiche);
  const dl = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="font-medium">{label}</dt>
      <dd className="whitespace-pre-line">{value || "—"}</dd>
    </div>
  );

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Fiches-action", href: base },
          { label: `Fiche ${fiche.number}` },
        ]}
      />
      <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">
            Fiche {fiche.number} — {fiche.title}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <FicheStatusBadge status={fiche.status} late={late} />{" "}
            <span className="text-sm text-slate-700">
              Priorité {priorityLabels[fiche.priority].toLowerCase()} · CTG n° {fiche.convention.edition}
            </span>
          </p>
        </div>
        {editable ? (
          <Link
            href={`${base}/${fiche.id}/modifier`}
            className="rounded border border-slate-400 bg-white px-3 py-2 text-sm text-brand-700 underline"
          >
            Modifier la fiche
          </Link>
        ) : null}
      </div>

      <section aria-labelledby="description" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="description" className="text-lg font-semibold">
          Description
        </h2>
        <dl className="mt-3 grid gap-3 text-sm md:grid-cols-2">
          {dl("Axe", fiche.axis ? `${fiche.axis.position}. ${fiche.axis.title}` : null)}
          {dl("Thématiques", fiche.themes.map((t) => themeLabels[t]).join(", "))}
          {dl("Pilote", fiche.pilotOrganisation?.name)}
          {dl("Co-pilote", fiche.copilotOrganisation?.name)}
          {dl("Partenaires", fiche.partners.map((p) => p.organisation.name).join(", "))}
          {dl("Communes concernées", fiche.communes.map((c) => c.commune.name).join(", "))}
          {dl(
            "Période",
            `${fiche.startMonth ? formatMonth(fiche.startMonth) : "…"} – ${fiche.endMonth ? formatMonth(fiche.endMonth) : "…"}`,
          )}
          {dl("Moyens humains", fiche.fte != null ? `${formatNumber(Number(fiche.fte))} ETP` : null)}
          {dl("Constats du diagnostic", fiche.findings)}
          {dl("Objectif général", fiche.generalObjective)}
          {dl("Objectifs opérationnels", fiche.operationalObjectives)}
          {dl("Public visé", fiche.targetPublic)}
          {dl("Description de l'action", fiche.description)}
        </dl>
      </section>

      <section aria-labelledby="statut" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="statut" className="text-lg font-semibold">
          Statut et journal
        </h2>
        {editable ? (
          <div className="mt-3">
            <ActionForm
              action={changeFicheStatusAction}
              title="Changement de statut"
              submitLabel="Changer le statut"
              successMessage="Statut mis à jour."
              hidden={{ ficheId: fiche.id, version: fiche.version }}
              fields={[
                {
                  name: "status",
                  label: "Nouveau statut",
                  type: "select",
                  defaultValue: fiche.status,
                  options: FICHE_STATUSES.map((s) => ({ value: s, label: ficheStatusLabels[s] })),
                },
                { name: "comment", label: "Commentaire", maxLength: 2000 },
              ]}
            />
          </div>
        ) : null}
        <h3 className="mt-4 font-medium">Journal</h3>
        <ol className="mt-2 space-y-1 text-sm">
          {fiche.statusChanges.map((change) => (
            <li key={change.id}>
              {formatDateTime(change.createdAt)} —{" "}
              {change.actorId ? (fiche.nameOf.get(change.actorId) ?? "—") : "Reprise"} :{" "}
              {change.fromStatus ? `${ficheStatusLabels[change.fromStatus]} → ` : ""}
              {ficheStatusLabels[change.toStatus]}
              {change.comment ? <> — « {change.comment} »</> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="indicateurs" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="indicateurs" className="text-lg font-semibold">
          Indicateurs
        </h2>
        {fiche.indicators.length === 0 ? <p className="mt-2 text-sm text-slate-700">Aucun indicateur.</p> : null}
        {fiche.indicators.map((indicator) => (
          <div key={indicator.id} className="mt-4 border-t border-slate-200 pt-3">
            <h3 className="font-medium">
              {indicator.name}
              {indicator.unit ? ` (${indicator.unit})` : ""}
            </h3>
            <p className="text-sm text-slate-700">
              {indicator.kind === "QUALITATIVE" ? "Qualitatif" : "Quantitatif"} · {frequencyLabels[indicator.frequency]}
              {indicator.baselineValue != null
                ? ` · référence ${formatNumber(Number(indicator.baselineValue))}${indicator.baselineYear ? ` (${indicator.baselineYear})` : ""}`
                : ""}
              {indicator.targetValue != null
                ? ` · cible ${formatNumber(Number(indicator.targetValue))}${indicator.targetYear ? ` (${indicator.targetYear})` : ""}`
                : ""}
              {indicator.source ? ` · source : ${indicator.source}` : ""}
            </p>
            {indicator.kind === "QUANTITATIVE" ? (
              <IndicatorChart
                name={indicator.name}
                unit={indicator.unit}
                values={indicator.values.map((v) => ({
                  year: v.year,
                  value: v.value === null ? null : Number(v.value),
                }))}
                target={
                  indicator.targetValue != null
                    ? { value: Number(indicator.targetValue), year: indicator.targetYear }
                    : null
                }
                baseline={
                  indicator.baselineValue != null
                    ? { value: Number(indicator.baselineValue), year: indicator.baselineYear }
                    : null
                }
              />
            ) : null}
            <table className="mt-2 w-full max-w-xl border-collapse text-sm">
              <caption className="sr-only">Valeurs de l&apos;indicateur {indicator.name}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="p-1">
                    Année
                  </th>
                  <th scope="col" className="p-1">
                    Valeur
                  </th>
                  <th scope="col" className="p-1">
                    Commentaire
                  </th>
                </tr>
              </thead>
              <tbody>
                {indicator.values.map((v) => (
                  <tr key={v.id} className="border-b border-slate-200">
                    <th scope="row" className="p-1 text-left font-normal">
                      {v.year}
                    </th>
                    <td className="p-1">{v.value !== null ? formatNumber(Number(v.value)) : v.textValue}</td>
                    <td className="p-1">{v.comment ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {editable ? (
              <div className="mt-3">
                <ActionForm
                  action={saveIndicatorValueAction}
                  title={`Valeur de l'indicateur ${indicator.name}`}
                  submitLabel="Enregistrer la valeur"
                  resetOnSuccess
                  hidden={{ indicatorId: indicator.id }}
                  fields={[
                    {
                      name: "year",
                      label: "Année",
                      type: "number",
                      defaultValue: new Date().getUTCFullYear(),
                      required: true,
                    },
                    indicator.kind === "QUANTITATIVE"
                      ? { name: "value", label: "Valeur", required: true }
                      : { name: "textValue", label: "Appréciation", required: true },
                    { name: "comment", label: "Commentaire", maxLength: 2000 },
                  ]}
                />
              </div>
            ) : null}
          </div>
        ))}
        {editable ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-brand-700 underline">Ajouter un indicateur</summary>
            <div className="mt-3">
              <ActionForm
                action={saveIndicatorAction}
                title="Nouvel indicateur"
                submitLabel="Ajouter l'indicateur"
                resetOnSuccess
                hidden={{ ficheId: fiche.id }}
                fields={[
                  { name: "name", label: "Nom", required: true, maxLength: 300 },
                  { name: "unit", label: "Unité", maxLength: 40 },
                  {
                    name: "kind",
                    label: "Type",
                    type: "select",
                    defaultValue: "QUANTITATIVE",
                    options: [
                      { value: "QUANTITATIVE", label: "Quantitatif" },
                      { value: "QUALITATIVE", label: "Qualitatif" },
                    ],
                  },
                  {
                    name: "frequency",
                    label: "Fréquence",
                    type: "select",
                    defaultValue: "YEARLY",
                    options: Object.entries(frequencyLabels).map(([value, label]) => ({ value, label })),
                  },
                  { name: "baselineValue", label: "Valeur de référence" },
                  { name: "baselineYear", label: "Année de référence", type: "number" },
                  { name: "targetValue", label: "Cible" },
                  { name: "targetYear", label: "Année cible", type: "number" },
                  { name: "source", label: "Source des données", maxLength: 300 },
                ]}
              />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="budget" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="budget" className="text-lg font-semibold">
          Budget
        </h2>
        <table className="mt-3 w-full border-collapse text-sm">
          <caption className="sr-only">Lignes budgétaires de la fiche</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                Année
              </th>
              <th scope="col" className="p-2">
                Financeur
              </th>
              <th scope="col" className="p-2">
                Nature
              </th>
              <th scope="col" className="p-2 text-right">
                Prévu
              </th>
              <th scope="col" className="p-2 text-right">
                Réalisé
              </th>
              {editable ? (
                <th scope="col" className="p-2">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {fiche.budgetLines.map((line) => (
              <tr key={line.id} className="border-b border-slate-200">
                <td className="p-2">{line.year}</td>
                <td className="p-2">{line.funderOrganisation.shortName ?? line.funderOrganisation.name}</td>
                <td className="p-2">{budgetNatureLabels[line.nature]}</td>
                <td className="p-2 text-right">{formatEuros(line.planned)}</td>
                <td className="p-2 text-right">{line.actual !== null ? formatEuros(line.actual) : "—"}</td>
                {editable ? (
                  <td className="p-2">
                    <ActionButton
                      action={removeBudgetLineAction}
                      input={{ ficheId: fiche.id, childId: line.id }}
                      label="Supprimer"
                      ariaLabel={`Supprimer la ligne ${line.year} ${line.funderOrganisation.name}`}
                      confirm="Supprimer cette ligne ?"
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3} className="p-2 text-left">
                Total
              </th>
              <td className="p-2 text-right font-semibold">{formatEuros(fiche.totals.all.planned)}</td>
              <td className="p-2 text-right font-semibold">{formatEuros(fiche.totals.all.actual)}</td>
              {editable ? <td /> : null}
            </tr>
            {[...fiche.totals.byYear].map(([year, t]) => (
              <tr key={year}>
                <th scope="row" colSpan={3} className="p-2 text-left font-normal">
                  Total {year}
                </th>
                <td className="p-2 text-right">{formatEuros(t.planned)}</td>
                <td className="p-2 text-right">{formatEuros(t.actual)}</td>
                {editable ? <td /> : null}
              </tr>
            ))}
          </tfoot>
        </table>
        {editable ? (
          <div className="mt-3">
            <ActionForm
              action={saveBudgetLineAction}
              title="Nouvelle ligne budgétaire"
              submitLabel="Ajouter la ligne"
              resetOnSuccess
              hidden={{ ficheId: fiche.id }}
              fields={[
                {
                  name: "year",
                  label: "Année",
                  type: "number",
                  defaultValue: new Date().getUTCFullYear(),
                  required: true,
                },
                {
                  name: "funderOrganisationId",
                  label: "Financeur",
                  type: "select",
                  options: organisations.map((o) => ({ value: o.id, label: o.name })),
                },
                {
                  name: "nature",
                  label: "Nature",
                  type: "select",
                  defaultValue: "OPERATING",
                  options: [
                    { value: "OPERATING", label: "Fonctionnement" },
                    { value: "INVESTMENT", label: "Investissement" },
                  ],
                },
                { name: "planned", label: "Prévu (€)", required: true },
                { name: "actual", label: "Réalisé (€)" },
              ]}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="etapes" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="etapes" className="text-lg font-semibold">
          Étapes
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {fiche.steps.map((step) => (
            <li key={step.id} className="flex flex-wrap items-center gap-2">
              <span>
                {step.done ? "✓ Fait" : "○ À faire"} — {step.title}
                {step.dueDate ? ` (échéance ${formatDate(step.dueDate)})` : ""}
              </span>
              {editable ? (
                <ActionButton
                  action={saveStepAction}
                  input={{
                    ficheId: fiche.id,
                    stepId: step.id,
                    title: step.title,
                    dueDate: step.dueDate ? step.dueDate.toISOString().slice(0, 10) : "",
                    done: !step.done,
                  }}
                  label={step.done ? "Marquer à faire" : "Marquer comme faite"}
                  ariaLabel={`${step.done ? "Marquer à faire" : "Marquer comme faite"} : ${step.title}`}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {editable ? (
          <div className="mt-3">
            <ActionForm
              action={saveStepAction}
              title="Nouvelle étape"
              submitLabel="Ajouter l'étape"
              resetOnSuccess
              hidden={{ ficheId: fiche.id }}
              fields={[
                { name: "title", label: "Intitulé", required: true, maxLength: 300 },
                { name: "dueDate", label: "Échéance", type: "date" },
                { name: "done", label: "Déjà faite", type: "checkbox" },
              ]}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="notes" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="notes" className="text-lg font-semibold">
          Notes de suivi
        </h2>
        <ul className="mt-2 space-y-2 text-sm">
          {fiche.notes.map((note) => (
            <li key={note.id}>
              <span className="font-medium">{formatDate(note.date)}</span> —{" "}
              {note.authorId ? (fiche.nameOf.get(note.authorId) ?? "") : ""} : {note.body}
            </li>
          ))}
        </ul>
        {editable ? (
          <div className="mt-3">
            <ActionForm
              action={addNoteAction}
              title="Nouvelle note"
              submitLabel="Ajouter la note"
              resetOnSuccess
              hidden={{ ficheId: fiche.id }}
              fields={[
                {
                  name: "date",
                  label: "Date",
                  type: "date",
                  defaultValue: new Date().toISOString().slice(0, 10),
                  required: true,
                },
                { name: "body", label: "Note", type: "textarea", required: true, maxLength: 5000 },
              ]}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
