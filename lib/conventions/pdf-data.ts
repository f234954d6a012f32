// Loads a convention and turns it into the plain data of the PDF document (lib/pdf/convention-document.tsx).
import { buildDiagnosticAnnex } from "../diagnostic/annex";
import { isDiagnosticAnnexContent } from "../diagnostic/annex-text";
import { bindFields, conventionFieldValues } from "./fields";
import { PAPER_ANNEX_TEXT } from "./readiness";
import type { Tx } from "../db/client";
import type { Db } from "../db/client";
import { formatDate, formatEuros, formatNumber } from "../format";
import { facilityTypeLabels, ficheStatusLabels } from "../labels";
import type { ConventionPdfData, PdfAnnex } from "../pdf/convention-document";

const monthYear = new Intl.DateTimeFormat("fr-FR", { month: "2-digit", year: "numeric", timeZone: "UTC" });

/** "1er janvier 2024": French ordinal for the first day of the month. */
export function formatLegalDate(date: Date): string {
  return formatDate(date).replace(/^1 /, "1er ");
}

/** Callers must have authorised access to the convention (same territory). */
export async function loadConventionPdfData(
  db: Db | Tx,
  conventionId: string,
  options: { signed?: boolean } = {},
): Promise<ConventionPdfData> {
  const convention = await db.convention.findUniqueOrThrow({
    where: { id: conventionId },
    include: {
      territory: { include: { caisse: true, epciOrganisation: true } },
      signatories: {
        orderBy: { position: "asc" },
        include: { organisation: true, deliberations: { where: { avenantId: null } } },
      },
      articles: { orderBy: [{ kind: "asc" }, { position: "asc" }] },
      annexes: {
        orderBy: { position: "asc" },
        include: { signatory: { include: { organisation: true, deliberations: { where: { avenantId: null } } } } },
      },
    },
  });
  const isSigned = options.signed ?? ["SIGNED", "EXPIRED", "TERMINATED"].includes(convention.status);

  // Parties: one entry per organisation (the caisse signs twice, through its president and its director).
  const parties: ConventionPdfData["parties"] = [];
  for (const signatory of convention.signatories) {
    if (parties.some((p) => p.name === signatory.organisation.name)) continue;
    parties.push({
      name: signatory.organisation.name,
      representation: signatory.representationText,
      designation: signatory.designation,
    });
  }

  // Fields bound to the data print their current value (lib/conventions/fields.ts).
  const values = conventionFieldValues(convention);
  const bound = (html: string) => bindFields(html, values);

  const visas = convention.articles.filter((a) => a.kind === "VISA").map((a) => bound(a.body));
  // Each recorded deliberation appears as a visa, with the annex that holds it when there is one.
  for (const signatory of convention.signatories) {
    for (const deliberation of signatory.deliberations) {
      const annex = convention.annexes.find((a) => a.signatoryId === signatory.id);
      const assembly = deliberation.assembly.charAt(0).toLowerCase() + deliberation.assembly.slice(1);
      const body = deliberation.assembly.includes(signatory.organisation.name)
        ? assembly
        : `${assembly} (${signatory.organisation.name})`;
      visas.push(
        `Vu la délibération n° ${deliberation.number} du ${body} en date du ${formatLegalDate(deliberation.sessionDate)}${annex ? ` figurant en annexe ${annex.code} de la présente convention` : ""} ;`,
      );
    }
  }

  const fichesNeeded = convention.annexes.some((a) => a.content === "FICHES_ACTION");
  const facilitiesNeeded = convention.annexes.some((a) => a.content === "FACILITIES");
  const fiches = fichesNeeded
    ? await db.ficheAction.findMany({
        where: { conventionId: convention.id, territoryId: convention.territoryId },
        orderBy: { number: "asc" },
        include: { axis: true, pilotOrganisation: true },
      })
    : [];
  const facilities = facilitiesNeeded
    ? await db.facility.findMany({
        where: { territoryId: convention.territoryId, OR: [{ conventionId: convention.id }, { conventionId: null }] },
        orderBy: { name: "asc" },
        include: { commune: true, fundings: true },
      })
    : [];

  // Annexe 3, the shared diagnostic: as frozen at signature; for a convention not signed, the territory's current
  // diagnostic. A signed convention without a frozen content (signed before annexes could be generated) prints
  // nothing generated: a later import never changes a signed text.
  const diagnosticNeeded = convention.annexes.some((a) => a.content === "DIAGNOSTIC" && !a.frozenContent);
  const diagnostic = diagnosticNeeded && !isSigned ? await buildDiagnosticAnnex(db, convention.territory) : null;

  const annexes: PdfAnnex[] = convention.annexes.map((annex) => {
    const base = { code: annex.code, title: annex.title };
    switch (annex.content) {
      case "TEXT":
        return { ...base, content: annex.body ? { kind: "text", body: bound(annex.body) } : { kind: "empty" } };
      case "FILE":
        return { ...base, content: annex.fileName ? { kind: "file", fileName: annex.fileName } : { kind: "empty" } };
      case "PAPER":
        return { ...base, content: { kind: "text", body: `<p>${PAPER_ANNEX_TEXT}</p>` } };
      case "DELIBERATION": {
        const d = annex.signatory?.deliberations[0];
        if (!d) return { ...base, content: { kind: "empty" } };
        const lines = [
          `${annex.signatory!.organisation.name} — ${d.assembly}`,
          `Délibération n° ${d.number}, séance du ${formatLegalDate(d.sessionDate)}${d.sessionTime ? ` à ${d.sessionTime.replace(":", " h ")}` : ""}${d.place ? `, ${d.place}` : ""}.`,
          `Membres en exercice : ${d.membersInOffice} ; présents : ${d.membersPresent} ; votants : ${d.membersVoting}.`,
          `Pour : ${d.votesFor} ; contre : ${d.votesAgainst} ; abstentions : ${d.abstentions}.`,
          ...(d.nonParticipants ? [`N'ont pas pris part au vote : ${d.nonParticipants}`] : []),
          ...(d.decisionText ? d.decisionText.split(/\n+/) : []),
          ...(d.sentToPrefectureAt
            ? [
                `Envoyé en préfecture le ${formatDate(d.sentToPrefectureAt)}${d.receivedByPrefectureAt ? `, reçu le ${formatDate(d.receivedByPrefectureAt)}` : ""}.`,
              ]
            : []),
          ...(d.actesId ? [`Identifiant ACTES : ${d.actesId}`] : []),
        ];
        return { ...base, content: { kind: "deliberation", lines } };
      }
      case "FICHES_ACTION":
        return {
          ...base,
          content: {
            kind: "fiches",
            rows: fiches.map((f) => ({
              number: f.number,
              title: f.title,
              axis: f.axis?.title ?? "—",
              pilot: f.pilotOrganisation?.shortName ?? f.pilotOrganisation?.name ?? "—",
              status: ficheStatusLabels[f.status],
              period:
                f.startMonth && f.endMonth
                  ? `${monthYear.format(f.startMonth)} – ${monthYear.format(f.endMonth)}`
                  : "—",
            })),
          },
        };
      case "DIAGNOSTIC":
        if (isDiagnosticAnnexContent(annex.frozenContent)) return { ...base, content: annex.frozenContent };
        return { ...base, content: diagnostic ?? { kind: "empty" } };
      case "FACILITIES": {
        const lastYear = Math.max(0, ...facilities.flatMap((f) => f.fundings.map((x) => x.year)));
        const amountOf = (f: (typeof facilities)[number]) =>
          f.fundings.filter((x) => x.year === lastYear).reduce((sum, x) => sum + Number(x.amount), 0);
        const total = facilities.reduce((sum, f) => sum + amountOf(f), 0);
        return {
          ...base,
          content: {
            kind: "facilities",
            rows: facilities.map((f) => ({
              name: f.name,
              type: facilityTypeLabels[f.type],
              commune: f.commune?.name ?? "—",
              manager: f.managerName ?? "—",
              capacity: f.capacity != null ? formatNumber(f.capacity) : "—",
              funding: lastYear ? formatEuros(amountOf(f)) : "—",
            })),
            total: lastYear
              ? `Total des financements ${lastYear} : ${formatEuros(total)}`
              : "Aucun financement enregistré.",
          },
        };
      }
    }
  });

  const signedDates = convention.signatories.map((s) => s.signedAt).filter((d): d is Date => d !== null);
  const lastSignature = signedDates.length
    ? new Date(Math.max(...signedDates.map((d) => d.getTime())))
    : (convention.signatureDate ?? null);

  return {
    title: convention.title,
    caisseName: convention.territory.caisse.name,
    territoryName: convention.territory.name,
    edition: convention.edition,
    periodLabel: `du ${formatLegalDate(convention.startDate)} au ${formatLegalDate(convention.endDate)}`,
    isSigned,
    parties,
    visas,
    preamble: bound(convention.articles.find((a) => a.kind === "PREAMBLE")?.body ?? "") || null,
    articles: convention.articles
      .filter((a) => a.kind === "ARTICLE")
      .map((a, index) => ({ number: index + 1, title: a.title, body: bound(a.body) })),
    place: convention.place,
    dateLabel: isSigned && lastSignature ? `le ${formatLegalDate(lastSignature)},` : null,
    copies: convention.copies,
    signatureBlocks: convention.signatories.map((s) => ({
      body: s.bodyLabel,
      title: s.representativeTitle,
      name: s.signerName ?? s.representativeName,
    })),
    annexes,
  };
}
