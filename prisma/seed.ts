// Demo data from the seed documents (../shared/seeds): three caisses, four territories, their conventions,
// a few fiches-action with indicators, facilities with funding, past and next meetings, one user per role.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashPassword } from "../lib/auth/password";
import { writeImport } from "../lib/diagnostic/import";
import { parseOpenDataFile } from "../lib/diagnostic/parse";
import { createPrismaClient, type Db } from "../lib/db/client";
import type { FicheStatus, OrganisationKind, Role, Theme } from "../lib/db/generated/enums";
import {
  aubracAnnexes,
  aubracArticles,
  aubracCommunes,
  aubracConvention,
  aubracDeliberation,
  aubracPreamble,
  aubracSignatories,
  aubracVisas,
} from "./seed/aubrac-convention";

export const DEMO_PASSWORD = "ctg-demo-2026";

/** The demo platform operator (opens caisses on /plateforme; no role in any caisse). */
export const demoOperator = { email: "operateur@ctg.localhost", name: "Olivier Opérateur (plateforme)" };

export const demoUsers: {
  email: string;
  name: string;
  role: Role;
  caisse: string;
  territory?: string;
  organisation?: string;
}[] = [
  { email: "admin@ccss-lozere.demo.fr", name: "Claire Admin (CCSS Lozère)", role: "CAISSE_ADMIN", caisse: "CCSS48" },
  {
    email: "cooperation@ccss-lozere.demo.fr",
    name: "Sophie Coopération (CCSS Lozère)",
    role: "COOPERATION_OFFICER",
    caisse: "CCSS48",
  },
  {
    email: "epci@aubrac-lot-causses-tarn.demo.fr",
    name: "Julien Agent (CC Aubrac Lot Causses Tarn)",
    role: "EPCI_STAFF",
    caisse: "CCSS48",
    territory: "aubrac-lot-causses-tarn",
    organisation: "Communauté de communes Aubrac Lot Causses Tarn",
  },
  {
    email: "pilote@chanac.demo.fr",
    name: "Marion Pilote (Commune de Chanac)",
    role: "PILOT_CONTRIBUTOR",
    caisse: "CCSS48",
    territory: "aubrac-lot-causses-tarn",
    organisation: "Commune de Chanac",
  },
  {
    email: "copil@lozere-departement.demo.fr",
    name: "Paul Copil (Département de la Lozère)",
    role: "COPIL_MEMBER",
    caisse: "CCSS48",
    territory: "aubrac-lot-causses-tarn",
    organisation: "Département de la Lozère",
  },
  {
    email: "epci@coeur-de-lozere.demo.fr",
    name: "Nadia Agent (CC Cœur de Lozère)",
    role: "EPCI_STAFF",
    caisse: "CCSS48",
    territory: "coeur-de-lozere",
    organisation: "Communauté de communes Cœur de Lozère",
  },
  {
    email: "cooperation@caf-hautes-pyrenees.demo.fr",
    name: "Lucie Coopération (CAF 65)",
    role: "COOPERATION_OFFICER",
    caisse: "CAF65",
  },
  {
    email: "epci@tarbes-lourdes.demo.fr",
    name: "Hugo Agent (Tarbes Lourdes Pyrénées)",
    role: "EPCI_STAFF",
    caisse: "CAF65",
    territory: "tarbes-lourdes-pyrenees-sud",
    organisation: "Communauté d'agglomération Tarbes-Lourdes-Pyrénées",
  },
  { email: "admin@caf-vosges.demo.fr", name: "Anne Admin (CAF des Vosges)", role: "CAISSE_ADMIN", caisse: "CAF88" },
  {
    email: "cooperation@caf-vosges.demo.fr",
    name: "Thomas Coopération (CAF des Vosges)",
    role: "COOPERATION_OFFICER",
    caisse: "CAF88",
  },
  {
    email: "copil@ccpvm.demo.fr",
    name: "Élise Copil (CCPVM)",
    role: "COPIL_MEMBER",
    caisse: "CAF88",
    territory: "porte-des-vosges-meridionales",
    organisation: "Communauté de communes de la Porte des Vosges Méridionales",
  },
];

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type OrgSpec = { name: string; shortName?: string; kind: OrganisationKind; siren?: string };

async function createOrganisations(db: Db, caisseId: string, specs: OrgSpec[]) {
  const byName = new Map<string, string>();
  for (const spec of specs) {
    const org = await db.organisation.create({ data: { caisseId, ...spec } });
    byName.set(spec.name, org.id);
  }
  return (name: string) => {
    const id = byName.get(name);
    if (!id) throw new Error(`Seed: unknown organisation ${name}`);
    return id;
  };
}

type FicheSpec = {
  number: string;
  title: string;
  axis: number;
  themes: Theme[];
  status: FicheStatus;
  pilot: string;
  copilot?: string;
  partners?: string[];
  start: string;
  end: string;
  priority?: "LOW" | "MEDIUM" | "HIGH";
  generalObjective: string;
  description?: string;
  targetPublic?: string;
  fte?: number;
  indicators?: {
    name: string;
    unit: string;
    baseline: [number, number];
    target: [number, number];
    source: string;
    /** A diagnostic series (lib/diagnostic/catalogue.ts) the baseline and yearly values follow after each import. */
    diagnosticSeries?: string;
    values: [number, number, string?][];
  }[];
  budget?: { year: number; funder: string; planned: number; actual?: number }[];
  history?: { from: FicheStatus | null; to: FicheStatus; at: string; comment: string }[];
};

async function createPlan(
  db: Db,
  opts: {
    territoryId: string;
    conventionId: string;
    axes: string[];
    fiches: FicheSpec[];
    org: (name: string) => string;
  },
) {
  const axisIds: string[] = [];
  for (const [index, title] of opts.axes.entries()) {
    const axis = await db.axis.create({ data: { conventionId: opts.conventionId, position: index + 1, title } });
    axisIds.push(axis.id);
  }
  for (const spec of opts.fiches) {
    const fiche = await db.ficheAction.create({
      data: {
        territoryId: opts.territoryId,
        conventionId: opts.conventionId,
        axisId: axisIds[spec.axis - 1],
        number: spec.number,
        title: spec.title,
        themes: spec.themes,
        status: spec.status,
        priority: spec.priority ?? "MEDIUM",
        generalObjective: spec.generalObjective,
        description: spec.description,
        targetPublic: spec.targetPublic,
        fte: spec.fte,
        startMonth: d(`${spec.start}-01`),
        endMonth: d(`${spec.end}-01`),
        pilotOrganisationId: opts.org(spec.pilot),
        copilotOrganisationId: spec.copilot ? opts.org(spec.copilot) : undefined,
        partners: { create: (spec.partners ?? []).map((name) => ({ organisationId: opts.org(name) })) },
        statusChanges: {
          create: (
            spec.history ?? [{ from: null, to: spec.status, at: `${spec.start}-01`, comment: "Création de la fiche" }]
          ).map((h) => ({
            fromStatus: h.from,
            toStatus: h.to,
            comment: h.comment,
            createdAt: d(h.at),
          })),
        },
        indicators: {
          create: (spec.indicators ?? []).map((indicator, index) => ({
            position: index + 1,
            name: indicator.name,
            unit: indicator.unit,
            baselineValue: indicator.baseline[0],
            baselineYear: indicator.baseline[1],
            targetValue: indicator.target[0],
            targetYear: indicator.target[1],
            source: indicator.source,
            diagnosticSeries: indicator.diagnosticSeries ?? null,
            values: { create: indicator.values.map(([year, value, comment]) => ({ year, value, comment })) },
          })),
        },
        budgetLines: {
          create: (spec.budget ?? []).map((line) => ({
            year: line.year,
            funderOrganisationId: opts.org(line.funder),
            planned: line.planned,
            actual: line.actual,
          })),
        },
      },
    });
    void fiche;
  }
}

/** Fills an empty database with the demo data. With force, wipes the domain tables first. */
export async function seedDemoData(databaseUrl: string, options: { force?: boolean; quiet?: boolean } = {}) {
  const db = createPrismaClient(databaseUrl, 4);
  try {
    if ((await db.caisse.count()) > 0) {
      if (!options.force) {
        if (!options.quiet) console.log("Demo data already present: seed skipped.");
        return;
      }
      await db.$executeRawUnsafe(`TRUNCATE "Caisse", "User", "LoginThrottle" RESTART IDENTITY CASCADE`);
    }
    await seed(db);
    await seedDiagnostics(db);
    if (!options.quiet) console.log("Demo data seeded.");
  } finally {
    await db.$disconnect();
  }
}

/**
 * The open data of the shared diagnostic (prisma/seed/open-data, written by lib/cli/open-data-sample.ts), imported
 * through the import itself for each caisse: its territories' EPCI, its départements and France.
 */
async function seedDiagnostics(db: Db) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "seed/open-data");
  const files = readdirSync(dir)
    .sort()
    .map((name) => {
      const result = parseOpenDataFile(readFileSync(path.join(dir, name)), name);
      if (!result.ok) throw new Error(`${name}: ${result.message}`);
      return result.file;
    });
  // A fresh seed has no stored PDF to render again: the import's audit events send no render job (the seeded
  // database may not be the one of DATABASE_URL, where the job queue lives).
  const jobs = process.env.CTG_PDF_JOBS;
  process.env.CTG_PDF_JOBS = "off";
  try {
    for (const caisse of await db.caisse.findMany({ select: { id: true }, orderBy: { departement: "asc" } })) {
      await writeImport(
        db,
        null,
        caisse.id,
        files.map((file) => ({ file, fileName: file.fileName })),
        new Date("2026-11-16T00:00:00Z"),
      );
    }
  } finally {
    if (jobs === undefined) delete process.env.CTG_PDF_JOBS;
    else process.env.CTG_PDF_JOBS = jobs;
  }
}

async function seed(db: Db) {
  // ───────────── CCSS de la Lozère ─────────────
  const ccss = await db.caisse.create({
    data: {
      kind: "CCSS",
      name: "Caisse Commune de Sécurité Sociale de la Lozère",
      shortName: "CCSS de la Lozère",
      departement: "48",
    },
  });
  const lozereOrgSpecs: OrgSpec[] = [];
  for (const s of aubracSignatories) {
    if (!lozereOrgSpecs.some((o) => o.name === s.organisationName)) {
      lozereOrgSpecs.push({
        name: s.organisationName,
        shortName: s.organisationShortName,
        kind: s.organisationKind,
        siren: s.organisationKind === "EPCI" ? "200069268" : undefined,
      });
    }
  }
  lozereOrgSpecs.push(
    { name: "Communauté de communes Cœur de Lozère", shortName: "CC Cœur de Lozère", kind: "EPCI" },
    { name: "Commune de Mende", shortName: "Mende", kind: "COMMUNE" },
    { name: "Centre intercommunal d'action sociale Cœur de Lozère", shortName: "CIAS Cœur de Lozère", kind: "CIAS" },
    {
      name: "Union départementale des associations familiales de la Lozère",
      shortName: "Udaf de la Lozère",
      kind: "UDAF",
    },
    { name: "Association du Centre Nature OSCA", shortName: "Centre Nature OSCA", kind: "ASSOCIATION" },
    { name: "Association Objectif Formation Animation", shortName: "OAF", kind: "ASSOCIATION" },
    { name: "Association Familles actives", shortName: "Familles actives", kind: "ASSOCIATION" },
  );
  const lozOrg = await createOrganisations(db, ccss.id, lozereOrgSpecs);
  const ccssName = aubracSignatories[0].organisationName;
  const epciName = aubracSignatories.find((s) => s.organisationKind === "EPCI")!.organisationName;
  const departementName = aubracSignatories.find((s) => s.organisationKind === "DEPARTEMENT")!.organisationName;
  const msaName = aubracSignatories.find((s) => s.organisationKind === "MSA")!.organisationName;
  const communeName = (needle: string) =>
    aubracSignatories.find((s) => s.organisationKind === "COMMUNE" && s.organisationName.includes(needle))!
      .organisationName;

  const aubrac = await db.territory.create({
    data: {
      caisseId: ccss.id,
      slug: "aubrac-lot-causses-tarn",
      name: "Aubrac Lot Causses Tarn",
      siren: "200069268",
      epciOrganisationId: lozOrg(epciName),
      communes: { create: aubracCommunes.map((name) => ({ name })) },
    },
  });

  // Previous edition (2020-2023), mentioned by deliberation D23.080.
  const aubracFirst = await db.convention.create({
    data: {
      territoryId: aubrac.id,
      title: "Convention territoriale globale de services aux familles",
      edition: 1,
      startDate: d("2020-01-01"),
      endDate: d("2023-12-31"),
      place: "La Canourgue",
      status: "EXPIRED",
    },
  });
  const aubracCtg = await db.convention.create({
    data: {
      territoryId: aubrac.id,
      title: aubracConvention.title,
      edition: 2,
      startDate: d(aubracConvention.startDate),
      endDate: d(aubracConvention.endDate),
      place: aubracConvention.place,
      copies: aubracConvention.copies,
      status: "VALIDATED",
      previousEditionId: aubracFirst.id,
      articles: {
        create: [
          ...aubracVisas.map((body, index) => ({ kind: "VISA" as const, position: index + 1, title: "", body })),
          { kind: "PREAMBLE" as const, position: 1, title: "Préambule", body: aubracPreamble },
          ...aubracArticles.map((article, index) => ({
            kind: "ARTICLE" as const,
            position: index + 1,
            title: article.title,
            body: article.body,
          })),
        ],
      },
      annexes: {
        create: aubracAnnexes.map((annex, index) => ({
          code: annex.code,
          title: annex.title,
          position: index + 1,
          content: annex.content,
        })),
      },
    },
  });
  // Version 1 of every article opens its history (no author: taken over from the Word document).
  const aubracArticleRows = await db.article.findMany({ where: { conventionId: aubracCtg.id } });
  await db.articleRevision.createMany({
    data: aubracArticleRows.map((a) => ({ articleId: a.id, version: 1, title: a.title, body: a.body })),
  });
  const aubracSignatoryIds: string[] = [];
  for (const [index, s] of aubracSignatories.entries()) {
    const signatory = await db.signatory.create({
      data: {
        conventionId: aubracCtg.id,
        organisationId: lozOrg(s.organisationName),
        position: index + 1,
        bodyLabel: s.bodyLabel,
        representativeName: s.representativeName,
        representativeTitle: s.representativeTitle,
        representationText: s.representationText,
        designation: s.designation,
        mustDeliberate: s.mustDeliberate,
      },
    });
    aubracSignatoryIds.push(signatory.id);
  }
  // Deliberation annexes belong to a signatory (1a: the EPCI, 1b-1f: the communes, 2: the Département, 2b: the MSA).
  const annexOwners: Record<string, (s: (typeof aubracSignatories)[number]) => boolean> = {
    "1a": (s) => s.organisationKind === "EPCI",
    "1b": (s) => s.organisationName.includes("Chanac"),
    "1c": (s) => s.organisationName.includes("Masegros"),
    "1d": (s) => s.organisationName.includes("Canourgue"),
    "1f": (s) => s.organisationName.includes("Banassac"),
    "2": (s) => s.organisationKind === "DEPARTEMENT",
    "2b": (s) => s.organisationKind === "MSA",
  };
  for (const [code, isOwner] of Object.entries(annexOwners)) {
    const index = aubracSignatories.findIndex(isOwner);
    if (index >= 0)
      await db.annex.updateMany({
        where: { conventionId: aubracCtg.id, code },
        data: { signatoryId: aubracSignatoryIds[index] },
      });
  }
  const epciSignatoryIndex = aubracSignatories.findIndex((s) => s.organisationKind === "EPCI");
  const { sessionDate, certifiedAt, sentToPrefectureAt, receivedByPrefectureAt, publishedAt, ...deliberation } =
    aubracDeliberation;
  await db.deliberation.create({
    data: {
      signatoryId: aubracSignatoryIds[epciSignatoryIndex],
      ...deliberation,
      sessionDate: d(sessionDate),
      certifiedAt: d(certifiedAt),
      sentToPrefectureAt: d(sentToPrefectureAt),
      receivedByPrefectureAt: d(receivedByPrefectureAt),
      publishedAt: d(publishedAt),
    },
  });

  await createPlan(db, {
    territoryId: aubrac.id,
    conventionId: aubracCtg.id,
    org: lozOrg,
    axes: [
      "Aider les familles à concilier vie professionnelle, vie familiale et vie sociale",
      "Faciliter la relation parentale, favoriser le développement de l'enfant et soutenir les jeunes",
      "Accompagner les familles dans leur cadre de vie et l'accès aux droits",
    ],
    fiches: [
      {
        number: "1.1",
        title: "Pérenniser l'accueil du jeune enfant du service commun de La Canourgue",
        axis: 1,
        themes: ["EARLY_CHILDHOOD"],
        status: "IN_PROGRESS",
        pilot: epciName,
        copilot: ccssName,
        partners: ["Association Objectif Formation Animation"],
        start: "2024-01",
        end: "2028-12",
        priority: "HIGH",
        fte: 0.2,
        generalObjective:
          "Maintenir une offre d'accueil collectif adaptée aux besoins des familles des 10 communes du service commun.",
        targetPublic: "Familles avec enfants de moins de 3 ans",
        indicators: [
          {
            name: "Taux de couverture petite enfance (places pour 100 enfants de moins de 3 ans)",
            unit: "%",
            baseline: [48, 2022],
            target: [55, 2028],
            source: "Données ouvertes de la caisse (EPCI)",
            diagnosticSeries: "txcouv",
            values: [
              [2024, 50, "Ouverture de 2 places supplémentaires"],
              [2025, 52],
            ],
          },
        ],
        budget: [
          { year: 2024, funder: ccssName, planned: 120000, actual: 118500 },
          { year: 2024, funder: epciName, planned: 95000, actual: 97200 },
          { year: 2025, funder: ccssName, planned: 124000, actual: 121000 },
          { year: 2025, funder: epciName, planned: 97000 },
        ],
        history: [
          { from: null, to: "NOT_STARTED", at: "2024-01-01", comment: "Création de la fiche" },
          {
            from: "NOT_STARTED",
            to: "IN_PROGRESS",
            at: "2024-02-15",
            comment: "Convention de gestion renouvelée avec OAF",
          },
        ],
      },
      {
        number: "1.2",
        title: "Adapter les horaires de l'ALSH de Banassac-La Canourgue aux besoins des parents",
        axis: 1,
        themes: ["CHILDHOOD"],
        status: "DONE",
        pilot: epciName,
        partners: ["Association du Centre Nature OSCA"],
        start: "2024-01",
        end: "2024-12",
        generalObjective: "Étendre l'amplitude d'ouverture de l'accueil de loisirs pendant les vacances scolaires.",
        indicators: [
          {
            name: "Jours d'ouverture par an",
            unit: "jours",
            baseline: [45, 2023],
            target: [55, 2025],
            source: "Bilans d'activité OSCA",
            values: [[2024, 56]],
          },
        ],
        budget: [{ year: 2024, funder: ccssName, planned: 15000, actual: 14200 }],
        history: [
          { from: null, to: "NOT_STARTED", at: "2024-01-01", comment: "Création de la fiche" },
          { from: "NOT_STARTED", to: "IN_PROGRESS", at: "2024-03-01", comment: "Enquête auprès des familles lancée" },
          { from: "IN_PROGRESS", to: "DONE", at: "2024-09-10", comment: "Nouveaux horaires appliqués depuis l'été" },
        ],
      },
      {
        number: "2.1",
        title: "Créer un Espace Jeunes à La Canourgue",
        axis: 2,
        themes: ["YOUTH"],
        status: "IN_PROGRESS",
        pilot: communeName("Canourgue"),
        copilot: "Association du Centre Nature OSCA",
        partners: [departementName, msaName],
        start: "2024-06",
        end: "2025-06",
        priority: "HIGH",
        generalObjective:
          "Permettre l'ouverture aux autres en privilégiant une participation active et la mixité sociale, sans barrière financière.",
        targetPublic: "Jeunes de 11 à 17 ans",
        indicators: [
          {
            name: "Jeunes inscrits à l'Espace Jeunes",
            unit: "jeunes",
            baseline: [0, 2024],
            target: [60, 2026],
            source: "Centre Nature OSCA",
            values: [[2025, 22, "Ouverture partielle"]],
          },
        ],
        budget: [
          { year: 2025, funder: ccssName, planned: 30000, actual: 18000 },
          { year: 2025, funder: communeName("Canourgue"), planned: 25000, actual: 25000 },
        ],
      },
      {
        number: "2.2",
        title: "Soutenir les associations locales pour les activités enfance-jeunesse à Chanac",
        axis: 2,
        themes: ["CHILDHOOD", "YOUTH"],
        status: "NOT_STARTED",
        pilot: communeName("Chanac"),
        start: "2025-01",
        end: "2026-12",
        priority: "LOW",
        generalObjective: "Encourager les actions et activités intergénérationnelles portées par les associations.",
        budget: [{ year: 2026, funder: communeName("Chanac"), planned: 12000 }],
      },
      {
        number: "2.3",
        title: "Accompagner l'association Familles actives à Banassac Canilhac",
        axis: 2,
        themes: ["PARENTING", "SOCIAL_LIFE"],
        status: "BLOCKED",
        pilot: communeName("Banassac"),
        partners: ["Association Familles actives"],
        start: "2024-03",
        end: "2025-03",
        generalObjective: "Structurer l'offre de soutien à la parentalité portée par l'association.",
      },
      {
        number: "3.1",
        title: "Faire connaître la Maison France Services de La Canourgue",
        axis: 3,
        themes: ["ACCESS_TO_RIGHTS", "DIGITAL_INCLUSION"],
        status: "IN_PROGRESS",
        pilot: communeName("Canourgue"),
        partners: [ccssName, msaName],
        start: "2024-01",
        end: "2028-12",
        generalObjective: "Accompagner les habitants dans leurs démarches administratives et numériques.",
        indicators: [
          {
            name: "Demandes traitées par an",
            unit: "demandes",
            baseline: [2100, 2023],
            target: [3000, 2028],
            source: "Bilan France Services",
            values: [
              [2024, 2450],
              [2025, 2610],
            ],
          },
        ],
      },
    ],
  });

  // Annexe 5: structures supported in 2022 (524 518 EUR in all, deliberation D23.080).
  const commune = async (name: string) =>
    (await db.commune.findFirst({ where: { territoryId: aubrac.id, name: { contains: name } } }))?.id;
  const aubracFacilities: {
    name: string;
    type: "EAJE" | "ALSH" | "RPE" | "FRANCE_SERVICES" | "OTHER";
    commune: string;
    manager: string;
    capacity?: number;
    amount2022: number;
  }[] = [
    {
      name: "Crèche du service commun de La Canourgue",
      type: "EAJE",
      commune: "Canourgue",
      manager: "Objectif Formation Animation (OAF)",
      capacity: 24,
      amount2022: 198_400,
    },
    {
      name: "ALSH de Banassac-La Canourgue",
      type: "ALSH",
      commune: "Banassac",
      manager: "Centre Nature OSCA",
      capacity: 60,
      amount2022: 121_300,
    },
    {
      name: "Crèche de Chanac",
      type: "EAJE",
      commune: "Chanac",
      manager: "CCAS de Chanac",
      capacity: 18,
      amount2022: 142_118,
    },
    {
      name: "ALSH de Chanac",
      type: "ALSH",
      commune: "Chanac",
      manager: "Chanac Accueil Loisirs et Nature (CHALEN)",
      capacity: 40,
      amount2022: 48_500,
    },
    {
      name: "Relais petite enfance Aubrac Lot Causses Tarn",
      type: "RPE",
      commune: "Canourgue",
      manager: "Communauté de communes",
      amount2022: 14_200,
    },
  ];
  for (const f of aubracFacilities) {
    await db.facility.create({
      data: {
        territoryId: aubrac.id,
        conventionId: aubracCtg.id,
        name: f.name,
        type: f.type,
        communeId: await commune(f.commune),
        managerName: f.manager,
        capacity: f.capacity,
        fundings: { create: [{ year: 2022, kind: "BONUS_TERRITOIRE", amount: f.amount2022 }] },
      },
    });
  }
  await db.fundingRate.createMany({
    data: [
      { caisseId: ccss.id, facilityType: "EAJE", ratePerPlace: 1000, validFrom: d("2024-01-01") },
      { caisseId: ccss.id, facilityType: "EAJE", ratePerPlace: 1100, validFrom: d("2026-01-01") },
      { caisseId: ccss.id, facilityType: "ALSH", ratePerPlace: 300, validFrom: d("2024-01-01") },
    ],
  });

  const aubracCopil = await db.meeting.create({
    data: {
      territoryId: aubrac.id,
      conventionId: aubracCtg.id,
      kind: "COPIL",
      startsAt: new Date("2025-06-12T14:00:00+02:00"),
      place: "Mairie de La Canourgue",
      status: "HELD",
      minutes: "<p>Bilan de la première année de la convention : 6 fiches suivies, dont une réalisée.</p>",
      agendaItems: {
        create: [
          { position: 1, title: "Bilan 2024 du plan d'actions" },
          { position: 2, title: "Projet d'Espace Jeunes" },
        ],
      },
      attendees: {
        create: [
          {
            organisationId: lozOrg(ccssName),
            name: "Philippe ROCHOUX",
            title: "Président de la CCSS",
            attendance: "PRESENT",
          },
          {
            organisationId: lozOrg(epciName),
            name: "Jean-Claude SALEIL",
            title: "Président de la communauté de communes",
            attendance: "PRESENT",
          },
          {
            organisationId: lozOrg(departementName),
            name: "Sophie PANTEL",
            title: "Présidente du Département",
            attendance: "REPRESENTED",
            representedBy: "Un conseiller départemental",
          },
          {
            organisationId: lozOrg(msaName),
            name: "Marie-Agnès GARCIA",
            title: "Directrice générale de la MSA",
            attendance: "EXCUSED",
          },
        ],
      },
    },
  });
  await db.decision.create({
    data: {
      territoryId: aubrac.id,
      meetingId: aubracCopil.id,
      text: "Présenter le budget de fonctionnement de l'Espace Jeunes au prochain comité",
      ownerName: "Centre Nature OSCA",
      ownerOrganisationId: lozOrg("Association du Centre Nature OSCA"),
      dueDate: d("2026-12-15"),
      status: "OPEN",
    },
  });
  // The fiches reviewed at that copil, with their status then (1.2 has been marked done since).
  const aubracFiche = async (number: string) =>
    (await db.ficheAction.findFirstOrThrow({ where: { conventionId: aubracCtg.id, number }, select: { id: true } })).id;
  await db.meetingFicheReview.createMany({
    data: [
      {
        meetingId: aubracCopil.id,
        ficheId: await aubracFiche("1.1"),
        statusSnapshot: "IN_PROGRESS",
        comment: "Le service commun fonctionne ; pérennisation du financement à confirmer.",
      },
      {
        meetingId: aubracCopil.id,
        ficheId: await aubracFiche("1.2"),
        statusSnapshot: "IN_PROGRESS",
        comment: "Ouverture prévue à la rentrée.",
      },
      {
        meetingId: aubracCopil.id,
        ficheId: await aubracFiche("2.3"),
        statusSnapshot: "BLOCKED",
        comment: "Recherche d'un local en cours.",
      },
    ],
  });
  const espaceJeunesDecision = await db.decision.findFirstOrThrow({
    where: { meetingId: aubracCopil.id },
    select: { id: true },
  });
  // A technical committee that followed the decision up (still in progress) and took a new one.
  const aubracCotech = await db.meeting.create({
    data: {
      territoryId: aubrac.id,
      conventionId: aubracCtg.id,
      kind: "COTECH",
      startsAt: new Date("2026-03-17T09:30:00+01:00"),
      place: "Siège de la communauté de communes, La Canourgue",
      status: "HELD",
      minutes: "<p>Point technique sur l'Espace Jeunes et sur la coordination petite enfance.</p>",
      agendaItems: {
        create: [
          { position: 1, title: "Suivi des décisions du comité de pilotage" },
          { position: 2, title: "Préparation du bilan 2025" },
        ],
      },
      attendees: {
        create: [
          {
            organisationId: lozOrg(ccssName),
            name: "Chargée de coopération territoriale",
            title: "CCSS de la Lozère",
            attendance: "PRESENT",
          },
          {
            organisationId: lozOrg(epciName),
            name: "Coordinatrice enfance-jeunesse",
            title: "Communauté de communes",
            attendance: "PRESENT",
          },
          {
            organisationId: lozOrg("Association du Centre Nature OSCA"),
            name: "Directeur du Centre Nature OSCA",
            isAdviser: true,
            attendance: "EXCUSED",
          },
        ],
      },
    },
  });
  await db.decisionFollowUp.create({
    data: {
      decisionId: espaceJeunesDecision.id,
      meetingId: aubracCotech.id,
      statusAfter: "IN_PROGRESS",
      comment: "Budget prévisionnel en cours de finalisation.",
    },
  });
  await db.decision.update({
    where: { id: espaceJeunesDecision.id },
    data: { status: "IN_PROGRESS", version: { increment: 1 } },
  });
  await db.decision.create({
    data: {
      territoryId: aubrac.id,
      meetingId: aubracCotech.id,
      text: "Transmettre aux partenaires le bilan 2025 des indicateurs",
      ownerName: "Coordinatrice enfance-jeunesse",
      ownerOrganisationId: lozOrg(epciName),
      dueDate: d("2026-05-31"),
    },
  });
  await db.meeting.create({
    data: {
      territoryId: aubrac.id,
      conventionId: aubracCtg.id,
      kind: "COPIL",
      startsAt: new Date("2027-06-10T14:00:00+02:00"),
      place: "Siège de la communauté de communes, La Canourgue",
      status: "PLANNED",
      agendaItems: { create: [{ position: 1, title: "Évaluation à mi-parcours" }] },
    },
  });

  // The shared diagnostic (annexe 3 of seed 002): the caisse's findings on petite enfance and familles, and the
  // Département's contribution (its author, the demo copil member, is linked once the users exist, below).
  await db.diagnosticFinding.createMany({
    data: [
      {
        territoryId: aubrac.id,
        theme: "PETITE_ENFANCE",
        body:
          "<p>Le taux de couverture global de l'accueil du jeune enfant s'établit à 48 places pour 100 enfants de moins " +
          "de 3 ans en 2022 : il reste en deçà de celui du département, et l'offre collective est concentrée sur deux " +
          "pôles.</p><ul><li>la crèche du service commun de La Canourgue (24 places, gérée par l'association Objectif " +
          "Formation Animation) pour les 10 communes du bassin de vie ;</li><li>la crèche de Chanac (18 places, CCAS) " +
          "et la maison d'assistantes maternelles installée dans des locaux de la commune ;</li><li>le relais petite " +
          "enfance intercommunal, qui accompagne les assistants maternels et informe les familles.</li></ul><p>L'accueil " +
          "individuel reste le premier mode d'accueil, mais les départs en retraite d'assistants maternels ne sont pas " +
          "tous remplacés, en particulier sur l'Aubrac. <strong>Priorité :</strong> pérenniser l'accueil du service " +
          "commun (fiche 1.1) et soutenir l'installation de nouveaux professionnels.</p>",
      },
      {
        territoryId: aubrac.id,
        theme: "FAMILLES",
        body:
          "<p>Le territoire accueille de nouvelles familles, souvent jeunes, installées en milieu rural, alors que les " +
          "services tendent à se réduire ou à s'éloigner et que l'isolement progresse.</p><ul><li>les familles " +
          "monoparentales, repérées par l'allocation de soutien familial, sont les plus exposées à l'éloignement des " +
          "services ;</li><li>les parents demandent des horaires d'accueil compatibles avec des trajets domicile-travail " +
          "longs (fiche 1.2) ;</li><li>le soutien à la parentalité repose sur l'association Familles actives à Banassac " +
          "Canilhac (fiche 2.3).</li></ul><p>En 2022, 524 518 € d'aides ont soutenu les structures et associations du " +
          "territoire au service des familles.</p>",
      },
    ],
  });
  await db.diagnosticContribution.create({
    data: {
      territoryId: aubrac.id,
      theme: "FAMILLES",
      organisationName: "Département de la Lozère",
      createdAt: new Date("2026-10-06T09:00:00+02:00"),
      body:
        "<p>Les puéricultrices de la PMI constatent, lors des consultations de nourrissons à La Canourgue et à Chanac, " +
        "des familles arrivées récemment sans solution d'accueil ni réseau familial proche.</p><p>Le Département " +
        "propose d'associer ses travailleurs sociaux au relais petite enfance pour orienter ces familles dès la " +
        "naissance.</p>",
    },
  });

  // Cœur de Lozère: third CTG, signed on 9 February 2026, 1.25 M EUR a year (seed 000).
  const coeur = await db.territory.create({
    data: {
      caisseId: ccss.id,
      slug: "coeur-de-lozere",
      name: "Cœur de Lozère",
      siren: "244800405",
      epciOrganisationId: lozOrg("Communauté de communes Cœur de Lozère"),
      communes: {
        create: [
          "Mende",
          "Badaroux",
          "Balsièges",
          "Barjac",
          "Brenoux",
          "Chastel-Nouvel",
          "Lanuéjols",
          "Pelouse",
          "Saint-Bauzile",
          "Saint-Étienne-du-Valdonnez",
        ].map((name) => ({ name })),
      },
    },
  });
  const coeur2 = await db.convention.create({
    data: {
      territoryId: coeur.id,
      title: "Convention territoriale globale",
      edition: 2,
      startDate: d("2020-01-01"),
      endDate: d("2025-12-31"),
      status: "EXPIRED",
      annualFunding: 1_000_000,
    },
  });
  const coeurCtg = await db.convention.create({
    data: {
      territoryId: coeur.id,
      title: "Convention territoriale globale",
      edition: 3,
      startDate: d("2026-01-01"),
      endDate: d("2030-12-31"),
      place: "Mende",
      copies: 5,
      status: "SIGNED",
      signatureDate: d("2026-02-09"),
      signedAt: new Date("2026-02-09T11:00:00+01:00"),
      annualFunding: 1_250_000,
      previousEditionId: coeur2.id,
      signatories: {
        create: [
          {
            organisationId: lozOrg(ccssName),
            position: 1,
            bodyLabel: "La CCSS de la Lozère",
            representativeName: "Philippe ROCHOUX",
            representativeTitle: "Le Président",
            designation: "la CCSS",
            mustDeliberate: false,
            signedAt: d("2026-02-09"),
            signerName: "Philippe ROCHOUX",
          },
          {
            organisationId: lozOrg("Communauté de communes Cœur de Lozère"),
            position: 2,
            bodyLabel: "La Communauté de communes Cœur de Lozère",
            representativeName: "Laurent SUAU",
            representativeTitle: "Le Président",
            designation: "la communauté de communes",
            signedAt: d("2026-02-09"),
            signerName: "Laurent SUAU",
          },
          {
            organisationId: lozOrg("Commune de Mende"),
            position: 3,
            bodyLabel: "La Commune de Mende",
            representativeName: "Régine BOURGADE",
            representativeTitle: "La Maire",
            designation: "la Ville de Mende",
            signedAt: d("2026-02-09"),
            signerName: "Régine BOURGADE",
          },
        ],
      },
    },
  });
  await createPlan(db, {
    territoryId: coeur.id,
    conventionId: coeurCtg.id,
    org: lozOrg,
    axes: ["Accompagner les familles de la naissance à la fin de vie", "Coordonner les acteurs du territoire"],
    fiches: [
      {
        number: "1",
        title: "Développer l'offre d'accueil petite enfance à Mende",
        axis: 1,
        themes: ["EARLY_CHILDHOOD"],
        status: "IN_PROGRESS",
        pilot: "Centre intercommunal d'action sociale Cœur de Lozère",
        start: "2026-01",
        end: "2028-12",
        generalObjective: "Créer de nouvelles places d'accueil du jeune enfant.",
        budget: [{ year: 2026, funder: ccssName, planned: 1_250_000 }],
      },
      {
        number: "2",
        title: "Animer un réseau parentalité avec l'Udaf",
        axis: 2,
        themes: ["PARENTING"],
        status: "NOT_STARTED",
        pilot: "Union départementale des associations familiales de la Lozère",
        start: "2026-03",
        end: "2026-09",
        generalObjective: "Mettre en réseau les actions de soutien à la parentalité.",
      },
    ],
  });

  // ───────────── CAF des Hautes-Pyrénées ─────────────
  const caf65 = await db.caisse.create({
    data: {
      kind: "CAF",
      name: "Caisse d'allocations familiales des Hautes-Pyrénées",
      shortName: "CAF des Hautes-Pyrénées",
      departement: "65",
    },
  });
  const org65 = await createOrganisations(db, caf65.id, [
    {
      name: "Caisse d'allocations familiales des Hautes-Pyrénées",
      shortName: "CAF des Hautes-Pyrénées",
      kind: "CAISSE",
    },
    { name: "Communauté d'agglomération Tarbes-Lourdes-Pyrénées", shortName: "CA TLP", kind: "EPCI" },
    { name: "Département des Hautes-Pyrénées", shortName: "Département", kind: "DEPARTEMENT" },
    { name: "Ville de Lourdes", shortName: "Lourdes", kind: "COMMUNE" },
    {
      name: "Syndicat intercommunal pour la petite enfance et la jeunesse (SIMAJE)",
      shortName: "SIMAJE",
      kind: "SYNDICAT",
    },
    { name: "CCAS de Lourdes", shortName: "CCAS de Lourdes", kind: "CCAS" },
    { name: "Commune de Jarret", shortName: "Jarret", kind: "COMMUNE" },
    { name: "CPAM des Hautes-Pyrénées", shortName: "CPAM", kind: "CPAM" },
    { name: "MSA Midi-Pyrénées Sud", shortName: "MSA MPS", kind: "MSA" },
  ]);
  const tlp = await db.territory.create({
    data: {
      caisseId: caf65.id,
      slug: "tarbes-lourdes-pyrenees-sud",
      name: "Tarbes Lourdes Pyrénées Sud",
      siren: "200069300",
      epciOrganisationId: org65("Communauté d'agglomération Tarbes-Lourdes-Pyrénées"),
      communes: { create: [{ name: "Lourdes" }, { name: "Jarret" }] },
    },
  });
  const tlpCtg = await db.convention.create({
    data: {
      territoryId: tlp.id,
      title: "Convention territoriale globale Tarbes Lourdes Pyrénées Sud",
      startDate: d("2023-01-01"),
      endDate: d("2026-12-31"),
      place: "Lourdes",
      status: "SIGNED",
      signatureDate: d("2023-05-30"),
      signedAt: new Date("2023-05-30T18:30:00+02:00"),
      signatories: {
        create: [
          {
            organisationId: org65("Caisse d'allocations familiales des Hautes-Pyrénées"),
            position: 1,
            bodyLabel: "La CAF des Hautes-Pyrénées",
            representativeName: "Christian GÉLIS",
            representativeTitle: "Le Président du conseil d'administration",
            designation: "la CAF",
            mustDeliberate: false,
            signedAt: d("2023-05-30"),
            signerName: "Christian GÉLIS",
          },
          {
            organisationId: org65("Caisse d'allocations familiales des Hautes-Pyrénées"),
            position: 2,
            bodyLabel: "La CAF des Hautes-Pyrénées",
            representativeName: "Bertrand PERRIOT-BOCQUEL",
            representativeTitle: "Le Directeur",
            designation: "la CAF",
            mustDeliberate: false,
            signedAt: d("2023-05-30"),
            signerName: "Bertrand PERRIOT-BOCQUEL",
          },
          {
            organisationId: org65("Département des Hautes-Pyrénées"),
            position: 3,
            bodyLabel: "Le Département des Hautes-Pyrénées",
            representativeName: "Michel PÉLIEU",
            representativeTitle: "Le Président du Conseil départemental",
            designation: "le Département",
            signedAt: d("2023-05-30"),
            signerName: "Marc BEGORRE, conseiller départemental, pour le Président",
          },
          {
            organisationId: org65("Ville de Lourdes"),
            position: 4,
            bodyLabel: "La Ville de Lourdes",
            representativeName: "Thierry LAVIT",
            representativeTitle: "Le Maire",
            designation: "la ville de Lourdes",
            signedAt: d("2023-05-30"),
            signerName: "Thierry LAVIT",
          },
          {
            organisationId: org65("Syndicat intercommunal pour la petite enfance et la jeunesse (SIMAJE)"),
            position: 5,
            bodyLabel: "Le SIMAJE",
            representativeName: "Thierry LAVIT",
            representativeTitle: "Le Président",
            designation: "le SIMAJE",
            signedAt: d("2023-05-30"),
            signerName: "Thierry LAVIT",
          },
          {
            organisationId: org65("CCAS de Lourdes"),
            position: 6,
            bodyLabel: "Le CCAS de Lourdes",
            representativeName: "Thierry LAVIT",
            representativeTitle: "Le Président",
            designation: "le CCAS",
            signedAt: d("2023-05-30"),
            signerName: "Thierry LAVIT",
          },
          {
            organisationId: org65("Commune de Jarret"),
            position: 7,
            bodyLabel: "La Commune de Jarret",
            representativeName: "Ange MUR",
            representativeTitle: "Le Maire",
            designation: "la commune de Jarret",
            signedAt: d("2023-05-30"),
            signerName: "Ange MUR",
          },
          {
            organisationId: org65("CPAM des Hautes-Pyrénées"),
            position: 8,
            bodyLabel: "La CPAM des Hautes-Pyrénées",
            representativeName: "Pierre-Jean DALLEAU",
            representativeTitle: "Le Directeur",
            designation: "la CPAM",
            mustDeliberate: false,
            signedAt: d("2023-05-30"),
            signerName: "Jacques BABY, directeur adjoint, pour le Directeur",
          },
          {
            organisationId: org65("MSA Midi-Pyrénées Sud"),
            position: 9,
            bodyLabel: "La MSA Midi-Pyrénées Sud",
            representativeName: "Laurence D'ALDÉGUIER",
            representativeTitle: "La Présidente",
            designation: "la MSA",
            mustDeliberate: false,
            signedAt: d("2023-05-30"),
            signerName: "Gaby LAQUET, administrateur, pour la Présidente",
          },
        ],
      },
    },
  });
  await createPlan(db, {
    territoryId: tlp.id,
    conventionId: tlpCtg.id,
    org: org65,
    axes: ["Petite enfance, enfance et jeunesse", "Accès aux droits et inclusion numérique"],
    fiches: [
      {
        number: "1.1",
        title: "Coordonner l'offre petite enfance du SIMAJE",
        axis: 1,
        themes: ["EARLY_CHILDHOOD"],
        status: "IN_PROGRESS",
        pilot: "Syndicat intercommunal pour la petite enfance et la jeunesse (SIMAJE)",
        start: "2023-06",
        end: "2026-06",
        generalObjective: "Harmoniser l'accueil du jeune enfant entre Lourdes et Jarret.",
      },
      {
        number: "2.1",
        title: "Accompagner les démarches en ligne au CCAS de Lourdes",
        axis: 2,
        themes: ["ACCESS_TO_RIGHTS", "DIGITAL_INCLUSION"],
        status: "POSTPONED",
        pilot: "CCAS de Lourdes",
        start: "2024-01",
        end: "2025-06",
        generalObjective: "Réduire le non-recours aux droits.",
      },
    ],
  });
  await db.meeting.create({
    data: {
      territoryId: tlp.id,
      conventionId: tlpCtg.id,
      kind: "COTECH",
      startsAt: new Date("2025-11-18T09:30:00+01:00"),
      place: "Maison départementale de solidarité de Lourdes",
      status: "HELD",
      attendees: {
        create: [
          {
            organisationId: org65("Caisse d'allocations familiales des Hautes-Pyrénées"),
            name: "Chargée de coopération",
            attendance: "PRESENT",
          },
        ],
      },
    },
  });

  // ───────────── CAF des Vosges ─────────────
  const caf88 = await db.caisse.create({
    data: {
      kind: "CAF",
      name: "Caisse d'allocations familiales des Vosges",
      shortName: "CAF des Vosges",
      departement: "88",
    },
  });
  const org88 = await createOrganisations(db, caf88.id, [
    { name: "Caisse d'allocations familiales des Vosges", shortName: "CAF des Vosges", kind: "CAISSE" },
    { name: "Communauté de communes de la Porte des Vosges Méridionales", shortName: "CCPVM", kind: "EPCI" },
    { name: "Conseil départemental des Vosges", shortName: "Département", kind: "DEPARTEMENT" },
    { name: "Mutualité sociale agricole de Lorraine", shortName: "MSA Lorraine", kind: "MSA" },
  ]);
  const pvm = await db.territory.create({
    data: {
      caisseId: caf88.id,
      slug: "porte-des-vosges-meridionales",
      name: "Porte des Vosges Méridionales",
      siren: "200068377",
      epciOrganisationId: org88("Communauté de communes de la Porte des Vosges Méridionales"),
      communes: { create: [{ name: "Saint-Étienne-lès-Remiremont" }, { name: "Remiremont" }] },
    },
  });
  const pvm1 = await db.convention.create({
    data: {
      territoryId: pvm.id,
      title: "Convention territoriale globale",
      edition: 1,
      startDate: d("2019-01-01"),
      endDate: d("2022-12-31"),
      status: "EXPIRED",
    },
  });
  const pvmCtg = await db.convention.create({
    data: {
      territoryId: pvm.id,
      title: "Convention territoriale globale",
      edition: 2,
      startDate: d("2023-01-01"),
      endDate: d("2027-12-31"),
      place: "Saint-Étienne-lès-Remiremont",
      status: "SIGNED",
      signedAt: new Date("2023-06-13T10:00:00+02:00"),
      previousEditionId: pvm1.id,
    },
  });
  await createPlan(db, {
    territoryId: pvm.id,
    conventionId: pvmCtg.id,
    org: org88,
    axes: [
      "Améliorer la connaissance et renforcer la lisibilité des offres disponibles sur le territoire",
      "Favoriser une répartition équilibrée des offres de service sur le territoire",
      "Développer et soutenir une offre de qualité aux familles",
      "Impulser une dynamique de mobilisation et d'expression des habitants",
    ],
    fiches: [
      {
        number: "1.1",
        title: "Créer un guide des services aux familles de la CCPVM",
        axis: 1,
        themes: ["ACCESS_TO_RIGHTS"],
        status: "DONE",
        pilot: "Communauté de communes de la Porte des Vosges Méridionales",
        start: "2023-09",
        end: "2024-06",
        generalObjective: "Rendre lisible l'offre existante pour les familles.",
      },
      {
        number: "2.1",
        title: "Étudier l'implantation d'un accueil de loisirs intercommunal",
        axis: 2,
        themes: ["CHILDHOOD"],
        status: "IN_PROGRESS",
        pilot: "Communauté de communes de la Porte des Vosges Méridionales",
        copilot: "Caisse d'allocations familiales des Vosges",
        start: "2024-01",
        end: "2025-12",
        generalObjective: "Équilibrer l'offre d'accueil entre les dix communes.",
      },
      {
        number: "3.1",
        title: "Former les assistantes maternelles du territoire",
        axis: 3,
        themes: ["EARLY_CHILDHOOD"],
        status: "IN_PROGRESS",
        pilot: "Conseil départemental des Vosges",
        start: "2024-01",
        end: "2027-12",
        generalObjective: "Développer une offre d'accueil de qualité.",
      },
      {
        number: "4.1",
        title: "Organiser des cafés des parents",
        axis: 4,
        themes: ["PARENTING", "SOCIAL_LIFE"],
        status: "NOT_STARTED",
        pilot: "Mutualité sociale agricole de Lorraine",
        start: "2025-01",
        end: "2025-06",
        generalObjective: "Favoriser l'expression des habitants sur leurs besoins.",
      },
    ],
  });
  const pvmCopil = await db.meeting.create({
    data: {
      territoryId: pvm.id,
      conventionId: pvmCtg.id,
      kind: "COPIL",
      startsAt: new Date("2025-12-09T10:00:00+01:00"),
      place: "Mairie de Saint-Étienne-lès-Remiremont",
      status: "HELD",
      minutes: "<p>Point d'étape du plan d'actions 2023-2027.</p>",
    },
  });
  await db.decision.create({
    data: {
      territoryId: pvm.id,
      meetingId: pvmCopil.id,
      text: "Lancer les cafés des parents au printemps",
      ownerOrganisationId: org88("Mutualité sociale agricole de Lorraine"),
      dueDate: d("2026-04-30"),
    },
  });

  // ───────────── Users, one per role ─────────────
  const caisses: Record<string, string> = { CCSS48: ccss.id, CAF65: caf65.id, CAF88: caf88.id };
  const orgLookups: Record<string, (name: string) => string> = { CCSS48: lozOrg, CAF65: org65, CAF88: org88 };
  const territories: Record<string, string> = {
    [aubrac.slug]: aubrac.id,
    [coeur.slug]: coeur.id,
    [tlp.slug]: tlp.id,
    [pvm.slug]: pvm.id,
  };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.create({ data: { ...demoOperator, passwordHash, isPlatformOperator: true } });
  for (const u of demoUsers) {
    await db.user.create({
      data: {
        email: u.email,
        name: u.name,
        passwordHash,
        memberships: {
          create: {
            role: u.role,
            caisseId: caisses[u.caisse],
            territoryId: u.territory ? territories[u.territory] : null,
            organisationId: u.organisation ? orgLookups[u.caisse](u.organisation) : null,
          },
        },
      },
    });
  }
  // The authors of the diagnostic's findings and contribution written above.
  const author = async (email: string) =>
    (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  await db.diagnosticFinding.updateMany({
    where: { territoryId: aubrac.id },
    data: { updatedById: await author("cooperation@ccss-lozere.demo.fr") },
  });
  await db.diagnosticContribution.updateMany({
    where: { territoryId: aubrac.id, organisationName: "Département de la Lozère" },
    data: { authorId: await author("copil@lozere-departement.demo.fr") },
  });
}
