// Records in a territory for the cross-territory matrix: a convention with its article, signatory, annex and an
// avenant with one change.
import type { Db } from "../../lib/db/client";
import type { TargetIds } from "../matrix/operations";

export async function createTargets(
  db: Db,
  territory: { id: string; caisseId: string; version: number },
): Promise<TargetIds> {
  const organisation = await db.organisation.create({
    data: { caisseId: territory.caisseId, kind: "COMMUNE", name: `Commune cible ${territory.id}` },
  });
  const convention = await db.convention.create({
    data: {
      territoryId: territory.id,
      title: "Convention cible",
      startDate: new Date("2024-01-01T00:00:00Z"),
      endDate: new Date("2028-12-31T00:00:00Z"),
      articles: { create: { kind: "ARTICLE", position: 1, title: "Objet", body: "<p>Texte</p>" } },
      signatories: {
        create: {
          organisationId: organisation.id,
          position: 1,
          bodyLabel: "La Commune",
          representativeName: "Nom",
          representativeTitle: "Le Maire",
          designation: "la commune",
        },
      },
      annexes: { create: { code: "3", title: "Diagnostic", position: 1 } },
    },
    include: { articles: true, signatories: true, annexes: true },
  });
  const ficheRow = await db.ficheAction.create({
    data: {
      territoryId: territory.id,
      conventionId: convention.id,
      number: "1",
      title: "Fiche cible",
      themes: ["YOUTH"],
      pilotOrganisationId: organisation.id,
      indicators: { create: { position: 1, name: "Indicateur cible" } },
      budgetLines: { create: { year: 2025, funderOrganisationId: organisation.id, planned: 1000 } },
    },
    include: { indicators: true, budgetLines: true },
  });
  const facility = await db.facility.create({
    data: { territoryId: territory.id, name: "Crèche cible", type: "EAJE", capacity: 10 },
  });
  const meeting = await db.meeting.create({
    data: {
      territoryId: territory.id,
      conventionId: convention.id,
      kind: "COPIL",
      startsAt: new Date("2025-06-12T12:00:00Z"),
      place: "Mairie",
      status: "HELD",
      attendees: { create: { organisationId: organisation.id, name: "Membre cible" } },
      ficheReviews: { create: { ficheId: ficheRow.id, statusSnapshot: "NOT_STARTED" } },
    },
    include: { attendees: true, ficheReviews: true },
  });
  const decision = await db.decision.create({
    data: { territoryId: territory.id, meetingId: meeting.id, text: "Décision cible", ownerName: "Responsable" },
  });
  const later = await db.meeting.create({
    data: {
      territoryId: territory.id,
      kind: "COTECH",
      startsAt: new Date("2025-11-18T08:30:00Z"),
      place: "Mairie",
      status: "HELD",
    },
  });
  const avenant = await db.avenant.create({
    data: {
      conventionId: convention.id,
      number: 1,
      object: "Objet",
      changes: { create: { kind: "ADD", position: 1, title: "X", body: "" } },
    },
    include: { changes: true },
  });
  const member = await db.user.create({
    data: {
      email: `cible-${territory.id}@test.demo.fr`,
      name: "Personne cible",
      memberships: { create: { role: "EPCI_STAFF", caisseId: territory.caisseId, territoryId: territory.id } },
    },
    include: { memberships: true },
  });
  const contribution = await db.diagnosticContribution.create({
    data: { territoryId: territory.id, theme: "FAMILLES", body: "<p>Contribution cible</p>", authorId: member.id },
  });
  const invitation = await db.invitation.create({
    data: {
      tokenHash: `cible-${territory.id}`,
      email: `invitee-${territory.id}@test.demo.fr`,
      name: "Invitée cible",
      role: "EPCI_STAFF",
      caisseId: territory.caisseId,
      territoryId: territory.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return {
    membershipId: member.memberships[0].id,
    userId: member.id,
    invitationId: invitation.id,
    territoryId: territory.id,
    caisseId: territory.caisseId,
    territoryVersion: territory.version,
    conventionId: convention.id,
    conventionVersion: convention.version,
    articleId: convention.articles[0].id,
    articleVersion: convention.articles[0].version,
    signatoryId: convention.signatories[0].id,
    annexId: convention.annexes[0].id,
    organisationId: organisation.id,
    avenantId: avenant.id,
    avenantVersion: avenant.version,
    changeId: avenant.changes[0].id,
    ficheId: ficheRow.id,
    ficheVersion: ficheRow.version,
    indicatorId: ficheRow.indicators[0].id,
    budgetLineId: ficheRow.budgetLines[0].id,
    facilityId: facility.id,
    contributionId: contribution.id,
    meetingId: meeting.id,
    meetingVersion: meeting.version,
    attendeeId: meeting.attendees[0].id,
    reviewId: meeting.ficheReviews[0].id,
    decisionId: decision.id,
    decisionVersion: decision.version,
    laterMeetingId: later.id,
  };
}
