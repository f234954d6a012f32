// Recognises the parts of a convention in a list of blocks (lib/conventions/import/blocks.ts): title, period,
// place, parties, visas, préambule, numbered articles (sub-articles 1.1, 1.2 kept inside their article), annexes.
// It never drops text: every block lands in a recognised part, in `unplaced` (shown to the user to place by
// hand), or in `skipped` for what the platform rebuilds itself (the sommaire, running headers, the PROJET mark,
// the signature grid), also shown on the review screen.
import type { ImportBlock } from "./blocks";

export type ImportedParty = {
  name: string;
  representativeName: string;
  representativeTitle: string;
  /** "représentée par son Président, Monsieur X" as the convention prints it after the name. */
  representationText: string;
  /** ci-après dénommée « … »: the words inside the quotes. */
  designation: string;
};

export type ImportedConvention = {
  title: string;
  startDate: string | null; // YYYY-MM-DD
  endDate: string | null;
  place: string | null;
  copies: number | null;
  signatureDate: string | null;
  parties: ImportedParty[];
  visas: string[];
  /** Rich text (the sanitised subset of lib/conventions/rich-text.ts). */
  preamble: string;
  articles: { title: string; body: string }[];
  annexes: { code: string; title: string; body: string }[];
  /** Text that was not recognised, in source order: to place by hand. */
  unplaced: string[];
  /** Text the platform rebuilds (sommaire, headers and footers, signature grid): shown, not imported. */
  skipped: string[];
};

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
const monthIndex = (name: string) =>
  MONTHS.findIndex(
    (m) =>
      m === name.toLowerCase().replace("fevrier", "février").replace("aout", "août").replace("decembre", "décembre"),
  );
const DAY = String.raw`(1er|1ᵉʳ|premier|\d{1,2})`;
const MONTH = String.raw`(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)`;
const LONG_DATE = String.raw`${DAY}\s+${MONTH}\s+(\d{4})`;
const NUMERIC_DATE = String.raw`(\d{1,2})[/.](\d{1,2})[/.](\d{4})`;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  return date.toISOString().slice(0, 10);
}

/** "1er janvier 2027", "01 janvier 2024", "31/12/2028" → "2027-01-01". */
export function parseFrenchDate(value: string): string | null {
  const long = new RegExp(`^${LONG_DATE}$`, "i").exec(value.trim());
  if (long) {
    const day = /^\d/.test(long[1]) ? Number.parseInt(long[1], 10) : 1;
    return isoDate(Number(long[3]), monthIndex(long[2]), day);
  }
  const numeric = new RegExp(`^${NUMERIC_DATE}$`).exec(value.trim());
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1]));
  return null;
}

/** The period: "du 1er janvier 2027 au 31 décembre 2031", "à compter du … jusqu'au …", "pour la période 2027-2031",
 * "de 2027 à 2031". */
export function findPeriod(text: string): { startDate: string; endDate: string } | null {
  const date = `(?:${LONG_DATE}|${NUMERIC_DATE})`;
  const range = new RegExp(
    `(?:du|à compter du|à partir du|à dater du)\\s+(${date})\\s*(?:,\\s*)?(?:au|jusqu'au|et jusqu'au|jusqu'à)\\s+(${date})`,
    "i",
  );
  const match = range.exec(text);
  if (match) {
    const dates = [...match[0].matchAll(new RegExp(date, "gi"))].map((m) => parseFrenchDate(m[0]));
    if (dates[0] && dates[1] && dates[1] > dates[0]) return { startDate: dates[0], endDate: dates[1] };
  }
  const years = /(?:période|années?|pour|sur)\s+(?:de\s+)?(20\d\d)\s*(?:-|–|à|au)\s*(20\d\d)/i.exec(text);
  if (years && Number(years[2]) > Number(years[1]))
    return { startDate: `${years[1]}-01-01`, endDate: `${years[2]}-12-31` };
  return null;
}

const ARTICLE =
  /^(?:article|art\.)\s+(premier|1er|1ᵉʳ|\d{1,3}|[IVXLC]{1,6})(?:er)?(?![.\d]*\d)\s*(?:[-–—:.)]+\s*|\s+(?=[A-ZÀ-Ü«"']))?(.*)$/i;
const SUB_ARTICLE = /^(?:article\s+)?(\d{1,2})\.(\d{1,2})\.?\s*[-–—:.)]?\s+(\S.*)$/i;
const PREAMBLE = /^(?:article\s+préliminaire\s*[-–—:.]?\s*)?(?:préambule|preambule|exposé des motifs)\s*:?$/i;
const PRELIMINARY = /^article\s+préliminaire\s*[-–—:.]?\s*(.*)$/i;
const ANNEX = /^annexe\s+(n°\s*)?([0-9]{1,2}[a-z]?|[IVX]{1,5}|[A-Z])\b\s*[-–—:.]?\s*(.*)$/i;
const VISA = /^(vu|considérant)\b/i;
const PARTIES_START = /^entre(\s+les\s+soussignés)?\s*[:,]?\s*(.*)$/i;
const PARTY_SEPARATOR = /^(et|ET)\s*[:,]?$|^d'une part\s*[,;.]?$|^d'autre part\s*[,;.]?$|^(et|ET)\s*:\s*$/i;
const DESIGNATION =
  /ci-apr[èe]s\s+(?:d[ée]nomm[ée]+e?s?|désigné(?:e|es|s)?|appelée?s?)\s*(?:\(e\))?\s*(?:par\s+)?[:,]?\s*[«"“]\s*([^»"”]+?)\s*[»"”]/i;
const CONVENED = /^(il\s+(a\s+été|est)\s+(convenu|arrêté)|ont\s+convenu|il\s+a\s+été\s+convenu\s+et\s+arrêté)/i;
const SOMMAIRE = /^(sommaire|table des matières)\s*:?$/i;
const ANNEX_LIST = /^(liste des annexes|annexes)\s*:?$/i;
const DONE_AT = /^fait\s+(?:à|a)\s+([^,;\n]+?)\s*(?:,|;|$)(.*)$/i;
const CIVILITY = String.raw`(?:Monsieur|Madame|M\.|Mme|Mr\.?|Mlle)`;

const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const ACRONYMS = new Set(
  "CAF CCSS CTG MSA DSDEN EPCI CNAF COG CPAM CCAS CIAS RPE ALSH EAJE LAEP UDAF PMI CAS CD DDETS CEJ MAM EVS PS ONDAM RGPD CNIL".split(
    " ",
  ),
);

/** "CONVENTION TERRITORIALE GLOBALE DE LA CCSS" → "Convention territoriale globale de la CCSS"; mixed case is kept. */
function sentenceCase(value: string): string {
  if (value !== value.toUpperCase() || !/[A-Z]/.test(value)) return value;
  const lower = value
    .split(/(\s+)/)
    .map((word) => (ACRONYMS.has(word.replace(/[^A-Z]/g, "")) ? word : word.toLowerCase()))
    .join("");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function romanToNumber(value: string): number | null {
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  const upper = value.toUpperCase();
  for (let i = 0; i < upper.length; i++) {
    const current = digits[upper[i]];
    const next = digits[upper[i + 1]] ?? 0;
    if (!current) return null;
    total += current < next ? -current : current;
  }
  return total;
}

function articleNumber(token: string): number | null {
  if (/^(premier|1er|1ᵉʳ)$/i.test(token)) return 1;
  if (/^\d+$/.test(token)) return Number(token);
  return romanToNumber(token);
}

/** Blocks as rich text: paragraphs, lists (grouped, nested by depth), bold paragraphs, sub-headings. */
export function blocksToRichText(blocks: (ImportBlock & { subheading?: boolean })[]): string {
  let html = "";
  const open: ("ul" | "ol")[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) html += `</li></${open.pop()}>`;
  };
  for (const block of blocks) {
    const content =
      block.bold && !block.subheading ? `<strong>${escapeHtml(block.text)}</strong>` : escapeHtml(block.text);
    if (block.kind === "list") {
      const depth = Math.min(block.depth ?? 0, open.length);
      const tag = block.ordered ? "ol" : "ul";
      closeTo(depth + 1);
      if (open.length === depth + 1 && open[depth] !== tag) closeTo(depth);
      if (open.length === depth + 1) html += `</li><li>${content}`;
      else {
        open.push(tag);
        html += `<${tag}><li>${content}`;
      }
    } else {
      closeTo(0);
      html += block.subheading || block.kind === "heading" ? `<h3>${escapeHtml(block.text)}</h3>` : `<p>${content}</p>`;
    }
  }
  closeTo(0);
  return html;
}

type Section = "head" | "parties" | "sommaire" | "annexList" | "visas" | "preamble" | "article" | "closing" | "annex";

function splitParty(statement: string): Omit<ImportedParty, "designation"> {
  const text = statement
    .replace(/^[-–—•]\s*/, "")
    .replace(/\s*[;,.]\s*$/, "")
    .trim();
  const cleanTitle = (title: string) =>
    title
      .replace(/\s+/g, " ")
      .replace(/[,;]\s*$/, "")
      .trim();
  // "La Commune de X, représentée par son Maire, Monsieur Y, dûment autorisé…"
  const represented = /^(.*?),?\s+(représenté(?:e|es|s)?\s+(?:par|en la personne de)\s+.*)$/i.exec(text);
  if (represented) {
    const name = represented[1].replace(/[,;]\s*$/, "").trim();
    const representation = represented[2].replace(/[,;]\s*$/, "").trim();
    const who = representation
      .replace(/,?\s*(dûment|agissant|habilité|en vertu|autorisé|en application|conformément)\b.*$/i, "")
      .trim();
    const person = new RegExp(`${CIVILITY}\\s+([^,;]+?)(?=\\s*(?:,|;|$|\\s+et\\s+par|\\s+dûment|\\s+agissant))`).exec(
      who,
    );
    // "par son Président, M. X" / "par le Président de son conseil, Monsieur X" / "par M. X, Président"
    const titleBefore = /(?:par|de)\s+(?:son|sa|le|la|l'|leur)\s*([^,]+?),?\s+(?:Monsieur|Madame|M\.|Mme)/i.exec(who);
    const titleAfter = new RegExp(`${CIVILITY}\\s+[^,]+,\\s*([^,;]+)`).exec(who);
    const title = titleBefore ? titleBefore[1] : titleAfter ? titleAfter[1] : "";
    return {
      name,
      representationText: representation,
      representativeName: person ? person[1].trim() : "",
      representativeTitle: title ? cleanTitle(capitaliseTitle(title)) : "",
    };
  }
  // "Monsieur X, Président de la Communauté de communes Y, agissant…"
  const personFirst = new RegExp(
    `^${CIVILITY}\\s+([^,]+),\\s*(.+?)\\s+(?:de la|de l'|du|des|de)\\s*((?:Communauté|Commune|Caisse|Département|Conseil|Mutualité|Direction|Ville|Centre|Syndicat|Association|Union|Région|Préfecture|Agence|CCAS|CIAS|Caf|CAF|MSA|CPAM|SIVU|SIVOM|Udaf|UDAF|DSDEN|État|Etat)\\b[^,;]*)`,
    "i",
  ).exec(text);
  if (personFirst) {
    const organisation = personFirst[3].trim();
    const article =
      /^(Caisse|Commune|Communauté|Direction|Mutualité|Région|Préfecture|Agence|Ville|Union|Association)/i.test(
        organisation,
      )
        ? "La "
        : /^[AEÉIOU]/i.test(organisation)
          ? "L'"
          : "Le ";
    return {
      name: article + organisation,
      // Everything but the organisation's name stays in the representation ("…, agissant en vertu de…").
      representationText: `représenté${article === "La " ? "e" : ""} par ${text
        .slice(0, text.indexOf(organisation))
        .replace(/\s+(de la|de l'|du|des|de)\s*$/i, "")
        .trim()}${text.slice(text.indexOf(organisation) + organisation.length)}`,
      representativeName: personFirst[1].trim(),
      representativeTitle: cleanTitle(capitaliseTitle(personFirst[2])),
    };
  }
  return { name: text, representationText: "", representativeName: "", representativeTitle: "" };
}

/** "Président" → "Le Président", "Adjointe au Maire" → "L'Adjointe au Maire": as signature grids print titles. */
function capitaliseTitle(title: string): string {
  const trimmed = title.trim();
  if (/^(le|la|l')\s*/i.test(trimmed)) return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  const feminine =
    /(rice|e)$/i.test(trimmed.split(/\s+/)[0]) && !/^(maire|vice-président|président)$/i.test(trimmed.split(/\s+/)[0]);
  const word = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  if (/^[AEÉIOU]/i.test(word)) return `L'${word}`;
  return `${feminine ? "La" : "Le"} ${word}`;
}

export function parseConvention(blocks: ImportBlock[]): ImportedConvention {
  const result: ImportedConvention = {
    title: "",
    startDate: null,
    endDate: null,
    place: null,
    copies: null,
    signatureDate: null,
    parties: [],
    visas: [],
    preamble: "",
    articles: [],
    annexes: [],
    unplaced: [],
    skipped: [],
  };
  const preamble: ImportBlock[] = [];
  const articles: { title: string; blocks: (ImportBlock & { subheading?: boolean })[] }[] = [];
  const annexBodies: Map<string, ImportBlock[]> = new Map();
  let section: Section = "head";
  let party: string[] = [];
  let currentAnnex: string | null = null;
  let lastArticle = 0;
  let titleIndex = -1;
  /** Titles as the sommaire prints them: often in mixed case where the headings are in capitals without accents. */
  const tocTitles = new Map<number, string>();

  const flushParty = () => {
    if (!party.length) return;
    const joined = party.join(" ");
    const designation = DESIGNATION.exec(joined);
    const statement = designation ? joined.slice(0, designation.index) : joined;
    const after = designation ? joined.slice(designation.index + designation[0].length).replace(/^[\s;,.)-]+/, "") : "";
    const split = splitParty(statement);
    if (split.name) result.parties.push({ ...split, designation: designation ? designation[1].trim() : "" });
    if (after) result.unplaced.push(after);
    party = [];
  };

  const addAnnexTitle = (code: string, title: string) => {
    if (!result.annexes.some((a) => a.code.toLowerCase() === code.toLowerCase()))
      result.annexes.push({
        code,
        title: title.replace(/\s*(\.{3,}|…+)\s*\d*$/, "").trim() || `Annexe ${code}`,
        body: "",
      });
  };

  const isHeadingLike = (block: ImportBlock) =>
    block.kind === "heading" || block.bold || (block.text.length < 160 && !/[.;]$/.test(block.text));

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const value = block.text;

    // A TOC entry "Article 3 : Titre   7" or "Titre........ 7": the sommaire, rebuilt by the platform.
    if (section === "sommaire") {
      if (ANNEX_LIST.test(value)) {
        result.skipped.push(value);
        section = "annexList";
        continue;
      }
      const tocLike =
        /(\.{3,}|…{2,}|\s\d{1,3})$/.test(value) ||
        ((ARTICLE.test(value) || PREAMBLE.test(value) || PRELIMINARY.test(value)) &&
          !blocks.slice(index + 1, index + 2).some((b) => b.text.length > 200));
      if (tocLike && !VISA.test(value)) {
        const entry = ARTICLE.exec(value);
        const number = entry && articleNumber(entry[1]);
        if (number && entry[2]) tocTitles.set(number, entry[2].replace(/\s*(\.{3,}|…+)?\s*\d{1,3}$/, "").trim());
        // Stop at the real first article: its body follows it (a long paragraph), a TOC line is followed by another.
        const next = blocks[index + 1];
        const isRealHeading = next && !ARTICLE.test(next.text) && !/\d{1,3}$/.test(value) && next.text.length > 120;
        if (!isRealHeading) {
          result.skipped.push(value);
          continue;
        }
      }
      section = "visas";
    }

    if (section === "annexList") {
      const annex = ANNEX.exec(value);
      if (annex) {
        addAnnexTitle(annex[2], annex[3]);
        continue;
      }
      section = "visas";
    }

    // Markers that open a section wherever they are.
    if (SOMMAIRE.test(value)) {
      if (section === "parties") flushParty();
      result.skipped.push(value);
      section = "sommaire";
      continue;
    }
    if (
      ANNEX_LIST.test(value) &&
      section !== "closing" &&
      section !== "annex" &&
      (section !== "article" || (blocks[index + 1] && ANNEX.test(blocks[index + 1].text)))
    ) {
      if (section === "parties") flushParty();
      result.skipped.push(value);
      section = "annexList";
      continue;
    }
    if (/^(projet\s*)+$/i.test(value) || /^document de travail$/i.test(value)) {
      result.skipped.push(value);
      continue;
    }
    if (/^vu\s*:?$/i.test(value) && section !== "article" && section !== "closing" && section !== "annex") {
      if (section === "parties") flushParty();
      result.skipped.push(value);
      section = "visas";
      continue;
    }
    const partiesStart = PARTIES_START.exec(value);
    if (partiesStart && section === "head" && value.length < 200) {
      section = "parties";
      const rest = partiesStart[2].trim();
      if (rest && !/^d'une part\s*[,;.]?$/i.test(rest)) party.push(rest);
      else result.skipped.push(value);
      continue;
    }
    if (
      (PREAMBLE.test(value) || (PRELIMINARY.test(value) && isHeadingLike(block))) &&
      section !== "closing" &&
      section !== "annex"
    ) {
      if (section === "parties") flushParty();
      section = "preamble";
      continue;
    }
    const sub = SUB_ARTICLE.exec(value);
    if (sub && section === "article" && Number(sub[1]) === lastArticle && isHeadingLike(block)) {
      articles.at(-1)!.blocks.push({ ...block, subheading: true });
      continue;
    }
    const article = ARTICLE.exec(value);
    if (article && section !== "closing" && section !== "annex") {
      const number = articleNumber(article[1]);
      const expected = number !== null && (number === lastArticle + 1 || (lastArticle === 0 && number <= 1));
      if (expected && (isHeadingLike(block) || article[2].length < 200)) {
        if (section === "parties") flushParty();
        section = "article";
        lastArticle = number!;
        let title = article[2].replace(/\s*[-–—:.]\s*$/, "").trim();
        // "Article 3" alone on its line, its title on the next one.
        if (!title && blocks[index + 1] && isHeadingLike(blocks[index + 1]) && !ARTICLE.test(blocks[index + 1].text)) {
          title = blocks[++index].text;
        }
        const fromToc = tocTitles.get(number!);
        const sameWords = (a: string, b: string) =>
          a
            .normalize("NFD")
            .replace(/[^a-z]/gi, "")
            .toLowerCase() ===
          b
            .normalize("NFD")
            .replace(/[^a-z]/gi, "")
            .toLowerCase();
        articles.push({
          title:
            title === title.toUpperCase() && fromToc && sameWords(fromToc, title)
              ? fromToc
              : sentenceCase(title || `Article ${number}`),
          blocks: [],
        });
        continue;
      }
    }
    const done = DONE_AT.exec(value);
    if (done && (section === "article" || section === "preamble" || section === "visas")) {
      section = "closing";
      result.place = done[1].trim();
    }
    const annexHeading = ANNEX.exec(value);
    if (annexHeading && (section === "closing" || section === "annex") && isHeadingLike(block)) {
      section = "annex";
      addAnnexTitle(annexHeading[2], annexHeading[3]);
      currentAnnex = result.annexes.find((a) => a.code.toLowerCase() === annexHeading[2].toLowerCase())!.code;
      annexBodies.set(currentAnnex, annexBodies.get(currentAnnex) ?? []);
      continue;
    }

    switch (section) {
      case "head": {
        // A title set in capitals over two lines: "CONVENTION TERRITORIALE GLOBALE" / "DE LA COMMUNAUTÉ…".
        if (
          titleIndex >= 0 &&
          titleIndex === index - 1 &&
          blocks[titleIndex].text === blocks[titleIndex].text.toUpperCase() &&
          value === value.toUpperCase() &&
          value.length < 80 &&
          !PARTIES_START.test(value) &&
          !findPeriod(value)
        ) {
          result.title = `${result.title} ${value.toLowerCase()}`;
          titleIndex = index;
          break;
        }
        // "Convention n° 2 du territoire": the edition, which the platform numbers itself.
        if (/^convention n°\s*\d+\b/i.test(value) && value.length < 80) {
          result.skipped.push(value);
          break;
        }
        if (findPeriod(value) && value.length < 120 && !/convention/i.test(value)) {
          result.skipped.push(value);
          break;
        }
        // The title: the first line starting with "Convention" (else the first mentioning it).
        if (/^convention\b/i.test(value) && value.length < 250 && !/^convention/i.test(result.title)) {
          if (result.title) result.unplaced.push(result.title);
          result.title = sentenceCase(value);
          titleIndex = index;
        } else if (!result.title && /convention/i.test(value) && value.length < 250) {
          result.title = sentenceCase(value);
          titleIndex = index;
        } else if (VISA.test(value)) {
          section = "visas";
          result.visas.push(value);
        } else result.unplaced.push(value);
        break;
      }
      case "parties": {
        if (PARTY_SEPARATOR.test(value)) {
          flushParty();
          result.skipped.push(value);
        } else if (VISA.test(value)) {
          flushParty();
          section = "visas";
          result.visas.push(value);
        } else if (CONVENED.test(value)) {
          flushParty();
          section = "visas";
          result.unplaced.push(value);
        } else if (DESIGNATION.test(value) || /^[-–]?\s*ci-apr[èe]s/i.test(value)) {
          party.push(value.replace(/^[-–]\s*/, ""));
          // A designation ends a party (even without "et" before the next one).
          flushParty();
        } else if (party.length && !/[;,]$/.test(party.at(-1)!) && block.kind === "list") {
          flushParty();
          party.push(value);
        } else party.push(value);
        break;
      }
      case "visas": {
        if (VISA.test(value)) result.visas.push(value);
        else if (block.kind === "list" && result.visas.length) result.visas.push(`Vu ${value}`);
        else if (block.kind === "list" && blocks[index - 1] && /^vu\s*:?$/i.test(blocks[index - 1].text))
          result.visas.push(`Vu ${value}`);
        else if (CONVENED.test(value)) result.unplaced.push(value);
        else if (result.visas.length || preamble.length) {
          section = "preamble";
          preamble.push(block);
        } else result.unplaced.push(value);
        break;
      }
      case "preamble":
        preamble.push(block);
        break;
      case "article": {
        const current = articles.at(-1)!;
        current.blocks.push(block.kind === "heading" ? { ...block, subheading: true } : block);
        // "Annexe 2 : Plan d'actions" listed in an article about the annexes: kept in its text, and as an annex.
        const listed = ANNEX.exec(value);
        if (listed && /annexe/i.test(current.title) && listed[3]) addAnnexTitle(listed[2], listed[3]);
        break;
      }
      case "closing": {
        const copies = /en\s+(\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+exemplaires/i.exec(value);
        const words = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];
        if (copies)
          result.copies = /\d/.test(copies[1]) ? Number(copies[1]) : words.indexOf(copies[1].toLowerCase()) + 2;
        const dated = new RegExp(`le\\s+(${LONG_DATE}|${NUMERIC_DATE})`, "i").exec(value);
        if (dated) result.signatureDate = parseFrenchDate(dated[1]);
        // "Fait à", the date, the copies, then the signature grid (bodies, titles, names): rebuilt by the platform.
        result.skipped.push(value);
        break;
      }
      case "annex":
        annexBodies.get(currentAnnex!)!.push(block);
        break;
      default:
        result.unplaced.push(value);
    }
  }
  if (section === "parties") flushParty();

  result.preamble = blocksToRichText(preamble);
  result.articles = articles.map((a) => ({ title: a.title, body: blocksToRichText(a.blocks) }));
  for (const annex of result.annexes) annex.body = blocksToRichText(annexBodies.get(annex.code) ?? []);

  // The period: the duration article first, then anywhere (title page, approval).
  const duration = result.articles.find((a) => /dur[ée]e/i.test(a.title));
  const all = blocks.map((b) => b.text).join("\n");
  const period = (duration && findPeriod(duration.body.replace(/<[^>]+>/g, " "))) || findPeriod(all);
  if (period) Object.assign(result, period);
  if (!result.title) result.title = "Convention territoriale globale";
  return result;
}
