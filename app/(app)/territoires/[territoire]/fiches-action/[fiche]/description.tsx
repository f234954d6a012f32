import type { FicheDetail } from "@/lib/fiches-action/queries";
import { formatMonth, formatNumber } from "@/lib/format";
import { themeLabels } from "@/lib/labels";

export function Description({ fiche }: { fiche: FicheDetail }) {
  const dl = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="font-medium">{label}</dt>
      <dd className="whitespace-pre-line">{value || "—"}</dd>
    </div>
  );
  return (
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
  );
}
