import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoOperator, demoUsers, seedDemoData } from "../../prisma/seed";
import { authenticate } from "../../lib/auth/authenticate";
import { requireTestDatabase } from "../helpers/db";

const db = requireTestDatabase();

describe("demo data", () => {
  it("holds the seed documents' territories, convention and deliberation, and is not duplicated by a second run", async () => {
    await seedDemoData(process.env.DATABASE_URL!, { quiet: true });
    await seedDemoData(process.env.DATABASE_URL!, { quiet: true });
    expect(await db.caisse.count()).toBe(3);
    expect((await db.territory.findMany({ orderBy: { name: "asc" } })).map((t) => t.name)).toEqual([
      "Aubrac Lot Causses Tarn",
      "Cœur de Lozère",
      "Porte des Vosges Méridionales",
      "Tarbes Lourdes Pyrénées Sud",
    ]);

    const aubrac = await db.convention.findFirstOrThrow({
      where: { territory: { siren: "200069268" }, edition: 2 },
      include: {
        signatories: { orderBy: { position: "asc" }, include: { deliberations: true } },
        articles: { where: { kind: "ARTICLE" }, orderBy: { position: "asc" } },
        annexes: true,
      },
    });
    expect(aubrac).toMatchObject({ place: "La Canourgue", copies: 9 });
    expect(aubrac.startDate.toISOString().slice(0, 10)).toBe("2024-01-01");
    expect(aubrac.endDate.toISOString().slice(0, 10)).toBe("2028-12-31");
    expect(aubrac.articles).toHaveLength(19);
    expect(aubrac.articles[16].title).toMatch(/Durée de la convention/i);
    expect(aubrac.annexes).toHaveLength(11);
    expect(new Set(aubrac.signatories.map((s) => s.organisationId)).size).toBe(9);
    expect(aubrac.signatories.map((s) => s.representativeName)).toEqual(
      expect.arrayContaining([
        "Philippe ROCHOUX",
        "Nicolas PERRIN",
        "Jean-Claude SALEIL",
        "Florence FERNANDEZ",
        "Sophie PANTEL",
        "Alexandre FALCO",
      ]),
    );
    const deliberation = aubrac.signatories.flatMap((s) => s.deliberations)[0];
    expect(deliberation).toMatchObject({
      number: "D23.080",
      membersInOffice: 34,
      membersPresent: 24,
      membersVoting: 30,
      votesFor: 27,
      votesAgainst: 0,
      abstentions: 0,
      actesId: "048-200069268-20231012-D23_080-DE",
    });

    const coeur = await db.convention.findFirstOrThrow({
      where: { territory: { slug: "coeur-de-lozere" }, edition: 3 },
    });
    expect(coeur.annualFunding?.toString()).toBe("1250000");
    // The shared diagnostic of Aubrac: the caisse's findings on two themes, the Département's contribution.
    const aubracDiagnostic = { territory: { slug: "aubrac-lot-causses-tarn" } };
    expect(
      (
        await db.diagnosticFinding.findMany({
          where: aubracDiagnostic,
          orderBy: { theme: "asc" },
          select: { theme: true, updatedBy: { select: { email: true } } },
        })
      ).map((f) => [f.theme, f.updatedBy?.email]),
    ).toEqual([
      ["PETITE_ENFANCE", "cooperation@ccss-lozere.demo.fr"],
      ["FAMILLES", "cooperation@ccss-lozere.demo.fr"],
    ]);
    expect(
      await db.diagnosticContribution.findFirstOrThrow({
        where: aubracDiagnostic,
        select: { theme: true, organisationName: true, author: { select: { email: true } } },
      }),
    ).toEqual({
      theme: "FAMILLES",
      organisationName: "Département de la Lozère",
      author: { email: "copil@lozere-departement.demo.fr" },
    });
    expect(
      await db.axis.count({
        where: { convention: { territory: { slug: "porte-des-vosges-meridionales" }, edition: 2 } },
      }),
    ).toBe(4);
    const funding = await db.facilityFunding.aggregate({
      where: { year: 2022, facility: { territory: { slug: "aubrac-lot-causses-tarn" } } },
      _sum: { amount: true },
    });
    expect(funding._sum.amount?.toString()).toBe("524518");
    expect(await db.meeting.count({ where: { kind: "COPIL", status: "HELD" } })).toBeGreaterThanOrEqual(1);

    // The shared diagnostic's open data, imported for each caisse: its territories' EPCI, départements and France.
    const coverage = await db.diagnosticValue.findMany({
      where: { areaCode: "200069268", series: "txcouv", year: { in: [2022, 2023] } },
      orderBy: { year: "asc" },
    });
    expect(coverage.map((v) => Number(v.value))).toEqual([48, 52]);
    for (const siren of ["200069268", "244800405", "200069300", "200068377"]) {
      expect(await db.diagnosticValue.count({ where: { areaCode: siren, level: "EPCI" } }), siren).toBeGreaterThan(100);
    }
    expect(await db.diagnosticImport.count()).toBe(21);
    const linked = await db.indicator.findFirstOrThrow({
      where: { diagnosticSeries: "txcouv" },
      include: { values: { orderBy: { year: "asc" } } },
    });
    expect(Number(linked.baselineValue)).toBe(48);
    expect(linked.values.map((v) => [v.year, Number(v.value), v.fromDiagnostic])).toEqual([
      [2023, 52, true],
      [2024, 50, false],
      [2025, 52, false],
    ]);

    // Every demo login works, and there is one per role and at least one per caisse.
    for (const user of demoUsers) {
      expect((await authenticate(db, { email: user.email, password: DEMO_PASSWORD }, "127.0.0.1")).ok, user.email).toBe(
        true,
      );
    }
    expect(new Set(demoUsers.map((u) => u.role)).size).toBe(5);
    // The demo platform operator logs in with the same password and holds no role in any caisse.
    expect((await authenticate(db, { email: demoOperator.email, password: DEMO_PASSWORD }, "127.0.0.1")).ok).toBe(true);
    expect(
      await db.user.findUniqueOrThrow({
        where: { email: demoOperator.email },
        select: { isPlatformOperator: true, memberships: true },
      }),
    ).toEqual({ isPlatformOperator: true, memberships: [] });
    expect(new Set(demoUsers.map((u) => u.caisse)).size).toBe(3);
  });
});
