// Steering documents as PDF: the convocation to a meeting, its minutes (compte rendu) and the annual bilan of a
// territory. React components fed plain, already formatted data (no database access here).
import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { registerFonts } from "./fonts";
import { Footer, pdfStyles, Table } from "./parts";
import { RichText } from "./rich-text";
import { frenchTypography as fr } from "./typography";
import { ofName } from "../typography";

export type MeetingPdfData = {
  caisseName: string;
  territoryName: string;
  kindLabel: string; // "Comité de pilotage"
  conventionLabel: string | null; // "Convention territoriale globale n° 2 (2024 – 2028)"
  dateLabel: string; // "12 juin 2025 à 14:00"
  place: string;
  statusLabel: string;
  agenda: string[];
  invited: { name: string; title: string; organisation: string; attendance: string; adviser: boolean }[];
  minutes: string | null; // rich text
  reviews: { number: string; title: string; status: string; comment: string }[];
  decisions: { text: string; owner: string; due: string; status: string }[];
  followUps: { text: string; takenAt: string; owner: string; status: string; comment: string }[];
};

function Heading({ data, title }: { data: MeetingPdfData; title: string }) {
  return (
    <View style={{ marginBottom: 12 }}>
      <Text style={{ fontSize: 10, color: "#374151" }}>{fr(data.caisseName)}</Text>
      <Text style={pdfStyles.h1}>{fr(title)}</Text>
      <Text style={[pdfStyles.center, { fontSize: 13, fontWeight: 700 }]}>
        {fr(`${data.kindLabel} — ${data.territoryName}`)}
      </Text>
      {data.conventionLabel ? (
        <Text style={[pdfStyles.center, { marginTop: 4 }]}>{fr(data.conventionLabel)}</Text>
      ) : null}
      <Text style={[pdfStyles.center, { marginTop: 8 }]}>{fr(`${data.dateLabel} — ${data.place}`)}</Text>
    </View>
  );
}

function Bullets({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <Text>{fr(empty)}</Text>;
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={{ flexDirection: "row", marginBottom: 3 }}>
          <Text style={{ width: 18 }}>{`${i + 1}.`}</Text>
          <Text style={{ flex: 1 }}>{fr(item)}</Text>
        </View>
      ))}
    </View>
  );
}

export function ConvocationDocument({ data }: { data: MeetingPdfData }) {
  const members = data.invited.filter((m) => !m.adviser);
  const advisers = data.invited.filter((m) => m.adviser);
  return (
    <Document
      title={`Convocation — ${data.kindLabel} — ${data.territoryName}`}
      language="fr-FR"
      author={data.caisseName}
    >
      <Page size="A4" style={pdfStyles.page}>
        <Heading data={data} title="Convocation" />
        <Text style={{ marginBottom: 8, lineHeight: 1.4 }}>
          {fr(
            `Les membres du ${data.kindLabel.toLowerCase()} de la convention territoriale globale ${ofName(data.territoryName)} sont invités à se réunir le ${data.dateLabel}, ${data.place}.`,
          )}
        </Text>
        <Text style={pdfStyles.h2}>Ordre du jour</Text>
        <Bullets items={data.agenda} empty="L'ordre du jour sera communiqué en séance." />
        <Text style={pdfStyles.h2}>{fr(`Membres convoqués (${members.length})`)}</Text>
        {members.length ? (
          <Table
            headers={["Nom", "Qualité", "Organisation"]}
            widths={[30, 35, 35]}
            rows={members.map((m) => [m.name, m.title, m.organisation])}
          />
        ) : (
          <Text>Aucun membre convoqué.</Text>
        )}
        {advisers.length ? (
          <>
            <Text style={pdfStyles.h2}>{fr(`Invités à titre consultatif (${advisers.length})`)}</Text>
            <Table
              headers={["Nom", "Qualité", "Organisation"]}
              widths={[30, 35, 35]}
              rows={advisers.map((m) => [m.name, m.title, m.organisation])}
            />
          </>
        ) : null}
        <Footer label={`Convocation — ${data.kindLabel} du ${data.dateLabel}`} />
      </Page>
    </Document>
  );
}

export function MinutesDocument({ data }: { data: MeetingPdfData }) {
  const present = data.invited.filter((m) => m.attendance === "Présent" || m.attendance.startsWith("Représenté"));
  const excused = data.invited.filter((m) => m.attendance === "Excusé" || m.attendance === "Absent");
  return (
    <Document
      title={`Compte rendu — ${data.kindLabel} — ${data.territoryName}`}
      language="fr-FR"
      author={data.caisseName}
    >
      <Page size="A4" style={pdfStyles.page}>
        <Heading data={data} title="Compte rendu" />
        <Text style={pdfStyles.h2}>{fr(`Présents et représentés (${present.length})`)}</Text>
        {present.length ? (
          <Table
            headers={["Nom", "Organisation", "Présence"]}
            widths={[35, 40, 25]}
            rows={present.map((m) => [`${m.name}${m.title ? `, ${m.title}` : ""}`, m.organisation, m.attendance])}
          />
        ) : (
          <Text>Aucune présence enregistrée.</Text>
        )}
        {excused.length ? (
          <>
            <Text style={pdfStyles.h2}>{fr(`Excusés et absents (${excused.length})`)}</Text>
            <Table
              headers={["Nom", "Organisation", "Présence"]}
              widths={[35, 40, 25]}
              rows={excused.map((m) => [`${m.name}${m.title ? `, ${m.title}` : ""}`, m.organisation, m.attendance])}
            />
          </>
        ) : null}
        <Text style={pdfStyles.h2}>Ordre du jour</Text>
        <Bullets items={data.agenda} empty="Aucun ordre du jour enregistré." />
        <Text style={pdfStyles.h2}>Relevé des échanges</Text>
        {data.minutes ? (
          <RichText html={data.minutes} />
        ) : (
          <Text>{fr("Le compte rendu n'a pas encore été rédigé.")}</Text>
        )}
        <Text style={pdfStyles.h2}>{fr(`Fiches-action examinées (${data.reviews.length})`)}</Text>
        {data.reviews.length ? (
          <Table
            headers={["N°", "Fiche-action", "Statut à la réunion", "Commentaire"]}
            widths={[8, 40, 20, 32]}
            rows={data.reviews.map((r) => [r.number, r.title, r.status, r.comment])}
          />
        ) : (
          <Text>Aucune fiche examinée.</Text>
        )}
        <Text style={pdfStyles.h2}>{fr(`Suivi des décisions antérieures (${data.followUps.length})`)}</Text>
        {data.followUps.length ? (
          <Table
            headers={["Décision", "Prise le", "Responsable", "Statut", "Commentaire"]}
            widths={[34, 14, 18, 12, 22]}
            rows={data.followUps.map((f) => [f.text, f.takenAt, f.owner, f.status, f.comment])}
          />
        ) : (
          <Text>Aucune décision antérieure à suivre.</Text>
        )}
        <Text style={pdfStyles.h2}>{fr(`Décisions prises (${data.decisions.length})`)}</Text>
        {data.decisions.length ? (
          <Table
            headers={["Décision", "Responsable", "Échéance", "Statut"]}
            widths={[48, 22, 15, 15]}
            rows={data.decisions.map((d) => [d.text, d.owner, d.due, d.status])}
          />
        ) : (
          <Text>Aucune décision.</Text>
        )}
        <Footer label={`Compte rendu — ${data.kindLabel} du ${data.dateLabel}`} />
      </Page>
    </Document>
  );
}

export type BilanPdfData = {
  caisseName: string;
  territoryName: string;
  year: number;
  conventionLabel: string | null;
  periodLabel: string | null; // "42 % de la période écoulée au 31 décembre 2025"
  summary: string[]; // key figures, one sentence each
  byStatus: string[][]; // [status, count]
  byAxis: string[][]; // [axe, total, done, share]
  late: string[][]; // [number, title, end, status]
  indicators: string[][]; // [fiche, indicator, latest, target, progress]
  budget: string[][]; // [funder, planned, actual]
  funding: string[][]; // [year, engagement, facilities]
  meetings: string[][]; // [date, kind, status]
  decisions: string[][]; // [text, owner, due, status]
};

export function BilanDocument({ data }: { data: BilanPdfData }) {
  const section = (
    title: string,
    headers: string[],
    widths: number[],
    rows: string[][],
    empty: string,
    align?: ("left" | "right")[],
  ) => (
    <View>
      <Text style={pdfStyles.h2}>{fr(title)}</Text>
      {rows.length ? <Table headers={headers} widths={widths} rows={rows} align={align} /> : <Text>{fr(empty)}</Text>}
    </View>
  );
  return (
    <Document title={`Bilan ${data.year} — ${data.territoryName}`} language="fr-FR" author={data.caisseName}>
      <Page size="A4" style={pdfStyles.page}>
        <Text style={{ fontSize: 10, color: "#374151" }}>{fr(data.caisseName)}</Text>
        <Text style={pdfStyles.h1}>{fr(`Bilan annuel ${data.year}`)}</Text>
        <Text style={[pdfStyles.center, { fontSize: 13, fontWeight: 700 }]}>
          {fr(`Convention territoriale globale — ${data.territoryName}`)}
        </Text>
        {data.conventionLabel ? (
          <Text style={[pdfStyles.center, { marginTop: 4 }]}>{fr(data.conventionLabel)}</Text>
        ) : null}
        {data.periodLabel ? <Text style={[pdfStyles.center, { marginTop: 4 }]}>{fr(data.periodLabel)}</Text> : null}
        <Text style={pdfStyles.h2}>Chiffres clés</Text>
        {data.summary.map((line, i) => (
          <Text key={i} style={{ marginBottom: 3 }}>
            {fr(`• ${line}`)}
          </Text>
        ))}
        {section("Fiches-action par statut", ["Statut", "Fiches"], [70, 30], data.byStatus, "Aucune fiche-action.", [
          "left",
          "right",
        ])}
        {section(
          "Avancement par axe",
          ["Axe", "Fiches", "Réalisées", "Part réalisée"],
          [55, 15, 15, 15],
          data.byAxis,
          "Aucun axe.",
          ["left", "right", "right", "right"],
        )}
        {section(
          "Fiches-action en retard",
          ["N°", "Fiche-action", "Fin prévue", "Statut"],
          [8, 54, 18, 20],
          data.late,
          "Aucune fiche en retard.",
        )}
        {section(
          "Indicateurs",
          ["Fiche", "Indicateur", "Dernière valeur", "Cible", "Progression"],
          [8, 42, 18, 16, 16],
          data.indicators,
          "Aucun indicateur chiffré.",
          ["left", "left", "right", "right", "right"],
        )}
        {section(
          `Budget ${data.year} par financeur`,
          ["Financeur", "Prévu", "Réalisé"],
          [50, 25, 25],
          data.budget,
          "Aucune ligne budgétaire pour l'année.",
          ["left", "right", "right"],
        )}
        {section(
          "Financements de la caisse",
          ["Année", "Engagement annuel (convention)", "Équipements financés (annexe 5)"],
          [20, 40, 40],
          data.funding,
          "Aucun financement.",
          ["left", "right", "right"],
        )}
        {section(
          `Réunions ${data.year}`,
          ["Date", "Instance", "Statut"],
          [40, 40, 20],
          data.meetings,
          "Aucune réunion dans l'année.",
        )}
        {section(
          `Décisions prises en ${data.year}`,
          ["Décision", "Responsable", "Échéance", "Statut"],
          [48, 22, 15, 15],
          data.decisions,
          "Aucune décision dans l'année.",
        )}
        <Footer label={`Bilan ${data.year} — ${data.territoryName}`} />
      </Page>
    </Document>
  );
}

export async function renderPdf(document: ReactElement): Promise<Uint8Array<ArrayBuffer>> {
  registerFonts();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new Uint8Array(await renderToBuffer(document as any));
}
