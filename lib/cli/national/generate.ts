// The national dataset: every caisse of France and its territories, with conventions, action plans, indicators,
// budgets, facilities and steering meetings, generated from a seeded PRNG (same seed, same data) and written in
// bulk (multi-row INSERT … SELECT FROM json_populate_recordset, a few thousand rows a statement).
//
// Every territory has the same core volume (24 fiches-action, 36 indicators, 120 yearly values, 4 meetings held
// and, for four territories in five, one planned); the rest (communes, one or two conventions, 4 to 8 facilities,
// budget lines, attendees…) varies within the same ranges. So a ONE-territory database made by the same generator
// (`{ caisses: 1, territories: 1 }`) holds what any territory of the national database holds, and its territory is
// even the national database's first territory of the first caisse, field for field (but the ids): each territory's
// PRNG stream depends on its place only.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";
import type {
  Attendance,
  ConventionStatus,
  DecisionStatus,
  FacilityType,
  FicheStatus,
  MeetingKind,
  Priority,
  Theme,
} from "../../db/generated/enums";
import { parisTime } from "../../dates";
import { applyMigrations, resetDatabase } from "../../db/migrate";
import { installJobs } from "../../jobs/boss";
import { AGENDA, AXES, DECISIONS, FACILITIES, FICHES, FUNDING_RATES, THEMES, type IndicatorSpec } from "./catalogue";
import { caisseOf, DEPARTEMENTS, territoriesPerCaisse, type Departement } from "./departements";
import { communeName, de, epciName, personName, pick, RIVERS, REGIONS, slugify } from "./names";
import { chance, idFactory, int, rngFor, sample, shuffle, weighted, type Rng } from "./random";

/**
 * Fingerprint of the generator's source (this folder): the benchmark regenerates a database written by another
 * version of the generator, with no version number to remember to bump.
 */
export const GENERATOR_SOURCE = (() => {
  const hash = createHash("sha256");
  for (const file of readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    hash.update(file).update(readFileSync(path.join(import.meta.dirname, file)));
  }
  return hash.digest("hex").slice(0, 12);
})();
export const NATIONAL_PASSWORD = "ctg-national-2026";
export const NATIONAL_DEFAULTS = { caisses: 101, territories: 1250, seed: "ctg-national" } as const;

/** Per territory; with 1,250 territories: 30,000 fiches, 150,000 yearly values, 6,000 meetings. */
export const SHAPE = {
  fiches: 24,
  /** Fiches of the previous edition (or of the renewal draft) when the territory has two conventions. */
  fichesOfSecondConvention: 6,
  fichesWithTwoIndicators: 12,
  /** Yearly values per indicator: this many indicators have 4 values, the others 3 (12 × 4 + 24 × 3 = 120). */
  indicatorsWithFourValues: 12,
  /** One territory in five (counted nationally) has no planned meeting. */
  plannedMeeting: (nationalIndex: number) => nationalIndex % 5 !== 4,
  /** Copil member accounts: the first territory of each caisse, then one in ten. */
  copilAccount: (localIndex: number) => localIndex % 10 === 0,
} as const;

export type NationalOptions = {
  caisses?: number;
  territories?: number;
  seed?: string;
  /** The "today" of the data (late fiches, past and planned meetings). Default: now. */
  today?: Date;
  log?: (line: string) => void;
};

export type NationalSummary = {
  counts: Record<string, number>;
  elapsedMs: number;
  generateMs: number;
  insertMs: number;
  password: string;
  marker: NationalMarker;
};

export type NationalMarker = {
  generator: "ctg-national";
  /** GENERATOR_SOURCE of the generator that wrote the data. */
  source: string;
  caisses: number;
  territories: number;
  seed: string;
  today: string;
  generatedAt: string;
};

type Row = Record<string, unknown>;

/** Insertion order: a table comes after every table it references. `Convention2` = conventions with a previous edition. */
const TABLES = [
  "Caisse",
  "Organisation",
  "Territory",
  "Commune",
  "User",
  "Membership",
  "FundingRate",
  "Convention",
  "Convention2",
  "Signatory",
  "Axis",
  "FicheAction",
  "FicheCommune",
  "FichePartner",
  "FicheStatusChange",
  "Indicator",
  "IndicatorValue",
  "BudgetLine",
  "Facility",
  "FacilityFunding",
  "Meeting",
  "MeetingAgendaItem",
  "MeetingAttendee",
  "MeetingFicheReview",
  "Decision",
  "DecisionFollowUp",
] as const;
type Table = (typeof TABLES)[number];

/** Tables inserted together (their references are all in earlier waves), two statements at a time. */
const WAVES: Table[][] = [
  ["Caisse"],
  ["Organisation", "User"],
  ["Territory"],
  ["Commune", "Membership", "FundingRate", "Convention"],
  ["Convention2"],
  ["Signatory", "Axis", "Meeting"],
  ["FicheAction", "Facility", "MeetingAgendaItem", "MeetingAttendee", "Decision"],
  [
    "FicheCommune",
    "FichePartner",
    "FicheStatusChange",
    "Indicator",
    "BudgetLine",
    "FacilityFunding",
    "DecisionFollowUp",
    "MeetingFicheReview",
  ],
  ["IndicatorValue"],
];

// ───────────────────────────── Dates (months are counted as year × 12 + month index) ─────────────────────────────

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const monthOf = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
const yearOfMonth = (m: number) => Math.floor(m / 12);
const firstDay = (m: number) => `${yearOfMonth(m)}-${pad((m % 12) + 1)}-01`;
const lastDayNumber = (m: number) => new Date(Date.UTC(yearOfMonth(m), (m % 12) + 1, 0)).getUTCDate();
const lastDay = (m: number) => `${yearOfMonth(m)}-${pad((m % 12) + 1)}-${pad(lastDayNumber(m))}`;
const dayOf = (m: number, day: number) =>
  `${yearOfMonth(m)}-${pad((m % 12) + 1)}-${pad(Math.min(day, lastDayNumber(m)))}`;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const dateOnly = (ms: number) => iso(ms).slice(0, 10);
const msOf = (date: string) => Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);

/** A weekday (Tuesday or Thursday) near `ms`, at 9:30 or 14:00 Paris time (stored in UTC, as Prisma does). */
function meetingTime(rng: Rng, ms: number): number {
  const date = new Date(ms);
  const weekday = date.getUTCDay();
  const target = chance(rng, 0.5) ? 2 : 4;
  const shifted = ms + ((target - weekday + 7) % 7) * DAY;
  const day = Math.floor(shifted / DAY) * DAY;
  return parisTime(dateOnly(day), chance(rng, 0.5) ? "09:30" : "14:00").getTime();
}

// ───────────────────────────── The generator ─────────────────────────────

type Org = { id: string; name: string; shortName: string; kind: string };
type ConventionPlan = {
  id: string;
  edition: number;
  status: ConventionStatus;
  startM: number;
  endM: number;
  role: "plan" | "second";
  createdMs: number;
  fiches: FichePlan[];
};
type FichePlan = { id: string; status: FicheStatus; history: { ms: number; status: FicheStatus }[]; pilotId: string };

type Context = {
  rows: Record<Table, Row[]>;
  id: () => string;
  todayMs: number;
  todayM: number;
  year: number;
  passwordHash: string;
  slugs: Set<string>;
};

/** Titles of the signatories' representatives, [for a man, for a woman]. */
const ROLE_TITLES: Record<string, [string, string][]> = {
  caisse: [
    ["Le Président du conseil d'administration", "La Présidente du conseil d'administration"],
    ["Le Directeur", "La Directrice"],
  ],
  epci: [["Le Président", "La Présidente"]],
  departement: [["Le Président du Conseil départemental", "La Présidente du Conseil départemental"]],
  msa: [
    ["Le Président", "La Présidente"],
    ["Le Directeur général", "La Directrice générale"],
  ],
  commune: [["Le Maire", "La Maire"]],
};

const FICHE_WEIGHTS: Record<
  "ended" | "ongoing" | "future" | "expired" | "draft",
  Partial<Record<FicheStatus, number>>
> = {
  ended: { DONE: 58, IN_PROGRESS: 15, BLOCKED: 6, POSTPONED: 7, ABANDONED: 10, NOT_STARTED: 4 },
  ongoing: { IN_PROGRESS: 60, NOT_STARTED: 11, BLOCKED: 8, POSTPONED: 8, DONE: 9, ABANDONED: 4 },
  future: { NOT_STARTED: 85, POSTPONED: 10, IN_PROGRESS: 5 },
  expired: { DONE: 55, ABANDONED: 20, IN_PROGRESS: 10, POSTPONED: 7, BLOCKED: 3, NOT_STARTED: 5 },
  draft: { NOT_STARTED: 95, IN_PROGRESS: 5 },
};

const CONVENTION_CASES = {
  /** Previous edition expired, current one signed and running. */
  renewed: 48,
  /** First convention, signed, running. */
  first: 14,
  /** Signed, ending within 12 months, no renewal draft yet. */
  endingNoDraft: 10,
  /** Signed, ending within 12 months, with the next edition drafted. */
  endingWithDraft: 10,
  /** Previous edition over (or ending), the next one validated and awaiting signatures. */
  validated: 8,
  /** Previous edition expired, the next one still a draft. */
  lateDraft: 5,
  /** No convention signed yet: the first one is being drafted. */
  firstDraft: 5,
};
type ConventionCase = keyof typeof CONVENTION_CASES;

function addCaisse(ctx: Context, seed: string, d: Departement) {
  const rng = rngFor(`${seed}/caisse/${d.code}`);
  const caisse = caisseOf(d);
  const caisseId = ctx.id();
  const createdAt = "2020-01-15T09:00:00.000Z";
  ctx.rows.Caisse.push({
    id: caisseId,
    kind: caisse.kind,
    name: caisse.name,
    shortName: caisse.shortName,
    departement: d.code,
    createdAt,
  });
  const org = (kind: string, name: string, shortName: string): Org => {
    const row = { id: ctx.id(), caisseId, kind, name, shortName, createdAt };
    ctx.rows.Organisation.push(row);
    return row;
  };
  const orgs = {
    caisse: org("CAISSE", caisse.name, caisse.shortName),
    departement: org("DEPARTEMENT", d.council, d.council.startsWith("Département") ? "Département" : d.council),
    msa: org(
      "MSA",
      d.msa,
      d.msa
        .replace("Caisse générale de sécurité sociale", "CGSS")
        .replace("Caisse de sécurité sociale de Mayotte", "CSSM"),
    ),
    udaf: org("UDAF", `Union départementale des associations familiales ${d.of}`, `Udaf ${d.of}`),
    dsden: org("DSDEN", `Direction des services départementaux de l'éducation nationale ${d.of}`, `DSDEN ${d.of}`),
  };
  // Caisse-wide rate tables: one from four years back, revalued last year.
  for (const [type, base] of Object.entries(FUNDING_RATES) as [FacilityType, number][]) {
    const first = Math.round((base * (0.9 + rng() * 0.2)) / 10) * 10;
    ctx.rows.FundingRate.push({
      id: ctx.id(),
      caisseId,
      territoryId: null,
      facilityType: type,
      ratePerPlace: first,
      validFrom: `${ctx.year - 4}-01-01`,
    });
    ctx.rows.FundingRate.push({
      id: ctx.id(),
      caisseId,
      territoryId: null,
      facilityType: type,
      ratePerPlace: Math.round((first * (1.03 + rng() * 0.07)) / 10) * 10,
      validFrom: `${ctx.year - 1}-01-01`,
    });
  }
  const officer = personName(rng);
  const userId = ctx.id();
  ctx.rows.User.push({
    id: userId,
    email: `cooperation@caf-${d.code.toLowerCase()}.national.fr`,
    name: `${officer.first} ${officer.last} (${caisse.shortName})`,
    passwordHash: ctx.passwordHash,
    isActive: true,
    createdAt,
  });
  ctx.rows.Membership.push({
    id: ctx.id(),
    userId,
    role: "COOPERATION_OFFICER",
    caisseId,
    territoryId: null,
    organisationId: orgs.caisse.id,
    createdAt,
  });
  return { caisseId, d, caisse, orgs, officer };
}

type CaisseInfo = ReturnType<typeof addCaisse>;

function statusOverTime(
  rng: Rng,
  status: FicheStatus,
  startM: number,
  endM: number,
  createdMs: number,
  todayMs: number,
) {
  const history: { ms: number; status: FicheStatus; from: FicheStatus | null }[] = [
    { ms: createdMs, status: "NOT_STARTED", from: null },
  ];
  const startMs = Math.max(createdMs + DAY, msOf(firstDay(startM)) + int(rng, 0, 60) * DAY);
  const endMs = msOf(lastDay(endM));
  const latest = todayMs - DAY;
  const at = (ms: number) => Math.min(Math.max(ms, history[history.length - 1].ms + DAY), latest);
  const push = (to: FicheStatus, ms: number) =>
    history.push({ ms: at(ms), status: to, from: history[history.length - 1].status });
  if (status === "NOT_STARTED") return history;
  const viaInProgress = status === "IN_PROGRESS" || status === "DONE" || status === "BLOCKED" || chance(rng, 0.5);
  if (viaInProgress) push("IN_PROGRESS", startMs);
  if (status === "DONE") push("DONE", Math.min(endMs, latest) - int(rng, 0, 40) * DAY);
  else if (status !== "IN_PROGRESS") push(status, startMs + (Math.min(endMs, latest) - startMs) * (0.3 + rng() * 0.6));
  return history;
}

const TRANSITION_COMMENTS: Partial<Record<FicheStatus, string[]>> = {
  NOT_STARTED: ["Création de la fiche", "Fiche inscrite au plan d'actions de la convention"],
  IN_PROGRESS: [
    "Lancement de l'action",
    "Premier comité de suivi tenu",
    "Recrutement du porteur de l'action effectué",
    "Convention de partenariat signée",
  ],
  DONE: ["Action réalisée, bilan présenté en comité", "Objectifs atteints", "Ouverture effective"],
  BLOCKED: [
    "En attente du financement de l'État",
    "Local indisponible",
    "Départ du coordinateur, recrutement en cours",
  ],
  POSTPONED: [
    "Reporté à l'an prochain par décision du comité de pilotage",
    "Reporté faute de porteur",
    "Calendrier revu avec les communes",
  ],
  ABANDONED: [
    "Abandonnée : besoin couvert par une autre action",
    "Abandonnée faute de porteur",
    "Abandonnée après l'étude de faisabilité",
  ],
};

/** What the steps of a territory share: its PRNG stream, identity, communes and local organisations. */
type TerritoryDraft = ReturnType<typeof addIdentity>;

function addTerritory(ctx: Context, seed: string, caisse: CaisseInfo, localIndex: number, nationalIndex: number) {
  const t = addIdentity(ctx, seed, caisse, localIndex);
  if (SHAPE.copilAccount(localIndex)) addCopilAccount(t);
  const { conventions, byEdition, plan } = addConventions(
    t,
    localIndex === 0 ? "renewed" : weighted(t.rng, CONVENTION_CASES),
  );
  const fiches = addPlans(t, conventions, byEdition);
  addIndicators(t, fiches);
  addFacilities(t, plan);
  addMeetings(t, byEdition, plan, SHAPE.plannedMeeting(nationalIndex));
}

/** Identity, communes, local organisations (EPCI, communes, CIAS, associations). */
function addIdentity(ctx: Context, seed: string, caisse: CaisseInfo, localIndex: number) {
  const rng = rngFor(`${seed}/territory/${caisse.d.code}/${localIndex}`);
  const { caisseId, d, orgs } = caisse;
  let epci = epciName(rng);
  let slug = slugify(epci.territoryName);
  for (let attempt = 0; ctx.slugs.has(slug); attempt++) {
    if (attempt < 20) {
      epci = epciName(rng);
      slug = slugify(epci.territoryName);
    } else {
      slug = `${slugify(epci.territoryName)}-${d.code.toLowerCase()}${attempt > 20 ? `-${attempt}` : ""}`;
    }
  }
  ctx.slugs.add(slug);
  const territoryId = ctx.id();
  const river = pick(rng, RIVERS);
  const region = pick(rng, REGIONS);
  const communeCount = epci.kind === "CA" ? int(rng, 15, 40) : int(rng, 8, 28);
  const communeNames: string[] = [];
  for (let tries = 0; communeNames.length < communeCount && tries < communeCount * 10; tries++) {
    const name = communeName(rng, river, region);
    if (!communeNames.includes(name)) communeNames.push(name);
  }
  const communes = communeNames.map((name, i) => ({
    id: ctx.id(),
    territoryId,
    name,
    inseeCode:
      d.code.length === 3
        ? `${d.code}${pad((i * 7 + localIndex) % 100)}`
        : `${d.code}${pad((i * 13 + localIndex * 29) % 1000, 3)}`,
  }));
  ctx.rows.Commune.push(...communes);
  const seat = communes[0].name;
  const createdAt = "2020-01-15T09:00:00.000Z";
  const org = (kind: string, name: string, shortName: string, siren?: string): Org => {
    const row = { id: ctx.id(), caisseId, kind, name, shortName, siren: siren ?? null, createdAt };
    ctx.rows.Organisation.push(row);
    return row;
  };
  const siren = `2${pad(int(rng, 0, 99_999_999), 8)}`;
  const epciOrg = org("EPCI", epci.organisationName, epci.shortName, siren);
  const communeOrgs = [communes[0], ...sample(rng, communes.slice(1), int(rng, 2, 3))].map((c) => ({
    org: org("COMMUNE", `Commune ${de(c.name)}`, c.name),
    commune: c,
  }));
  const cias = chance(rng, 0.4)
    ? org("CIAS", `Centre intercommunal d'action sociale ${epci.territoryName}`, `CIAS ${epci.territoryName}`)
    : null;
  const associations = sample(
    rng,
    [
      `Familles rurales ${de(seat)}`,
      `Centre social ${de(seat)}`,
      `Association Léo Lagrange ${de(pick(rng, communeNames))}`,
      "Les Francas",
      `ADMR ${de(seat)}`,
      `Association des parents d'élèves ${de(pick(rng, communeNames))}`,
      `Maison des jeunes et de la culture ${de(seat)}`,
    ],
    int(rng, 1, 2),
  ).map((name) => org("ASSOCIATION", name, name.replace(/^Association /, "")));
  const population = epci.kind === "CA" ? int(rng, 50_000, 250_000) : int(rng, 4_000, 45_000);
  ctx.rows.Territory.push({
    id: territoryId,
    caisseId,
    slug,
    name: epci.territoryName,
    siren,
    epciOrganisationId: epciOrg.id,
    population,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  });
  const pilots = [
    ...Array(9).fill(epciOrg),
    ...communeOrgs.map((c) => c.org),
    ...Array(2).fill(orgs.caisse),
    orgs.departement,
    ...(cias ? [cias, cias] : []),
    ...associations,
  ] as Org[];
  return {
    ctx,
    rng,
    caisse,
    territoryId,
    slug,
    epci,
    communes,
    communeNames,
    seat,
    epciOrg,
    communeOrgs,
    cias,
    associations,
    population,
    pilots,
    createdAt,
  };
}

function addCopilAccount(t: TerritoryDraft) {
  const { ctx, rng, caisse, territoryId, slug, createdAt } = t;
  const { caisseId, d, orgs } = caisse;
  const person = personName(rng);
  const userId = ctx.id();
  ctx.rows.User.push({
    id: userId,
    email: `copil@${slug}.national.fr`,
    name: `${person.first} ${person.last} (${d.council})`,
    passwordHash: ctx.passwordHash,
    isActive: true,
    createdAt,
  });
  ctx.rows.Membership.push({
    id: ctx.id(),
    userId,
    role: "COPIL_MEMBER",
    caisseId,
    territoryId,
    organisationId: orgs.departement.id,
    createdAt,
  });
}

/** One or two conventions, after one of the CONVENTION_CASES; their signatories. */
function addConventions(t: TerritoryDraft, kind: ConventionCase) {
  const { ctx, rng, caisse, territoryId, epci, seat, epciOrg, communeOrgs, population } = t;
  const { d, orgs } = caisse;
  const { todayMs, todayM, year: Y } = ctx;
  const conventions: ConventionPlan[] = [];
  const make = (
    edition: number,
    status: ConventionStatus,
    startM: number,
    endM: number,
    role: "plan" | "second",
  ): ConventionPlan => {
    const createdMs = Math.min(msOf(firstDay(startM - int(rng, 4, 9))), todayMs - 3 * DAY);
    const c = { id: ctx.id(), edition, status, startM, endM, role, createdMs, fiches: [] };
    conventions.push(c);
    return c;
  };
  const endingSoon = () => {
    const december = Y * 12 + 11;
    if (december - todayM >= 1 && december - todayM <= 11 && chance(rng, 0.6)) return december;
    return todayM + int(rng, 1, 11);
  };
  const longRunning = () => {
    let startM = (Y - int(rng, 0, 3)) * 12;
    let endM = startM + 12 * (chance(rng, 0.6) ? 5 : 4) - 1;
    while (endM < todayM + 13) {
      startM += 12;
      endM += 12;
    }
    return { startM, endM };
  };
  const previousOf = (startM: number, status: ConventionStatus = "EXPIRED") => {
    const edition = chance(rng, 0.6) ? 1 : 2;
    const endM = startM - 1;
    return make(edition, endM < todayM ? status : "SIGNED", endM - 12 * int(rng, 3, 5) + 1, endM, "second");
  };
  let plan: ConventionPlan;
  switch (kind) {
    case "renewed": {
      const { startM, endM } = longRunning();
      const previous = previousOf(startM);
      plan = make(previous.edition + 1, "SIGNED", startM, endM, "plan");
      break;
    }
    case "first": {
      const { startM, endM } = longRunning();
      plan = make(1, "SIGNED", startM, endM, "plan");
      break;
    }
    case "endingNoDraft": {
      const endM = endingSoon();
      plan = make(chance(rng, 0.7) ? 1 : 2, "SIGNED", endM - 12 * int(rng, 4, 5) + 1, endM, "plan");
      break;
    }
    case "endingWithDraft": {
      const endM = endingSoon();
      plan = make(chance(rng, 0.7) ? 1 : 2, "SIGNED", endM - 12 * int(rng, 4, 5) + 1, endM, "plan");
      make(plan.edition + 1, "DRAFT", endM + 1, endM + 60, "second");
      break;
    }
    case "validated": {
      const startM = (todayM % 12 <= 8 ? Y : Y + 1) * 12;
      const previous = previousOf(startM);
      plan = make(previous.edition + 1, "VALIDATED", startM, startM + 59, "plan");
      break;
    }
    case "lateDraft": {
      const startM = (Y + 1) * 12;
      const previousEnd = todayM - int(rng, 1, 10);
      const previous = make(
        chance(rng, 0.6) ? 1 : 2,
        "EXPIRED",
        previousEnd - 12 * int(rng, 4, 5) + 1,
        previousEnd,
        "second",
      );
      plan = make(previous.edition + 1, "DRAFT", startM, startM + 59, "plan");
      break;
    }
    case "firstDraft": {
      const startM = (Y + 1) * 12;
      plan = make(1, "DRAFT", startM, startM + (chance(rng, 0.7) ? 59 : 47), "plan");
      break;
    }
  }
  const byEdition = [...conventions].sort((a, b) => a.edition - b.edition);
  const annualFunding = Math.round((population * (12 + rng() * 20)) / 1000) * 1000;
  for (const c of byEdition) {
    const previous = byEdition.find((p) => p.edition === c.edition - 1);
    const signed = c.status === "SIGNED" || c.status === "EXPIRED";
    const signatureM = Math.min(c.startM + int(rng, 0, 4), todayM - 1);
    const signatureDate = signed ? dayOf(signatureM, int(rng, 3, 27)) : null;
    const signedAt = signatureDate ? `${signatureDate}T10:00:00.000Z` : null;
    const createdIso = iso(c.createdMs);
    (previous ? ctx.rows.Convention2 : ctx.rows.Convention).push({
      id: c.id,
      territoryId,
      title: "Convention territoriale globale de services aux familles",
      edition: c.edition,
      startDate: firstDay(c.startM),
      endDate: lastDay(c.endM),
      place: seat,
      copies: null,
      signatureDate,
      status: c.status,
      version: signed ? int(rng, 3, 12) : int(rng, 1, 6),
      previousEditionId: previous?.id ?? null,
      signedAt,
      signedPdfSha256: null,
      annualFunding:
        c.status === "DRAFT" && chance(rng, 0.5)
          ? null
          : Math.round((annualFunding * (1 + (c.edition - 1) * 0.08)) / 1000) * 1000,
      createdAt: createdIso,
      updatedAt: signedAt ?? createdIso,
    });
    // Signatories: caisse, EPCI, often the Département and the MSA, the seat commune and sometimes another one.
    const parties: { org: Org; label: string; designation: string; title: [string, string][]; deliberates: boolean }[] =
      [
        {
          org: orgs.caisse,
          label: `La ${caisse.caisse.shortName.replace(/^CAF/, "Caisse d'allocations familiales")}`,
          designation: caisse.caisse.kind === "CCSS" ? "la CCSS" : "la CAF",
          title: ROLE_TITLES.caisse,
          deliberates: false,
        },
        {
          org: epciOrg,
          label: `La ${epci.organisationName}`,
          designation: epci.kind === "CA" ? "la communauté d'agglomération" : "la communauté de communes",
          title: ROLE_TITLES.epci,
          deliberates: true,
        },
      ];
    if (chance(rng, 0.65))
      parties.push({
        org: orgs.departement,
        label: d.council.startsWith("Département") ? `Le ${d.council}` : `La ${d.council}`,
        designation: "le Département",
        title: ROLE_TITLES.departement,
        deliberates: true,
      });
    if (chance(rng, 0.5))
      parties.push({
        org: orgs.msa,
        label: `La ${orgs.msa.name}`,
        designation: "la MSA",
        title: ROLE_TITLES.msa,
        deliberates: false,
      });
    for (const c2 of communeOrgs.slice(0, chance(rng, 0.4) ? 2 : chance(rng, 0.5) ? 1 : 0)) {
      parties.push({
        org: c2.org,
        label: `La ${c2.org.name}`,
        designation: `la commune ${de(c2.commune.name)}`,
        title: ROLE_TITLES.commune,
        deliberates: true,
      });
    }
    parties.forEach((party, index) => {
      const person = personName(rng);
      const title = pick(rng, party.title)[person.female ? 1 : 0];
      const representative = `${person.first} ${person.last.toUpperCase()}`;
      const hasSigned = signed || (c.status === "VALIDATED" && chance(rng, 0.5));
      ctx.rows.Signatory.push({
        id: ctx.id(),
        conventionId: c.id,
        organisationId: party.org.id,
        position: index + 1,
        bodyLabel: party.label,
        representativeName: representative,
        representativeTitle: title,
        representationText: `représentée par ${title.startsWith("La") ? "sa" : "son"} ${title.replace(/^(Le|La) /, "")}, ${person.female ? "Madame" : "Monsieur"} ${representative}`,
        designation: `ci-après dénommée « ${party.designation} »`,
        mustDeliberate: party.deliberates,
        signedAt: hasSigned ? (signatureDate ?? dateOnly(todayMs - int(rng, 5, 90) * DAY)) : null,
        signerName: hasSigned ? representative : null,
      });
    });
  }
  return { conventions, byEdition, plan };
}

/** Axes and fiches-action: the plan convention carries 24 fiches, or 18 when a second convention has 6. Budget lines. */
function addPlans(t: TerritoryDraft, conventions: ConventionPlan[], byEdition: ConventionPlan[]) {
  const { ctx, rng, caisse, territoryId, communes, communeNames, epciOrg, communeOrgs, associations, pilots } = t;
  const { orgs } = caisse;
  const { todayMs, todayM, year: Y } = ctx;
  const ficheCountOf = (c: ConventionPlan) =>
    conventions.length === 1
      ? SHAPE.fiches
      : c.role === "plan"
        ? SHAPE.fiches - SHAPE.fichesOfSecondConvention
        : SHAPE.fichesOfSecondConvention;
  const allFiches: {
    row: Row;
    plan: FichePlan;
    convention: ConventionPlan;
    spec: (typeof FICHES)[Theme][number];
    theme: Theme;
  }[] = [];
  for (const c of byEdition) {
    const axes = sample(rng, AXES, int(rng, 3, 5)).map((axis, index) => {
      const row = { id: ctx.id(), conventionId: c.id, position: index + 1, title: axis.title };
      ctx.rows.Axis.push(row);
      return { ...row, themes: axis.themes, count: 0 };
    });
    const count = ficheCountOf(c);
    for (let i = 0; i < count; i++) {
      const axis = i < axes.length ? axes[i] : pick(rng, axes);
      axis.count++;
      const theme = chance(rng, 0.85) ? pick(rng, axis.themes) : pick(rng, THEMES);
      const spec = pick(rng, FICHES[theme]);
      const themes = chance(rng, 0.3) ? [...new Set([theme, pick(rng, THEMES)])] : [theme];
      const months = c.endM - c.startM + 1;
      // Most fiches start in the first year or two of the convention.
      const startM = c.startM + Math.floor(rng() ** 2 * months * 0.6);
      const endM = Math.min(c.endM, startM + int(rng, 6, 36) - 1);
      const phase: keyof typeof FICHE_WEIGHTS =
        c.status === "DRAFT"
          ? "draft"
          : c.status === "EXPIRED"
            ? "expired"
            : endM < todayM
              ? "ended"
              : startM > todayM
                ? "future"
                : "ongoing";
      const status = weighted(rng, FICHE_WEIGHTS[phase]);
      const createdMs = Math.min(c.createdMs + int(rng, 0, 120) * DAY, todayMs - 2 * DAY);
      const history = statusOverTime(rng, status, startM, endM, createdMs, todayMs);
      const pilot = pick(rng, pilots);
      const copilot = chance(rng, 0.5)
        ? pick(
            rng,
            [orgs.caisse, epciOrg, ...associations, ...communeOrgs.map((x) => x.org)].filter((o) => o.id !== pilot.id),
          )
        : null;
      const title = spec.title.replace("{commune}", pick(rng, communeNames));
      const ficheId = ctx.id();
      const row: Row = {
        id: ficheId,
        territoryId,
        conventionId: c.id,
        axisId: axis.id,
        number: `${axis.position}.${axis.count}`,
        title,
        themes,
        findings: `Le diagnostic partagé relève ${pick(rng, ["un manque de places", "une offre inégalement répartie", "des besoins non couverts", "une demande croissante des familles", "un isolement des familles"])} sur le territoire intercommunal.`,
        generalObjective: spec.objective,
        operationalObjectives: null,
        description: `${spec.objective} L'action est portée par ${pilot.shortName} avec l'appui des partenaires de la convention.`,
        targetPublic: spec.publics,
        pilotOrganisationId: pilot.id,
        copilotOrganisationId: copilot?.id ?? null,
        fte: chance(rng, 0.7) ? Math.round((0.1 + rng() * 1.4) * 10) / 10 : null,
        startMonth: firstDay(startM),
        endMonth: firstDay(endM),
        priority: weighted<Priority>(rng, { LOW: 20, MEDIUM: 55, HIGH: 25 }),
        status,
        version: history.length,
        createdAt: iso(createdMs),
        updatedAt: iso(history[history.length - 1].ms),
      };
      ctx.rows.FicheAction.push(row);
      for (const [index, h] of history.entries()) {
        ctx.rows.FicheStatusChange.push({
          id: ctx.id(),
          ficheId,
          fromStatus: h.from,
          toStatus: h.status,
          comment: index === 0 ? "Création de la fiche" : pick(rng, TRANSITION_COMMENTS[h.status] ?? ["Mise à jour"]),
          actorId: null,
          createdAt: iso(h.ms),
        });
      }
      for (const partner of sample(
        rng,
        [orgs.caisse, orgs.departement, orgs.msa, orgs.udaf, ...associations].filter((o) => o.id !== pilot.id),
        int(rng, 0, 2),
      )) {
        ctx.rows.FichePartner.push({ ficheId, organisationId: partner.id });
      }
      for (const commune of sample(rng, communes, chance(rng, 0.5) ? int(rng, 1, 2) : 0)) {
        ctx.rows.FicheCommune.push({ ficheId, communeId: commune.id });
      }
      const plan: FichePlan = { id: ficheId, status, history, pilotId: pilot.id };
      c.fiches.push(plan);
      allFiches.push({ row, plan, convention: c, spec, theme });

      // Budget: per year of the fiche (at most three, from three years back to next year), per funder.
      const years: number[] = [];
      for (let y = yearOfMonth(startM); y <= yearOfMonth(endM) && years.length < 3; y++)
        if (y >= Y - 3 && y <= Y + 1) years.push(y);
      if (!years.length) years.push(yearOfMonth(startM));
      const funders: [Org, number, number][] = [[orgs.caisse, 5_000, 80_000]];
      if (chance(rng, 0.7)) funders.push([epciOrg, 3_000, 60_000]);
      if (chance(rng, 0.35)) funders.push([orgs.departement, 2_000, 30_000]);
      for (const y of years) {
        for (const [funder, min, max] of funders) {
          const planned = Math.round(int(rng, min, max) / 100) * 100;
          const actual =
            status === "ABANDONED"
              ? Math.round(planned * rng() * 0.3)
              : y < Y
                ? chance(rng, 0.9)
                  ? Math.round(planned * (0.8 + rng() * 0.3))
                  : null
                : y === Y && chance(rng, 0.5)
                  ? Math.round(planned * (0.4 + rng() * 0.4))
                  : null;
          ctx.rows.BudgetLine.push({
            id: ctx.id(),
            ficheId,
            year: y,
            funderOrganisationId: funder.id,
            nature: "OPERATING",
            planned,
            actual,
          });
        }
      }
      if (chance(rng, 0.08)) {
        ctx.rows.BudgetLine.push({
          id: ctx.id(),
          ficheId,
          year: years[0],
          funderOrganisationId: orgs.caisse.id,
          nature: "INVESTMENT",
          planned: Math.round(int(rng, 20_000, 300_000) / 1000) * 1000,
          actual: null,
        });
      }
    }
  }
  return allFiches;
}

/** Indicators: 12 fiches have two, 12 have one; 12 indicators have four yearly values, 24 have three. */
function addIndicators(t: TerritoryDraft, allFiches: ReturnType<typeof addPlans>) {
  const { ctx, rng } = t;
  const Y = ctx.year;
  const twoIndicators = new Set(
    sample(
      rng,
      allFiches.map((_, i) => i),
      SHAPE.fichesWithTwoIndicators,
    ),
  );
  const indicatorCount = allFiches.length + twoIndicators.size;
  const valueCounts = shuffle(
    rng,
    Array.from({ length: indicatorCount }, (_, i) => (i < SHAPE.indicatorsWithFourValues ? 4 : 3)),
  );
  let indicatorIndex = 0;
  for (const [i, fiche] of allFiches.entries()) {
    const specs: IndicatorSpec[] = [...fiche.spec.indicators];
    if (!twoIndicators.has(i)) specs.length = 1;
    else if (specs.length < 2)
      specs.push({ name: "Satisfaction des familles", unit: "%", baseline: [60, 75], growth: 15 });
    specs.forEach((spec, position) => {
      const indicatorId = ctx.id();
      const startYear = yearOfMonth(fiche.convention.startM);
      const baseline = int(rng, spec.baseline[0], spec.baseline[1]);
      const target =
        spec.growth < 1
          ? Math.round(baseline * (1 + spec.growth + rng() * spec.growth))
          : Math.round(baseline + spec.growth * (0.7 + rng() * 0.6));
      const cappedTarget = spec.unit === "%" ? Math.min(100, target) : target;
      ctx.rows.Indicator.push({
        id: indicatorId,
        ficheId: fiche.plan.id,
        position: position + 1,
        name: spec.name,
        unit: spec.unit,
        kind: "QUANTITATIVE",
        baselineValue: baseline,
        baselineYear: startYear - 1,
        targetValue: cappedTarget,
        targetYear: yearOfMonth(fiche.convention.endM),
        source: pick(rng, [
          "Bilans d'activité",
          "Données de la caisse",
          "Rapport annuel du gestionnaire",
          "Enquête auprès des familles",
          "Tableau de bord de l'EPCI",
        ]),
        frequency: "YEARLY",
      });
      const count = valueCounts[indicatorIndex++];
      const lastYear = chance(rng, 0.7) ? Y - 1 : Y;
      for (let k = 0; k < count; k++) {
        const y = lastYear - count + 1 + k;
        const progress = Math.max(
          0,
          Math.min(1.1, (y - startYear + 1) / Math.max(1, yearOfMonth(fiche.convention.endM) - startYear + 1)),
        );
        const raw = baseline + (cappedTarget - baseline) * progress * (0.6 + rng() * 0.6);
        const value = spec.unit === "%" ? Math.min(100, Math.round(raw * 10) / 10) : Math.max(0, Math.round(raw));
        ctx.rows.IndicatorValue.push({
          id: ctx.id(),
          indicatorId,
          year: y,
          value,
          textValue: null,
          comment: chance(rng, 0.15)
            ? pick(rng, [
                "Donnée provisoire",
                "Hors période estivale",
                "Effet de l'ouverture en cours d'année",
                "Source : bilan du gestionnaire",
              ])
            : null,
        });
      }
    });
  }
}

/** Facilities, their manual fundings, and sometimes a territory rate table. */
function addFacilities(t: TerritoryDraft, plan: ConventionPlan) {
  const { ctx, rng, caisse, territoryId, epci, communes, associations } = t;
  const { caisseId } = caisse;
  const { todayM, year: Y } = ctx;
  const facilityCount = int(rng, 4, 8);
  for (let i = 0; i < facilityCount; i++) {
    const type = weighted(
      rng,
      Object.fromEntries(FACILITIES.map((f) => [f.type, f.weight])) as Record<FacilityType, number>,
    );
    const spec = FACILITIES.find((f) => f.type === type)!;
    const commune = pick(rng, communes);
    const facilityId = ctx.id();
    const nickname = chance(rng, 0.3)
      ? ` « ${pick(rng, ["Les P'tits Loups", "Les Lucioles", "Pirouette", "Les Petits Pas", "L'Île aux enfants", "Les Écureuils", "Arc-en-ciel", "Les Coccinelles"])} »`
      : "";
    ctx.rows.Facility.push({
      id: facilityId,
      territoryId,
      conventionId: plan.id,
      name: `${spec.label} ${de(commune.name)}${nickname}`,
      type,
      communeId: commune.id,
      managerName: pick(rng, [
        epci.shortName,
        `Commune ${de(commune.name)}`,
        ...associations.map((a) => a.shortName),
        "Familles rurales",
        "Léo Lagrange",
        "UFCV",
        "Ifac",
        "Les PEP",
      ]),
      capacity: spec.capacity ? int(rng, spec.capacity[0], spec.capacity[1]) : null,
      openedOn: chance(rng, 0.6) ? dayOf(int(rng, 1995, Y - 1) * 12 + int(rng, 0, 11), 1) : null,
      closedOn: chance(rng, 0.03) ? dayOf(todayM - int(rng, 1, 20), 1) : null,
    });
    if (type in FUNDING_RATES) {
      for (const y of [Y - 2, Y - 1]) {
        ctx.rows.FacilityFunding.push({
          id: ctx.id(),
          facilityId,
          year: y,
          kind: "BONUS_TERRITOIRE",
          label: "Bonus territoire CTG",
          amount: Math.round(int(rng, 3_000, 90_000) / 100) * 100,
        });
      }
      if (chance(rng, 0.2)) {
        ctx.rows.FacilityFunding.push({
          id: ctx.id(),
          facilityId,
          year: Y - 1,
          kind: "OTHER",
          label: pick(rng, ["Fonds publics et territoires", "Aide au démarrage", "Plan rebond"]),
          amount: Math.round(int(rng, 1_000, 25_000) / 100) * 100,
        });
      }
    }
  }
  if (chance(rng, 0.1)) {
    ctx.rows.FundingRate.push({
      id: ctx.id(),
      caisseId,
      territoryId,
      facilityType: "EAJE",
      ratePerPlace: Math.round(int(rng, 1_100, 1_300) / 10) * 10,
      validFrom: `${Y - 1}-01-01`,
    });
  }
}

/** Meetings: four held over the last eighteen months, COPIL and COTECH alternating; often one planned. */
function addMeetings(t: TerritoryDraft, byEdition: ConventionPlan[], plan: ConventionPlan, planned: boolean) {
  const { ctx, rng, caisse, territoryId, epci, seat, communeNames, epciOrg, communeOrgs, cias, associations } = t;
  const { orgs } = caisse;
  const { todayMs } = ctx;
  const conventionAt = (ms: number) => {
    const m = monthOf(new Date(ms));
    return byEdition.find((c) => c.status !== "DRAFT" && c.startM <= m && m <= c.endM) ?? plan;
  };
  const firstKind: MeetingKind = chance(rng, 0.5) ? "COPIL" : "COTECH";
  const held = [19, 12, 6, 1].map((monthsAgo, index) => {
    const ms = meetingTime(rng, todayMs - monthsAgo * 30 * DAY - int(rng, 0, 25) * DAY);
    const kindOf: MeetingKind = index % 2 === 0 ? firstKind : firstKind === "COPIL" ? "COTECH" : "COPIL";
    return { id: ctx.id(), ms, kind: kindOf, convention: conventionAt(ms) };
  });
  const places = [
    `Siège ${epci.kind === "CA" ? "de la communauté d'agglomération" : "de la communauté de communes"}, ${seat}`,
    `Mairie ${de(seat)}`,
    `Salle du conseil communautaire, ${seat}`,
    `Maison France services ${de(pick(rng, communeNames))}`,
    `Salle des fêtes ${de(pick(rng, communeNames))}`,
  ];
  const people = {
    caisse: personName(rng),
    president: personName(rng),
    coordinator: personName(rng),
    departement: personName(rng),
    msa: personName(rng),
  };
  const fullName = (p: { first: string; last: string }) => `${p.first} ${p.last.toUpperCase()}`;
  const decisions: { id: string; meetingIndex: number; status: DecisionStatus; closingIndex: number | null }[] = [];
  const decisionWeights: Partial<Record<DecisionStatus, number>>[] = [
    { DONE: 75, CANCELLED: 10, IN_PROGRESS: 10, OPEN: 5 },
    { DONE: 55, IN_PROGRESS: 20, OPEN: 15, CANCELLED: 10 },
    { DONE: 30, IN_PROGRESS: 35, OPEN: 30, CANCELLED: 5 },
    { OPEN: 75, IN_PROGRESS: 25 },
  ];
  for (const [index, m] of held.entries()) {
    const fiches = m.convention.fiches.filter((f) => f.history[0].ms <= m.ms);
    const reviewed = sample(rng, fiches, m.kind === "COPIL" ? 8 : 5);
    const done = reviewed.filter((f) => statusAt(f, m.ms) === "DONE").length;
    ctx.rows.Meeting.push({
      id: m.id,
      territoryId,
      conventionId: m.convention.id,
      kind: m.kind,
      startsAt: iso(m.ms),
      place: pick(rng, places),
      status: "HELD",
      minutes: [
        `<p>${m.kind === "COPIL" ? "Comité de pilotage" : "Comité technique"} de la convention territoriale globale de la ${epci.shortName}, présidé par ${fullName(people.president)}.</p>`,
        `<p>${reviewed.length} fiches-action ont été examinées, dont ${done} ${done > 1 ? "réalisées" : "réalisée"}. Les partenaires ont fait le point sur les indicateurs et sur l'exécution budgétaire.</p>`,
        `<p>${pick(rng, ["Les échanges ont porté sur l'offre d'accueil du jeune enfant.", "La question de la mobilité des jeunes reste à approfondir.", "Le comité souligne la bonne dynamique partenariale.", "Le calendrier de l'évaluation est arrêté."])}</p>`,
      ].join(""),
      version: 1,
      createdAt: iso(m.ms - int(rng, 20, 45) * DAY),
    });
    const agenda = sample(rng, AGENDA.slice(1), int(rng, 2, 4)).sort((a, b) => AGENDA.indexOf(a) - AGENDA.indexOf(b));
    // From the second meeting on, the agenda opens with the approval of the previous minutes.
    (index > 0 ? [AGENDA[0], ...agenda] : agenda).forEach((title, position) => {
      ctx.rows.MeetingAgendaItem.push({ id: ctx.id(), meetingId: m.id, position: position + 1, title });
    });
    const attendance = (): Attendance =>
      weighted<Attendance>(rng, { PRESENT: 72, EXCUSED: 14, REPRESENTED: 8, ABSENT: 6 });
    const attendees: { org: Org | null; name: string; title: string; adviser?: boolean }[] =
      m.kind === "COPIL"
        ? [
            { org: orgs.caisse, name: fullName(people.caisse), title: "Président(e) du conseil d'administration" },
            {
              org: orgs.caisse,
              name: fullName(caisse.officer),
              title: "Chargé(e) de coopération territoriale",
              adviser: true,
            },
            { org: epciOrg, name: fullName(people.president), title: "Président(e)" },
            {
              org: epciOrg,
              name: fullName(personName(rng)),
              title: "Vice-président(e) en charge de l'enfance et de la jeunesse",
            },
            { org: orgs.departement, name: fullName(people.departement), title: "Conseiller(ère) départemental(e)" },
            { org: orgs.msa, name: fullName(people.msa), title: "Élu(e) MSA" },
            ...communeOrgs
              .slice(0, int(rng, 1, 3))
              .map((c) => ({ org: c.org, name: fullName(personName(rng)), title: "Maire" })),
          ]
        : [
            { org: orgs.caisse, name: fullName(caisse.officer), title: "Chargé(e) de coopération territoriale" },
            { org: epciOrg, name: fullName(people.coordinator), title: "Coordinateur(trice) CTG" },
            {
              org: orgs.departement,
              name: fullName(personName(rng)),
              title: "Responsable de la maison départementale des solidarités",
            },
            { org: cias ?? epciOrg, name: fullName(personName(rng)), title: "Coordinatrice petite enfance" },
            ...associations
              .slice(0, int(rng, 0, 2))
              .map((a) => ({ org: a, name: fullName(personName(rng)), title: "Directeur(trice)" })),
          ];
    for (const a of attendees) {
      const presence = attendance();
      ctx.rows.MeetingAttendee.push({
        id: ctx.id(),
        meetingId: m.id,
        organisationId: a.org?.id ?? null,
        name: a.name,
        title: a.title,
        isAdviser: a.adviser ?? false,
        attendance: presence,
        representedBy: presence === "REPRESENTED" ? fullName(personName(rng)) : null,
      });
    }
    for (const fiche of reviewed) {
      ctx.rows.MeetingFicheReview.push({
        id: ctx.id(),
        meetingId: m.id,
        ficheId: fiche.id,
        statusSnapshot: statusAt(fiche, m.ms),
        comment: chance(rng, 0.5)
          ? pick(rng, [
              "Point d'étape présenté par le pilote",
              "Calendrier confirmé",
              "Difficultés de recrutement signalées",
              "Bilan positif",
              "À revoir au prochain comité",
            ])
          : null,
      });
    }
    for (let k = 0; k < (m.kind === "COPIL" ? 3 : 2); k++) {
      const status = weighted(rng, decisionWeights[index]);
      const closingIndex =
        status === "DONE" || status === "CANCELLED" ? int(rng, index + 1, Math.min(held.length - 1, index + 2)) : null;
      const owner = pick(rng, [
        epciOrg,
        orgs.caisse,
        orgs.departement,
        ...communeOrgs.map((c) => c.org),
        ...associations,
      ]);
      const decisionId = ctx.id();
      const closedAt =
        closingIndex !== null && closingIndex < held.length
          ? held[closingIndex].ms + 2 * 3_600_000
          : status === "DONE" || status === "CANCELLED"
            ? m.ms + 30 * DAY
            : null;
      ctx.rows.Decision.push({
        id: decisionId,
        territoryId,
        meetingId: m.id,
        text: pick(rng, DECISIONS),
        ownerName: fullName(personName(rng)),
        ownerOrganisationId: owner.id,
        dueDate: dateOnly(m.ms + int(rng, 2, 6) * 30 * DAY),
        status,
        closedAt: closedAt === null ? null : iso(Math.min(closedAt, todayMs - DAY)),
        version: 1,
      });
      decisions.push({ id: decisionId, meetingIndex: index, status, closingIndex });
    }
  }
  // Follow-ups: each later held meeting reviews the decisions still open, until the one that closes them.
  for (const decision of decisions) {
    const last = decision.closingIndex ?? held.length - 1;
    for (let j = decision.meetingIndex + 1; j <= last && j < held.length; j++) {
      const final = j === last;
      ctx.rows.DecisionFollowUp.push({
        id: ctx.id(),
        decisionId: decision.id,
        meetingId: held[j].id,
        comment:
          final && decision.closingIndex !== null
            ? decision.status === "DONE"
              ? "Décision soldée"
              : "Décision abandonnée"
            : "Point d'avancement présenté",
        statusAfter: final || decision.status === "OPEN" ? decision.status : "IN_PROGRESS",
        createdAt: iso(held[j].ms + 3_600_000),
      });
    }
  }
  if (planned) {
    const ms = meetingTime(rng, todayMs + int(rng, 10, 120) * DAY);
    const meetingId = ctx.id();
    ctx.rows.Meeting.push({
      id: meetingId,
      territoryId,
      conventionId: plan.id,
      kind: chance(rng, 0.6) ? "COPIL" : "COTECH",
      startsAt: iso(ms),
      place: pick(rng, places),
      status: "PLANNED",
      minutes: null,
      version: 1,
      createdAt: iso(todayMs - int(rng, 5, 40) * DAY),
    });
    ctx.rows.MeetingAgendaItem.push({ id: ctx.id(), meetingId, position: 1, title: AGENDA[0] });
    ctx.rows.MeetingAgendaItem.push({ id: ctx.id(), meetingId, position: 2, title: pick(rng, AGENDA.slice(1)) });
    for (const [org, name, title] of [
      [orgs.caisse, fullName(caisse.officer), "Chargé(e) de coopération territoriale"],
      [epciOrg, fullName(people.president), "Président(e)"],
      [epciOrg, fullName(people.coordinator), "Coordinateur(trice) CTG"],
      [orgs.departement, fullName(people.departement), "Conseiller(ère) départemental(e)"],
    ] as [Org, string, string][]) {
      ctx.rows.MeetingAttendee.push({
        id: ctx.id(),
        meetingId,
        organisationId: org.id,
        name,
        title,
        isAdviser: false,
        attendance: "INVITED",
        representedBy: null,
      });
    }
  }
}

function statusAt(fiche: FichePlan, ms: number): FicheStatus {
  let status: FicheStatus = fiche.history[0].status;
  for (const h of fiche.history) if (h.ms <= ms) status = h.status;
  return status;
}

/** Builds every row in memory. Pure: the same options give the same rows. */
export function buildNationalRows(
  options: Required<Pick<NationalOptions, "caisses" | "territories" | "seed">> & { today: Date; passwordHash: string },
) {
  const { caisses, territories, seed, today, passwordHash } = options;
  if (caisses < 1 || caisses > DEPARTEMENTS.length)
    throw new Error(`caisses must be between 1 and ${DEPARTEMENTS.length}`);
  if (territories < 1) throw new Error("territories must be at least 1");
  const rows = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as Record<Table, Row[]>;
  const ctx: Context = {
    rows,
    id: idFactory(rngFor(`${seed}/ids/${caisses}/${territories}`)),
    todayMs: today.getTime(),
    todayM: monthOf(today),
    year: today.getUTCFullYear(),
    passwordHash,
    slugs: new Set(),
  };
  const perCaisse = territoriesPerCaisse(caisses, territories);
  const infos = DEPARTEMENTS.slice(0, caisses).map((d) => addCaisse(ctx, seed, d));
  // Territories in rounds (first territory of every caisse, then the second…): slug collisions are resolved in
  // the same order whatever the number of caisses, and the first territory of each caisse keeps its name.
  const most = Math.max(...perCaisse);
  let nationalIndex = 0;
  for (let k = 0; k < most; k++) {
    infos.forEach((info, i) => {
      if (k < perCaisse[i]) addTerritory(ctx, seed, info, k, nationalIndex++);
    });
  }
  // Real tables fill up over years, territories interleaved: shuffle so that one territory's rows are spread
  // over the table's pages as they would be, rather than packed together.
  const order = rngFor(`${seed}/insertion-order`);
  for (const table of TABLES) shuffle(order, rows[table]);
  return rows;
}

// ───────────────────────────── Writing ─────────────────────────────

const sqlTable = (table: Table) => (table === "Convention2" ? "Convention" : table);

async function insertChunk(client: pg.PoolClient, table: Table, rows: Row[]) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].map((c) => `"${c}"`).join(", ");
  const name = sqlTable(table);
  await client.query(
    `INSERT INTO "${name}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${name}", $1::json)`,
    [JSON.stringify(rows)],
  );
}

async function insertAll(pool: pg.Pool, rows: Record<Table, Row[]>, log: (line: string) => void) {
  const CHUNK = 5_000;
  for (const wave of WAVES) {
    const queue: [Table, Row[]][] = [];
    for (const table of wave)
      for (let i = 0; i < rows[table].length; i += CHUNK) queue.push([table, rows[table].slice(i, i + CHUNK)]);
    const worker = async () => {
      const client = await pool.connect();
      try {
        await client.query("SET synchronous_commit = off");
        for (let next = queue.shift(); next; next = queue.shift()) await insertChunk(client, next[0], next[1]);
      } finally {
        client.release();
      }
    };
    const started = performance.now();
    await Promise.all([worker(), worker()]);
    log(`  ${wave.join(", ")}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

// ───────────────────────────── The database ─────────────────────────────

const MARKER_PREFIX = "ctg-national ";

export async function readMarker(url: string): Promise<NationalMarker | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()",
    );
    const comment = rows[0]?.comment ?? "";
    if (!comment.startsWith(MARKER_PREFIX)) return null;
    try {
      return JSON.parse(comment.slice(MARKER_PREFIX.length)) as NationalMarker;
    } catch {
      return null;
    }
  } finally {
    await client.end();
  }
}

async function writeMarker(client: pg.Client | pg.PoolClient, marker: NationalMarker | "incomplete") {
  const text = `${MARKER_PREFIX}${marker === "incomplete" ? "incomplete" : JSON.stringify(marker)}`;
  await client.query(
    `COMMENT ON DATABASE "${(await client.query("SELECT current_database() AS db")).rows[0].db}" IS ${pg.escapeLiteral(text)}`,
  );
}

/**
 * Refuses to wipe a database that holds anything but a dataset of this generator (the demo or test data, say):
 * the database must be empty, or carry this generator's marker.
 */
async function assertDisposable(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ comment: string | null; tables: string }>(
      `SELECT shobj_description(d.oid, 'pg_database') AS comment,
              (SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema'))::text AS tables
         FROM pg_database d WHERE d.datname = current_database()`,
    );
    const { comment, tables } = rows[0];
    if (Number(tables) > 0 && !(comment ?? "").startsWith(MARKER_PREFIX)) {
      throw new Error(
        `Refusing to reset ${new URL(url).pathname.slice(1)} on ${new URL(url).host}: it has tables but was not written by the national generator.`,
      );
    }
  } finally {
    await client.end();
  }
}

export async function countRows(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      if (table === "Convention2") continue;
      counts[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/**
 * Empties the database at `url` (which must be empty or hold an earlier national dataset), applies the
 * migrations and writes the dataset. Returns the row counts and timings.
 */
export async function generateNationalData(url: string, options: NationalOptions = {}): Promise<NationalSummary> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const caisses = options.caisses ?? NATIONAL_DEFAULTS.caisses;
  const territories = options.territories ?? NATIONAL_DEFAULTS.territories;
  const seed = options.seed ?? NATIONAL_DEFAULTS.seed;
  // The data's "today" is the start of the current day: two runs on the same day write the same rows.
  const now = options.today ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

  await assertDisposable(url);
  {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await writeMarker(client, "incomplete").finally(() => client.end());
  }
  log("Resetting the database and applying the migrations…");
  await resetDatabase(url);
  await applyMigrations(url);
  await installJobs(url); // pg-boss's schema and queues, as `npm run db:migrate` installs them

  // One bcrypt hash for every account (cost 11 takes ~150 ms: not once per user), the cost of lib/auth/password.ts.
  // Its salt comes from the seed so that two runs write identical rows (the password is public anyway).
  const saltRng = rngFor(`${seed}/salt`);
  const BCRYPT_BASE64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const salt = `$2b$11$${Array.from({ length: 22 }, () => BCRYPT_BASE64[Math.floor(saltRng() * 64)]).join("")}`;
  const passwordHash = await bcrypt.hash(NATIONAL_PASSWORD, salt);
  const generateStart = performance.now();
  const rows = buildNationalRows({ caisses, territories, seed, today, passwordHash });
  const generateMs = performance.now() - generateStart;
  const total = Object.values(rows).reduce((sum, r) => sum + r.length, 0);
  log(`Generated ${total.toLocaleString("en-US")} rows in ${(generateMs / 1000).toFixed(1)} s; inserting…`);

  const insertStart = performance.now();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await insertAll(pool, rows, log);
    log("VACUUM ANALYZE…");
    const client = await pool.connect();
    try {
      await client.query("VACUUM ANALYZE");
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
  const insertMs = performance.now() - insertStart;

  const marker: NationalMarker = {
    generator: "ctg-national",
    source: GENERATOR_SOURCE,
    caisses,
    territories,
    seed,
    today: dateOnly(today.getTime()),
    generatedAt: new Date().toISOString(),
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await writeMarker(client, marker).finally(() => client.end());
  const counts = await countRows(url);
  return { counts, elapsedMs: performance.now() - started, generateMs, insertMs, password: NATIONAL_PASSWORD, marker };
}

/** True when the database holds a complete dataset of this generator version with these parameters. */
export function markerMatches(marker: NationalMarker | null, options: NationalOptions = {}): boolean {
  return (
    !!marker &&
    marker.source === GENERATOR_SOURCE &&
    marker.caisses === (options.caisses ?? NATIONAL_DEFAULTS.caisses) &&
    marker.territories === (options.territories ?? NATIONAL_DEFAULTS.territories) &&
    marker.seed === (options.seed ?? NATIONAL_DEFAULTS.seed)
  );
}
