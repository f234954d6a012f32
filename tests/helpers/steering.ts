// The steering fixture shared by tests/integration/steering.test.ts and dashboard.test.ts: a territory with a signed
// convention, two signatories, and a way to schedule its meetings.
import type { Actor } from "../../lib/auth/actor";
import { requireTerritory } from "../../lib/auth/scope";
import type { Db } from "../../lib/db/client";
import { createMeeting } from "../../lib/meetings/create-meeting";
import * as s from "../../lib/meetings/schemas";
import { extractPageTexts } from "../../lib/pdf/extract-text";
import { createOrganisation, createTenants } from "./factories";

export const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** PDF text read back as one line: line breaks, hyphenation at line ends and non-breaking spaces flattened. */
export const readBack = async (pdf: Uint8Array) =>
  (await extractPageTexts(pdf)).join("\n").replace(/-\n/g, "").replace(/\s+/g, " ");

export async function setupSteering(db: Db) {
  const tenants = await createTenants(db);
  const { territoryA, caisseA } = tenants;
  const convention = await db.convention.create({
    data: {
      territoryId: territoryA.id,
      title: "Convention territoriale globale",
      edition: 2,
      startDate: d("2024-01-01"),
      endDate: d("2028-12-31"),
      status: "SIGNED",
      annualFunding: 1_250_000,
    },
  });
  const epci = await createOrganisation(db, caisseA.id, "Communauté de communes");
  const dept = await createOrganisation(db, caisseA.id, "Département");
  await db.signatory.createMany({
    data: [
      {
        conventionId: convention.id,
        organisationId: epci.id,
        position: 1,
        bodyLabel: "La communauté de communes",
        representativeName: "Jean-Claude SALEIL",
        representativeTitle: "Président",
        designation: "l'EPCI",
      },
      {
        conventionId: convention.id,
        organisationId: dept.id,
        position: 2,
        bodyLabel: "Le Département",
        representativeName: "Sophie PANTEL",
        representativeTitle: "Présidente",
        designation: "le Département",
      },
    ],
  });
  const officer = tenants.actors.COOPERATION_OFFICER;
  const meeting = async (date: string, time = "14:00", actor: Actor = officer) =>
    (
      await createMeeting(
        db,
        actor,
        s.createMeetingSchema.parse({
          territoryId: territoryA.id,
          kind: "COPIL",
          date,
          time,
          place: "Mairie de La Canourgue",
          agenda: "Bilan 2024\nProjet d'Espace Jeunes",
        }),
      )
    ).meetingId;
  return { ...tenants, convention, epci, dept, officer, meeting };
}

export const scopeOf = (db: Db, actor: Actor, territoryId: string) =>
  requireTerritory(db, actor, { id: territoryId }, "territory.read");
