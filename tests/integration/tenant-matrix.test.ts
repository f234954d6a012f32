// Every operation, every role, against another territory of the same caisse and another caisse's territory:
// the answer is NOT_FOUND (indistinguishable from a missing id) and nothing is written.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Role } from "../../lib/db/generated/enums";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";
import { ABSENT_ID, operationMatrix, type TargetIds } from "../matrix/operations";
import { createTargets } from "../helpers/targets";

const db = requireTestDatabase();
const root = path.resolve(import.meta.dirname, "../..");

/** The exported server action named "<file>#<export>", called below exactly as Next.js calls it. */
async function loadAction(id: string) {
  const [file, name] = id.split("#");
  const action = (await import(path.join(root, file)))[name];
  if (typeof action !== "function") throw new Error(`${id} is not an exported action.`);
  return action as Parameters<typeof invoke>[0];
}
const ROLES: Role[] = ["CAISSE_ADMIN", "COOPERATION_OFFICER", "EPCI_STAFF", "PILOT_CONTRIBUTOR", "COPIL_MEMBER"];

async function snapshot() {
  const [
    territories,
    conventions,
    articles,
    signatories,
    annexes,
    avenants,
    changes,
    fichesNow,
    values,
    budget,
    notes,
    steps,
    facilityRows,
    rateCount,
    fundingCount,
    deliberations,
    audit,
  ] = await Promise.all([
    db.territory.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, version: true, siren: true, population: true },
    }),
    db.convention.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, status: true, version: true } }),
    db.article.findMany({
      orderBy: { id: "asc" },
      select: { id: true, title: true, body: true, position: true, version: true },
    }),
    db.signatory.findMany({
      orderBy: { id: "asc" },
      select: { id: true, bodyLabel: true, position: true, signedAt: true },
    }),
    db.annex.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, version: true } }),
    db.avenant.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true } }),
    db.avenantChange.count(),
    db.ficheAction.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, status: true, version: true } }),
    db.indicatorValue.count(),
    db.budgetLine.findMany({ orderBy: { id: "asc" }, select: { id: true, planned: true } }),
    db.ficheNote.count(),
    db.ficheStep.count(),
    db.facility.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.fundingRate.count(),
    db.facilityFunding.count(),
    db.deliberation.count(),
    db.auditEvent.count(),
  ]);
  const steering = {
    meetings: await db.meeting.findMany({
      orderBy: { id: "asc" },
      select: { id: true, kind: true, startsAt: true, place: true, status: true, minutes: true, version: true },
    }),
    attendees: await db.meetingAttendee.findMany({
      orderBy: { id: "asc" },
      select: { id: true, attendance: true, representedBy: true },
    }),
    agenda: await db.meetingAgendaItem.count(),
    reviews: await db.meetingFicheReview.findMany({
      orderBy: { id: "asc" },
      select: { id: true, statusSnapshot: true },
    }),
    decisions: await db.decision.findMany({
      orderBy: { id: "asc" },
      select: { id: true, text: true, status: true, version: true },
    }),
    followUps: await db.decisionFollowUp.count(),
  };
  const people = {
    users: await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, isActive: true } }),
    memberships: await db.membership.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, territoryId: true, organisationId: true, suspendedAt: true },
    }),
    invitations: await db.invitation.findMany({
      orderBy: { id: "asc" },
      select: { id: true, tokenHash: true, revokedAt: true, acceptedAt: true, sentCount: true },
    }),
    revokedSessions: await db.userSession.count({ where: { revokedAt: { not: null } } }),
    emails: await db.emailMessage.count(),
  };
  const places = {
    caisses: await db.caisse.count(),
    organisations: await db.organisation.findMany({
      orderBy: { id: "asc" },
      select: { id: true, kind: true, name: true, siren: true, territoryId: true, version: true },
    }),
    communes: await db.commune.count(),
  };
  const diagnostic = {
    findings: await db.diagnosticFinding.findMany({
      orderBy: { id: "asc" },
      select: { id: true, body: true, version: true },
    }),
    contributions: await db.diagnosticContribution.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
  };
  return {
    diagnostic,
    people,
    places,
    steering,
    territories,
    conventions,
    articles,
    signatories,
    annexes,
    avenants,
    changes,
    fichesNow,
    values,
    budget: JSON.stringify(budget),
    notes,
    steps,
    facilityRows,
    rateCount,
    fundingCount,
    deliberations,
    audit,
  };
}

const missing: TargetIds = {
  territoryId: ABSENT_ID,
  territoryVersion: 1,
  conventionId: ABSENT_ID,
  conventionVersion: 1,
  articleId: ABSENT_ID,
  articleVersion: 1,
  signatoryId: ABSENT_ID,
  annexId: ABSENT_ID,
  organisationId: ABSENT_ID,
  avenantId: ABSENT_ID,
  avenantVersion: 1,
  changeId: ABSENT_ID,
  ficheId: ABSENT_ID,
  ficheVersion: 1,
  indicatorId: ABSENT_ID,
  budgetLineId: ABSENT_ID,
  facilityId: ABSENT_ID,
  contributionId: ABSENT_ID,
  meetingId: ABSENT_ID,
  meetingVersion: 1,
  attendeeId: ABSENT_ID,
  reviewId: ABSENT_ID,
  decisionId: ABSENT_ID,
  decisionVersion: 1,
  laterMeetingId: ABSENT_ID,
  caisseId: ABSENT_ID,
  membershipId: ABSENT_ID,
  userId: ABSENT_ID,
  invitationId: ABSENT_ID,
};

// Actions on one's own account and actions of anonymous callers have no foreign target: tests/integration/people.test.ts.
describe.each(operationMatrix.filter((e) => e.scope !== "self" && e.scope !== "public"))("$action", (entry) => {
  it("answers NOT_FOUND to every role for foreign and missing territories, and writes nothing", async () => {
    const action = await loadAction(entry.action);
    const tenants = await createTenants(db);
    const targets: Record<string, TargetIds> = {
      "another caisse's territory": await createTargets(db, tenants.territoryB),
      "a missing territory": missing,
    };
    const sameCaisse = await createTargets(db, tenants.territoryA2);
    const before = await snapshot();
    for (const role of ROLES) {
      // Territory roles are held on territory A only: territory A2 of the same caisse is foreign to them (and for
      // caisse actions, caisse A itself is: a territory role gives no say over the caisse's people).
      if (!["CAISSE_ADMIN", "COOPERATION_OFFICER"].includes(role))
        targets["another territory of the same caisse"] = sameCaisse;
      else delete targets["another territory of the same caisse"];
      for (const [label, target] of Object.entries(targets)) {
        const result = await invoke(action, tenants.actors[role], entry.input(target));
        expect(result.code, `${role} on ${label}: ${JSON.stringify(result)}`).toBe("NOT_FOUND");
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
