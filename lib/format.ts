// fr-FR formatting of dates, numbers and euros, shared by pages and PDFs.
const dateFormatter = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Paris",
});
const dateTimeFormatter = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Paris",
});
// Months of fiches are stored as their first day at UTC midnight: read in UTC.
const monthFormatter = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });
const numberFormatter = new Intl.NumberFormat("fr-FR");
const euroFormatter = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const percentFormatter = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

type DateInput = Date | string | null | undefined;
const toDate = (value: DateInput) => (value == null ? null : value instanceof Date ? value : new Date(value));

/** French writes the first day of a month as an ordinal: "1er janvier 2027", never "1 janvier 2027". */
const firstOfMonth = (text: string) => text.replace(/^1 /, "1er ");

export function formatDate(value: DateInput): string {
  const date = toDate(value);
  return date ? firstOfMonth(dateFormatter.format(date)) : "—";
}

export function formatDateTime(value: DateInput): string {
  const date = toDate(value);
  return date ? firstOfMonth(dateTimeFormatter.format(date)) : "—";
}

/** "mars 2025" */
export function formatMonth(value: DateInput): string {
  const date = toDate(value);
  return date ? monthFormatter.format(date) : "—";
}

export function formatNumber(value: number | null | undefined): string {
  return value == null ? "—" : numberFormatter.format(value);
}

export function formatEuros(value: number | string | { toString(): string } | null | undefined): string {
  return value == null ? "—" : euroFormatter.format(Number(value.toString()));
}

export function formatPercent(ratio: number | null | undefined): string {
  return ratio == null || Number.isNaN(ratio) ? "—" : percentFormatter.format(ratio);
}

/** "2024 – 2028" */
export function formatPeriod(start: DateInput, end: DateInput): string {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return "—";
  return `${from.getUTCFullYear()} – ${to.getUTCFullYear()}`;
}
