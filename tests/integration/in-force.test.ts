// One convention in force per territory, on the demo data: Cœur de Lozère has its 2026-2030 convention signed; a
// 2027-2031 edition can be drafted and validated, but its signature is refused while the periods overlap, and
// accepted once the 2026-2030 one is terminated before 2027. Meetings follow the convention in force on their day.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { changeConventionStatus } from "../../lib/conventions/change-status";
import { createConvention } from "../../lib/conventions/create-convention";
import { saveDeliberation } from "../../lib/conventions/deliberations";
import { conventionOn } from "../../lib/conventions/in-force";
import { createConventionSchema, recordSignatureSchema, saveDeliberationSchema } from "../../lib/conventions/schemas";
import { recordSignature } from "../../lib/conventions/sign-convention";
import { seedDemoData } from "../../prisma/seed";
import { completeModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { actorOf } from "../helpers/factories";

const db = requireTestDatabase();
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let officer: Actor;
let coeurId: string;

beforeAll(async () => {
  await seedDemoData(process.env.DATABASE_URL!, { quiet: true });
  const user = await db.user.findUniqueOrThrow({ where: { email: "cooperation@ccss-lozere.demo.fr" } });
  officer = await actorOf(db, user.id);
  coeurId = (await db.territory.findFirstOrThrow({ where: { slug: "coeur-de-lozere" } })).id;
}, 120_000);

const version = async (id: string) => (await db.convention.findUniqueOrThrow({ where: { id } })).version;

async function validatedDraft(startDate: string, endDate: string) {
  const { conventionId } = await createConvention(
    db,
    officer,
    createConventionSchema.parse({ territoryId: coeurId, mode: "model", title: "CTG (essai)", startDate, endDate }),
  );
  await completeModelConvention(db, conventionId);
  await changeConventionStatus(db, officer, {
    conventionId,
    version: await version(conventionId),
    to: "VALIDATED",
    terminatedAt: null,
  });
  return conventionId;
}

async function signEveryone(conventionId: string) {
  const signatories = await db.signatory.findMany({ where: { conventionId }, orderBy: { position: "asc" } });
  for (const signatory of signatories) {
    if (signatory.mustDeliberate)
      await saveDeliberation(
        db,
        officer,
        saveDeliberationSchema.parse({
          conventionId,
          version: await version(conventionId),
          signatoryId: signatory.id,
          assembly: "Conseil de communauté",
          sessionDate: "2026-10-12",
          number: "D26.101",
          membersInOffice: 30,
          membersPresent: 24,
          membersVoting: 26,
          votesFor: 26,
          votesAgainst: 0,
          abstentions: 0,
        }),
      );
    await recordSignature(
      db,
      officer,
      recordSignatureSchema.parse({
        conventionId,
        version: await version(conventionId),
        signatoryId: signatory.id,
        signedAt: "2026-11-20",
        signerName: signatory.representativeName,
      }),
    );
  }
}

describe("one convention in force per territory", () => {
  it("refuses a 2027-2031 edition over the signed 2026-2030 one, at validation and at signature", async () => {
    const signed = await db.convention.findFirstOrThrow({ where: { territoryId: coeurId, status: "SIGNED" } });
    expect([signed.startDate, signed.endDate]).toEqual([day("2026-01-01"), day("2030-12-31")]);
    const overlap =
      "La période chevauche celle de la convention signée n° 3 (du 1er janvier 2026 au 31 décembre 2030) : une seule convention est en vigueur à la fois.";
    await expect(validatedDraft("2027-01-01", "2031-12-31")).rejects.toThrow(
      `Validation impossible : la convention n'est pas prête. ${overlap}`,
    );

    // The 2026-2030 convention is terminated from 1 January 2027: a new edition may follow it.
    await changeConventionStatus(db, officer, {
      conventionId: signed.id,
      version: signed.version,
      to: "TERMINATED",
      terminatedAt: day("2027-01-01"),
    });
    const second = await validatedDraft("2027-01-01", "2031-12-31");
    const rival = await validatedDraft("2028-01-01", "2032-12-31");
    await signEveryone(second);
    expect((await db.convention.findUniqueOrThrow({ where: { id: second } })).status).toBe("SIGNED");
    // Sealed: the fields took their values for good (a later rename of the territory changes nothing).
    const articles = await db.article.findMany({ where: { conventionId: second } });
    expect(articles.filter((a) => a.body.includes("data-field"))).toEqual([]);
    expect(articles.find((a) => a.title === "Durée de la convention")!.body).toContain(
      "pour une durée de cinq ans, à compter du 1er janvier 2027 jusqu'au 31 décembre 2031 inclus.",
    );
    // The rival was validated before the second was signed: its signature is refused, and nothing is recorded.
    const edition = (await db.convention.findUniqueOrThrow({ where: { id: second } })).edition;
    await expect(signEveryone(rival)).rejects.toThrow(
      `Signature impossible : la convention n'est pas prête. La période chevauche celle de la convention signée n° ${edition} (du 1er janvier 2027 au 31 décembre 2031)`,
    );
    expect(await db.signatory.count({ where: { conventionId: rival, signedAt: { not: null } } })).toBe(0);
    expect((await db.convention.findUniqueOrThrow({ where: { id: rival } })).status).toBe("VALIDATED");

    // Meetings and dashboards follow the convention in force on the day concerned.
    const editions = await db.convention.findMany({ where: { territoryId: coeurId } });
    expect(conventionOn(editions, new Date("2026-06-15T10:00:00Z"))?.id).toBe(signed.id);
    expect(conventionOn(editions, new Date("2027-03-15T10:00:00Z"))?.id).toBe(second);
  });
});
