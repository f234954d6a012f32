// The annual bilan of a territory (the dashboard for one year) as plain PDF data.
import { formatDate, formatEuros, formatMonth, formatNumber, formatPercent, formatPeriod } from "../format";
import { decisionStatusLabels, ficheStatusLabels, meetingKindLabels, meetingStatusLabels } from "../labels";
import { ownerLabel } from "../meetings/decision-rules";
import type { BilanPdfData } from "../pdf/steering-documents";
import { STATUS_ORDER } from "./compute";
import type { TerritoryDashboard } from "./queries";
import { countOf } from "../typography";

export function bilanPdfData(
  dashboard: TerritoryDashboard,
  context: { caisseName: string; territoryName: string; year: number },
): BilanPdfData {
  const { fiches, convention } = dashboard;
  const unit = (u: string | null) => (u ? ` ${u}` : "");
  return {
    ...context,
    conventionLabel: convention
      ? `${convention.title} n° ${convention.edition} (${formatPeriod(convention.startDate, convention.endDate)})`
      : null,
    periodLabel: convention
      ? `Période de la convention écoulée : ${formatPercent(convention.period.ratio)} au ${formatDate(dashboard.today)}`
      : null,
    summary: [
      `${countOf(fiches.total, "fiche-action", "fiches-action")}, dont ${countOf(fiches.done, "réalisée")} (${formatPercent(fiches.shareDone)}) au ${formatDate(dashboard.today)}`,
      `${countOf(fiches.late.length, "fiche-action en retard", "fiches-action en retard")} au ${formatDate(dashboard.today)}`,
      `Budget ${context.year} : ${formatEuros(dashboard.budget.total.planned)} prévus, ${formatEuros(dashboard.budget.total.actual)} réalisés`,
      `${countOf(dashboard.meetingsOfYear.filter((m) => m.status === "HELD").length, "réunion tenue", "réunions tenues")}, ${countOf(dashboard.decisionsOfYear.length, "décision prise", "décisions prises")}`,
      `${countOf(dashboard.openDecisionCount, "décision encore ouverte", "décisions encore ouvertes")}`,
    ],
    byStatus: STATUS_ORDER.filter((s) => fiches.byStatus[s] > 0).map((s) => [
      ficheStatusLabels[s],
      formatNumber(fiches.byStatus[s]),
    ]),
    byAxis: dashboard.axes.map((axis) => {
      const row = fiches.byAxis.get(axis.id);
      const total = row ? Object.values(row).reduce((a, b) => a + b, 0) : 0;
      return [
        `${axis.position}. ${axis.title}`,
        formatNumber(total),
        formatNumber(row?.DONE ?? 0),
        formatPercent(total ? (row?.DONE ?? 0) / total : null),
      ];
    }),
    late: fiches.late.map((f) => [f.number, f.title, formatMonth(f.endMonth), ficheStatusLabels[f.status]]),
    indicators: dashboard.indicators.map((i) => [
      i.ficheNumber,
      i.name,
      i.latest ? `${formatNumber(i.latest.value)}${unit(i.unit)} (${i.latest.year})` : "—",
      i.targetValue !== null ? `${formatNumber(i.targetValue)}${unit(i.unit)}` : "—",
      formatPercent(i.progress),
    ]),
    budget: [...dashboard.budget.byFunderYear].map(([funderId, years]) => {
      const t = years.get(context.year) ?? { planned: 0, actual: 0 };
      return [dashboard.funders.get(funderId)?.name ?? "—", formatEuros(t.planned), formatEuros(t.actual)];
    }),
    funding: dashboard.fundingByYear.map((f) => [
      String(f.year),
      f.engagement === null ? "—" : formatEuros(f.engagement),
      formatEuros(f.facilities),
    ]),
    meetings: dashboard.meetingsOfYear.map((m) => [
      formatDate(m.startsAt),
      meetingKindLabels[m.kind],
      meetingStatusLabels[m.status],
    ]),
    decisions: dashboard.decisionsOfYear.map((d) => [
      d.text,
      ownerLabel(d),
      d.dueDate ? formatDate(d.dueDate) : "—",
      decisionStatusLabels[d.status],
    ]),
  };
}
