// The plan of a convention as a workbook (sheets Fiches, Indicateurs, Valeurs, Budget; see excel-layout.ts), every
// text cell guarded against formula injection.
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import {
  budgetNatureLabels,
  ficheStatusLabels,
  frequencyLabels,
  indicatorKindLabels,
  priorityLabels,
  themeLabels,
} from "../labels";
import { addGuardedRow, emptyWorkbook, SHEETS } from "./excel-layout";
import { compareNumbered } from "../sort";

const monthOf = (date: Date | null) => (date ? date.toISOString().slice(0, 7) : "");
const list = (values: string[]) => values.join(" ; ");

/** The plan of one of the territory's conventions as a workbook (the territory in the WHERE, as always). */
export async function exportPlan(db: Db, scope: TerritoryScope, conventionId: string): Promise<Buffer> {
  const fiches = await db.ficheAction.findMany({
    where: { territoryId: scope.territory.id, conventionId },
    include: {
      axis: true,
      pilotOrganisation: true,
      copilotOrganisation: true,
      partners: { include: { organisation: true } },
      communes: { include: { commune: true } },
      indicators: { orderBy: { position: "asc" }, include: { values: { orderBy: { year: "asc" } } } },
      budgetLines: {
        orderBy: [{ year: "asc" }, { funderOrganisation: { name: "asc" } }, { nature: "asc" }],
        include: { funderOrganisation: true },
      },
    },
  });
  fiches.sort((a, b) => compareNumbered(a.number, b.number));
  const workbook = emptyWorkbook();
  const sheet = (key: keyof typeof SHEETS) => workbook.getWorksheet(SHEETS[key].name)!;
  for (const f of fiches) {
    addGuardedRow(sheet("fiches"), [
      f.number,
      f.title,
      f.axis?.title ?? "",
      list(f.themes.map((t) => themeLabels[t])),
      ficheStatusLabels[f.status],
      priorityLabels[f.priority],
      f.pilotOrganisation?.name ?? "",
      f.copilotOrganisation?.name ?? "",
      list(f.partners.map((p) => p.organisation.name)),
      list(f.communes.map((c) => c.commune.name)),
      monthOf(f.startMonth),
      monthOf(f.endMonth),
      f.fte === null ? "" : Number(f.fte),
      f.findings ?? "",
      f.generalObjective ?? "",
      f.operationalObjectives ?? "",
      f.description ?? "",
      f.targetPublic ?? "",
    ]);
    for (const i of f.indicators) {
      addGuardedRow(sheet("indicators"), [
        f.number,
        i.name,
        i.unit ?? "",
        indicatorKindLabels[i.kind],
        i.baselineValue === null ? "" : Number(i.baselineValue),
        i.baselineYear ?? "",
        i.targetValue === null ? "" : Number(i.targetValue),
        i.targetYear ?? "",
        i.source ?? "",
        frequencyLabels[i.frequency],
      ]);
      for (const v of i.values)
        addGuardedRow(sheet("values"), [
          f.number,
          i.name,
          v.year,
          v.value === null ? (v.textValue ?? "") : Number(v.value),
          v.comment ?? "",
        ]);
    }
    for (const b of f.budgetLines)
      addGuardedRow(sheet("budget"), [
        f.number,
        b.year,
        b.funderOrganisation.name,
        budgetNatureLabels[b.nature],
        Number(b.planned),
        b.actual === null ? "" : Number(b.actual),
      ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
