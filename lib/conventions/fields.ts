// Fields bound to the convention's data, inside its rich text: `<span data-field="startDate"></span>` stands for the
// period's first day, and so on. The stored text holds only the field's name; every rendering (the page, the
// editor, the printable view, the PDF, the Word export) prints its current value, so changing the period changes
// the "Durée" article everywhere. Pure and client-safe: the editor imports it.
import { formatDate } from "../format";

export const FIELD_LABELS = {
  startDate: "Date de début",
  endDate: "Date de fin",
  duration: "Durée",
  place: "Lieu de signature",
  copies: "Nombre d'exemplaires",
  territoryName: "Nom du territoire",
  caisseName: "Nom de la caisse",
  epciName: "Nom de l'EPCI",
  parties: "Parties signataires",
} as const;

export type FieldName = keyof typeof FIELD_LABELS;
export const FIELD_NAMES = Object.keys(FIELD_LABELS) as FieldName[];
/** A field's current value as printed, or null while it is not filled in (no place, no number of copies). */
export type FieldValues = Record<FieldName, string | null>;

export const isFieldName = (name: string): name is FieldName => Object.hasOwn(FIELD_LABELS, name);

/** How a field is stored in the text. */
export const fieldTag = (name: FieldName) => `<span data-field="${name}"></span>`;

// A field span as the sanitiser leaves it (attribute data-field only, nothing inside).
const FIELD_SPAN = /<span data-field="([a-zA-Z]+)"><\/span>/g;

/** The fields a (sanitised) text uses, each once, in order of appearance. */
export function fieldsUsed(html: string): FieldName[] {
  const names = new Set<FieldName>();
  for (const match of html.matchAll(FIELD_SPAN)) if (isFieldName(match[1])) names.add(match[1]);
  return [...names];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The text to print when a field has no value yet: the model's "…", which the readiness check refuses. */
export const UNFILLED = "…";

/**
 * A sanitised text with its fields replaced by their values (escaped). `keepMarkup` keeps a span around each value
 * (the page shows fields apart from free text); the PDF and Word renderings take plain text.
 */
export function bindFields(html: string, values: FieldValues, keepMarkup = false): string {
  return html.replace(FIELD_SPAN, (_all, name: string) => {
    if (!isFieldName(name)) return "";
    const value = escapeHtml(values[name] ?? UNFILLED);
    return keepMarkup ? `<span data-field="${name}" class="convention-field">${value}</span>` : value;
  });
}

const NUMBER_WORDS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];

/** "cinq ans", "quatre ans et six mois", "18 mois": the length of a period in words, as conventions write it. */
export function durationLabel(start: Date, end: Date): string {
  // The end date is included: 1 January 2027 to 31 December 2031 is five years.
  const after = new Date(end.getTime() + 24 * 3600 * 1000);
  let months = (after.getUTCFullYear() - start.getUTCFullYear()) * 12 + (after.getUTCMonth() - start.getUTCMonth());
  if (after.getUTCDate() < start.getUTCDate()) months -= 1;
  if (months <= 0) return "moins d'un mois";
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const word = (n: number) => NUMBER_WORDS[n] ?? n.toLocaleString("fr-FR");
  if (years === 0) return `${word(rest)} mois`;
  const yearText = `${years === 1 ? "un an" : `${word(years)} ans`}`;
  return rest ? `${yearText} et ${word(rest)} mois` : yearText;
}

/** "A", "A et B", "A, B et C". */
export function frenchList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

export type FieldSource = {
  startDate: Date;
  endDate: Date;
  place: string | null;
  copies: number | null;
  territoryName: string;
  caisseName: string;
  epciName: string | null;
  /** Organisation names of the signatories, in signature order (an organisation signing twice counts once). */
  partyNames: string[];
};

export function fieldValues(source: FieldSource): FieldValues {
  const parties = [...new Set(source.partyNames)];
  return {
    startDate: formatDate(source.startDate),
    endDate: formatDate(source.endDate),
    duration: source.endDate > source.startDate ? durationLabel(source.startDate, source.endDate) : null,
    place: source.place?.trim() || null,
    copies: source.copies ? source.copies.toLocaleString("fr-FR") : null,
    territoryName: source.territoryName,
    caisseName: source.caisseName,
    epciName: source.epciName,
    parties: parties.length ? frenchList(parties) : null,
  };
}

/** A convention as loaded with its territory, caisse, EPCI and signatories' organisations. */
export type ConventionForFields = {
  startDate: Date;
  endDate: Date;
  place: string | null;
  copies: number | null;
  territory: { name: string; caisse: { name: string }; epciOrganisation: { name: string } | null };
  signatories: { organisation: { name: string } }[];
};

export function conventionFieldValues(convention: ConventionForFields): FieldValues {
  return fieldValues({
    startDate: convention.startDate,
    endDate: convention.endDate,
    place: convention.place,
    copies: convention.copies,
    territoryName: convention.territory.name,
    caisseName: convention.territory.caisse.name,
    epciName: convention.territory.epciOrganisation?.name ?? null,
    partyNames: convention.signatories.map((s) => s.organisation.name),
  });
}
