import type { FormField } from "@/components/action-form";
import { organisationKindLabels } from "@/lib/labels";
import { ORGANISATION_KINDS } from "@/lib/organisations/schemas";

type Values = {
  kind: string;
  name: string;
  shortName: string | null;
  siren: string | null;
  territoryId: string | null;
};

/** The fields of a partner, for the add and edit forms. */
export function organisationFields(territories: { id: string; name: string }[], values?: Values): FormField[] {
  return [
    {
      name: "kind",
      label: "Type",
      type: "select",
      defaultValue: values?.kind ?? "COMMUNE",
      options: ORGANISATION_KINDS.filter((kind) => kind !== "CAISSE" || values?.kind === "CAISSE").map((kind) => ({
        value: kind,
        label: organisationKindLabels[kind],
      })),
    },
    { name: "name", label: "Nom", defaultValue: values?.name, required: true, maxLength: 200 },
    { name: "shortName", label: "Nom court (facultatif)", defaultValue: values?.shortName, maxLength: 80 },
    {
      name: "siren",
      label: "SIREN (facultatif)",
      hint: "9 chiffres, par exemple 200069268.",
      defaultValue: values?.siren,
      maxLength: 11,
    },
    {
      name: "territoryId",
      label: "Territoire",
      hint: "Une commune, un CCAS appartiennent à un territoire ; le Département, la MSA, la CPAM à toute la caisse.",
      type: "select",
      defaultValue: values?.territoryId ?? "",
      options: [{ value: "", label: "Toute la caisse" }, ...territories.map((t) => ({ value: t.id, label: t.name }))],
    },
  ];
}
