// Is the convention ready to be validated, or signed? One list of checks, shown as a checklist with links to what
// to fix (the convention page) and enforced on the server: "Valider le texte" (change-status.ts) and every signature
// (sign-convention.ts) are refused while a check fails. The model's placeholders ("…", "Annexe à joindre.") must not
// reach a validated, let alone a signed, text.
import type { Db, Tx } from "../db/client";
import type { AnnexContent, ArticleKind, ConventionStatus } from "../db/generated/enums";
import { buildDiagnosticAnnex } from "../diagnostic/annex";
import { formatDate } from "../format";
import { territoryForFields } from "./field-values";
import { conventionFieldValues, FIELD_LABELS, fieldsUsed, type FieldValues } from "./fields";
import { lastDayInForce, periodsOverlap, SIGNED_STATUSES } from "./in-force";

export const PAPER_ANNEX_TEXT = "Annexe jointe au dossier papier.";

/** The longest period a CTG may cover (they run 4 to 5 years; 6 leaves room for an extension). */
const MAX_YEARS = 6;

export type ReadinessItem = {
  /** Stable key, for tests and anchors. */
  key: string;
  ok: boolean;
  /** A point to check that does not block validation nor signature (shown, not enforced). */
  warning?: boolean;
  label: string;
  /** What is missing, each with where to fix it (a path relative to the convention page). */
  problems: { text: string; href: string }[];
};

type ReadinessData = {
  convention: {
    id: string;
    status: ConventionStatus;
    startDate: Date;
    endDate: Date;
    place: string | null;
    copies: number | null;
  };
  /** The current values of the fields bound to the data; null where not filled in. */
  fields: FieldValues;
  previous: { edition: number; startDate: Date; endDate: Date; terminatedAt: Date | null } | null;
  otherSigned: {
    id: string;
    edition: number;
    title: string;
    startDate: Date;
    endDate: Date;
    terminatedAt: Date | null;
  }[];
  articles: { id: string; kind: ArticleKind; position: number; title: string; body: string }[];
  signatories: {
    id: string;
    bodyLabel: string;
    representativeName: string;
    representativeTitle: string;
    designation: string;
    /** Whether its assembly deliberates (a commune, an EPCI), and whether that deliberation is recorded. */
    mustDeliberate: boolean;
    hasDeliberation: boolean;
    signed: boolean;
  }[];
  annexes: {
    id: string;
    code: string;
    title: string;
    content: AnnexContent;
    body: string | null;
    hasFile: boolean;
    hasDeliberation: boolean;
    /** DIAGNOSTIC annexes: whether the territory's diagnostic has anything to print (series or findings). */
    hasDiagnosticData?: boolean;
  }[];
};

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");

/**
 * Whether a text still holds one of the model's placeholders: an ellipsis standing for a missing word ("En …
 * exemplaires", "Fait à …", a list item or a name that is only "…"), not one that ends an enumeration ("CEJ, CTG,
 * ...", "etc…") or a word.
 */
export function hasPlaceholder(text: string | null | undefined): boolean {
  if (!text) return false;
  const value = plain(text);
  for (const match of value.matchAll(/…|\.\.\./g)) {
    const before = value.slice(0, match.index);
    const after = value.slice(match.index + match[0].length);
    const standsAlone = /(^|[\s«(\[])$/.test(before) && /^($|[\s»)\].,;:!?])/.test(after);
    const endsAList = /[,;]\s*$/.test(before);
    if (standsAlone && !endsAList) return true;
  }
  return false;
}

const EMPTY_ANNEX = /^\s*(annexe à joindre\.?)?\s*$/i;

function annexPresent(annex: ReadinessData["annexes"][number]): boolean {
  switch (annex.content) {
    case "TEXT":
      return !!annex.body && !EMPTY_ANNEX.test(plain(annex.body)) && !hasPlaceholder(annex.body);
    case "FILE":
      return annex.hasFile;
    case "DELIBERATION":
      // Recorded after validation: required for signing, not for validating.
      return true;
    case "FICHES_ACTION":
    case "FACILITIES":
    case "DIAGNOSTIC":
    case "PAPER":
      return true;
  }
}

/** Annex codes the text refers to: "annexe 4", "Annexes 1a et 1b", "(Annexe 6)". */
export function annexReferences(html: string): string[] {
  const found = new Set<string>();
  for (const match of plain(html).matchAll(/\bannexes?\s+((?:\d{1,2}[a-z]?)(?:\s*(?:,|et|à)\s*\d{1,2}[a-z]?)*)/gi)) {
    for (const code of match[1].split(/\s*(?:,|et|à)\s*/i)) found.add(code.toLowerCase());
  }
  return [...found];
}

function articleLabel(article: ReadinessData["articles"][number]): string {
  if (article.kind === "VISA") return `Visa n° ${article.position}`;
  if (article.kind === "PREAMBLE") return "Préambule";
  return `Article ${article.position}${article.title ? ` — ${article.title}` : ""}`;
}

/** The checks before "Valider le texte" (and again before each signature). Pure: give it the loaded data. */
export function readinessChecks(data: ReadinessData): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  const item = (key: string, label: string, problems: ReadinessItem["problems"]) =>
    items.push({ key, label, ok: problems.length === 0, problems });
  const articleHref = (id: string) => `articles/${id}`;

  item(
    "text",
    "Le texte ne contient plus de passage à compléter (« … »)",
    data.articles
      .filter((a) => hasPlaceholder(a.body) || hasPlaceholder(a.title))
      .map((a) => ({ text: `${articleLabel(a)} : un passage « … » reste à compléter`, href: articleHref(a.id) }))
      .concat(
        data.articles.flatMap((a) =>
          fieldsUsed(a.body)
            .filter((name) => data.fields[name] === null)
            .map((name) => ({
              text: `${articleLabel(a)} : le champ « ${FIELD_LABELS[name]} » n'est pas renseigné`,
              href: "#informations",
            })),
        ),
      ),
  );

  item(
    "signatories",
    "Chaque signataire a un représentant nommé, avec sa qualité",
    data.signatories
      .filter(
        (s) =>
          !s.representativeName.trim() ||
          hasPlaceholder(s.representativeName) ||
          !s.representativeTitle.trim() ||
          hasPlaceholder(s.representativeTitle) ||
          hasPlaceholder(s.designation),
      )
      .map((s) => ({
        text: `${s.bodyLabel} : indiquez le nom et la qualité de son représentant`,
        href: "signataires",
      })),
  );

  // Once the text is validated, the assemblies deliberate on it: each signature needs its signatory's deliberation
  // (sign-convention.ts refuses it otherwise), so the checklist says which are still to record.
  if (data.convention.status === "VALIDATED") {
    item(
      "deliberations",
      "Chaque assemblée délibérante a délibéré sur le texte",
      data.signatories
        .filter((s) => s.mustDeliberate && !s.hasDeliberation && !s.signed)
        .map((s) => ({ text: `${s.bodyLabel} : enregistrez la délibération de son assemblée`, href: "signataires" })),
    );
  }

  const informations: ReadinessItem["problems"] = [];
  if (!data.convention.copies) {
    informations.push({ text: "Indiquez le nombre d'exemplaires originaux", href: "#informations" });
  }
  if (!data.convention.place?.trim() || hasPlaceholder(data.convention.place)) {
    informations.push({ text: "Indiquez le lieu de signature (« Fait à … »)", href: "#informations" });
  }
  item("informations", "Le lieu de signature et le nombre d'exemplaires sont indiqués", informations);

  const codes = new Map(data.annexes.map((a) => [a.code.toLowerCase(), a]));
  const annexProblems: ReadinessItem["problems"] = [];
  for (const annex of data.annexes) {
    if (!annexPresent(annex)) {
      annexProblems.push({
        text: `Annexe ${annex.code} (${annex.title}) : joignez-la ou indiquez qu'elle est jointe au dossier papier`,
        href: "#annexes",
      });
    }
  }
  const cited = new Set(data.articles.flatMap((a) => annexReferences(a.body)));
  for (const code of [...cited].sort()) {
    if (!codes.has(code)) {
      annexProblems.push({
        text: `L'annexe ${code}, citée dans le texte, ne figure pas dans la liste des annexes`,
        href: "#annexes",
      });
    }
  }
  item("annexes", "Chaque annexe citée est présente, ou jointe au dossier papier", annexProblems);

  // The shared diagnostic may still be empty (no open data imported, no findings written): said, not enforced.
  const diagnostics = data.annexes.filter((a) => a.content === "DIAGNOSTIC");
  if (diagnostics.length) {
    item(
      "diagnostic",
      "L'annexe du diagnostic partagé contient des données (recommandé)",
      diagnostics
        .filter((a) => a.hasDiagnosticData === false)
        .map((a) => ({
          text: `Annexe ${a.code} (${a.title}) : aucune donnée du diagnostic pour ce territoire ; importez les données ouvertes de la Cnaf ou rédigez les constats`,
          href: "#annexes",
        })),
    );
    items[items.length - 1].warning = true;
  }

  const period: ReadinessItem["problems"] = [];
  const { startDate, endDate } = data.convention;
  if (endDate <= startDate) {
    period.push({ text: "La date de fin doit suivre la date de début", href: "#informations" });
  } else if (endDate.getTime() - startDate.getTime() > MAX_YEARS * 366 * 24 * 3600 * 1000) {
    period.push({ text: `La convention ne peut pas couvrir plus de ${MAX_YEARS} ans`, href: "#informations" });
  }
  if (data.previous && startDate <= lastDayInForce(data.previous)) {
    period.push({
      text: `La convention doit commencer après la fin de la convention n° ${data.previous.edition} (${formatDate(lastDayInForce(data.previous))})`,
      href: "#informations",
    });
  }
  for (const other of data.otherSigned) {
    if (periodsOverlap(data.convention, other)) {
      period.push({
        text: `La période chevauche celle de la convention signée n° ${other.edition} (du ${formatDate(other.startDate)} au ${formatDate(lastDayInForce(other))}) : une seule convention est en vigueur à la fois`,
        href: "#informations",
      });
    }
  }
  item("period", "La période suit l'édition précédente sans chevaucher une convention signée", period);
  return items;
}

/** Loads what the checks read, with the territory in the WHERE clause. */
export async function loadReadinessData(
  db: Db | Tx,
  conventionId: string,
  territoryId: string,
): Promise<ReadinessData> {
  const convention = await db.convention.findFirstOrThrow({
    where: { id: conventionId, territoryId },
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      place: true,
      copies: true,
      territory: { select: { ...territoryForFields.select, caisseId: true } },
      previousEdition: { select: { edition: true, startDate: true, endDate: true, terminatedAt: true } },
      articles: {
        orderBy: [{ kind: "asc" }, { position: "asc" }],
        select: { id: true, kind: true, position: true, title: true, body: true },
      },
      signatories: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          bodyLabel: true,
          representativeName: true,
          representativeTitle: true,
          designation: true,
          mustDeliberate: true,
          organisation: { select: { name: true } },
          signedAt: true,
          deliberations: { where: { avenantId: null }, select: { id: true } },
        },
      },
      annexes: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          code: true,
          title: true,
          content: true,
          body: true,
          fileName: true,
          signatory: { select: { deliberations: { where: { avenantId: null }, select: { id: true } } } },
        },
      },
    },
  });
  const hasDiagnostic = convention.annexes.some((a) => a.content === "DIAGNOSTIC");
  const diagnostic = hasDiagnostic
    ? await buildDiagnosticAnnex(db, { id: territoryId, caisseId: convention.territory.caisseId })
    : null;
  const otherSigned = await db.convention.findMany({
    where: { territoryId, id: { not: conventionId }, status: { in: SIGNED_STATUSES } },
    select: { id: true, edition: true, title: true, startDate: true, endDate: true, terminatedAt: true },
  });
  return {
    convention,
    fields: conventionFieldValues(convention),
    previous: convention.previousEdition,
    otherSigned,
    articles: convention.articles,
    signatories: convention.signatories.map((s) => ({
      id: s.id,
      bodyLabel: s.bodyLabel,
      representativeName: s.representativeName,
      representativeTitle: s.representativeTitle,
      designation: s.designation,
      mustDeliberate: s.mustDeliberate,
      hasDeliberation: s.deliberations.length > 0,
      signed: s.signedAt !== null,
    })),
    annexes: convention.annexes.map((a) => ({
      id: a.id,
      code: a.code,
      title: a.title,
      content: a.content,
      body: a.body,
      hasFile: !!a.fileName,
      hasDeliberation: (a.signatory?.deliberations.length ?? 0) > 0,
      ...(a.content === "DIAGNOSTIC" ? { hasDiagnosticData: (diagnostic?.themes.length ?? 0) > 0 } : {}),
    })),
  };
}

export async function conventionReadiness(db: Db | Tx, conventionId: string, territoryId: string) {
  return readinessChecks(await loadReadinessData(db, conventionId, territoryId));
}

/**
 * The refusal message of a failed check: the first problems, in one sentence each. The deliberations item only
 * informs (each signature checks its own signatory's deliberation), and so do warnings.
 */
export function readinessMessage(items: ReadinessItem[], action: string): string | null {
  const problems = items
    .filter((i) => i.key !== "deliberations" && !i.warning)
    .flatMap((i) => i.problems.map((p) => p.text));
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 3).join(" ; ");
  const more = problems.length > 3 ? ` (et ${problems.length - 3} autre${problems.length - 3 > 1 ? "s" : ""})` : "";
  return `${action} : la convention n'est pas prête. ${shown}${more}.`;
}
