// What the HTTP-level matrices share (tests/e2e/tenant-matrix.spec.ts and the fuzzer, lib/cli/fuzz.ts): the server
// actions of a production build, the request that calls one, and the records of a territory they aim at.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { ABSENT_ID, type TargetIds } from "../matrix/operations";

export type BuiltAction = {
  /** The id Next gives the action in this build (the `Next-Action` header). */
  id: string;
  /** "<file>#<export>", as tests/matrix/operations.ts names it. */
  action: string;
};

/** The server actions of the build in `<root>/.next` (those that some page uses). */
export function readServerActions(root = process.cwd()): BuiltAction[] {
  const manifest = JSON.parse(
    readFileSync(path.resolve(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, { filename, exportedName }]) => ({
    id,
    action: `${filename}#${exportedName}`,
  }));
}

/**
 * Headers of a server action call as React's client sends it: the body is the JSON of the argument list
 * (`JSON.stringify([input])`). `origin` is the site's own origin (proxy.ts refuses cross-site writes).
 */
export function actionHeaders(actionId: string, origin?: string): Record<string, string> {
  return {
    "Next-Action": actionId,
    "Content-Type": "text/plain;charset=UTF-8",
    Accept: "text/x-component",
    ...(origin ? { Origin: origin } : {}),
  };
}

/** The records of a territory that the matrix aims at: its newest convention and that convention's children. */
export async function targetsIn(client: pg.Client, slug: string): Promise<TargetIds> {
  const one = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows[0] ?? null;
  const territory = await one(`SELECT id, version, "caisseId" FROM "Territory" WHERE slug = $1`, [slug]);
  const convention = await one(
    `SELECT id, version FROM "Convention" WHERE "territoryId" = $1 ORDER BY edition DESC LIMIT 1`,
    [territory.id],
  );
  const article =
    convention &&
    (await one(`SELECT id, version FROM "Article" WHERE "conventionId" = $1 ORDER BY kind, position LIMIT 1`, [
      convention.id,
    ]));
  const signatory =
    convention &&
    (await one(`SELECT id FROM "Signatory" WHERE "conventionId" = $1 ORDER BY position LIMIT 1`, [convention.id]));
  const annex =
    convention &&
    (await one(`SELECT id FROM "Annex" WHERE "conventionId" = $1 ORDER BY position LIMIT 1`, [convention.id]));
  const avenant =
    convention &&
    (await one(`SELECT id, version FROM "Avenant" WHERE "conventionId" = $1 ORDER BY number LIMIT 1`, [convention.id]));
  const change = avenant && (await one(`SELECT id FROM "AvenantChange" WHERE "avenantId" = $1 LIMIT 1`, [avenant.id]));
  const organisation = await one(`SELECT id FROM "Organisation" WHERE "caisseId" = $1 ORDER BY name LIMIT 1`, [
    territory.caisseId,
  ]);
  const fiche = await one(`SELECT id, version FROM "FicheAction" WHERE "territoryId" = $1 ORDER BY number LIMIT 1`, [
    territory.id,
  ]);
  const indicator =
    fiche &&
    (await one(
      `SELECT i.id FROM "Indicator" i JOIN "FicheAction" f ON f.id = i."ficheId" WHERE f."territoryId" = $1 LIMIT 1`,
      [territory.id],
    ));
  const facility = await one(`SELECT id FROM "Facility" WHERE "territoryId" = $1 ORDER BY name LIMIT 1`, [
    territory.id,
  ]);
  const budgetLine =
    fiche &&
    (await one(
      `SELECT b.id FROM "BudgetLine" b JOIN "FicheAction" f ON f.id = b."ficheId" WHERE f."territoryId" = $1 LIMIT 1`,
      [territory.id],
    ));
  const contribution = await one(
    `SELECT id FROM "DiagnosticContribution" WHERE "territoryId" = $1 ORDER BY "createdAt" LIMIT 1`,
    [territory.id],
  );
  const meeting = await one(
    `SELECT id, version FROM "Meeting" WHERE "territoryId" = $1 AND status = 'HELD' ORDER BY "startsAt" LIMIT 1`,
    [territory.id],
  );
  const laterMeeting =
    meeting &&
    (await one(
      `SELECT id FROM "Meeting" WHERE "territoryId" = $1 AND "startsAt" > (SELECT "startsAt" FROM "Meeting" WHERE id = $2) ORDER BY "startsAt" LIMIT 1`,
      [territory.id, meeting.id],
    ));
  const attendee =
    meeting && (await one(`SELECT id FROM "MeetingAttendee" WHERE "meetingId" = $1 LIMIT 1`, [meeting.id]));
  const review =
    meeting && (await one(`SELECT id FROM "MeetingFicheReview" WHERE "meetingId" = $1 LIMIT 1`, [meeting.id]));
  const decision = await one(`SELECT id, version FROM "Decision" WHERE "territoryId" = $1 ORDER BY id LIMIT 1`, [
    territory.id,
  ]);
  const membership = await one(`SELECT id, "userId" FROM "Membership" WHERE "territoryId" = $1 ORDER BY id LIMIT 1`, [
    territory.id,
  ]);
  const invitation = await one(`SELECT id FROM "Invitation" WHERE "caisseId" = $1 ORDER BY id LIMIT 1`, [
    territory.caisseId,
  ]);
  return {
    caisseId: territory.caisseId,
    membershipId: membership?.id ?? ABSENT_ID,
    userId: membership?.userId ?? ABSENT_ID,
    invitationId: invitation?.id ?? ABSENT_ID,
    meetingId: meeting?.id ?? ABSENT_ID,
    meetingVersion: meeting?.version ?? 1,
    attendeeId: attendee?.id ?? ABSENT_ID,
    reviewId: review?.id ?? ABSENT_ID,
    decisionId: decision?.id ?? ABSENT_ID,
    decisionVersion: decision?.version ?? 1,
    laterMeetingId: laterMeeting?.id ?? ABSENT_ID,
    territoryId: territory.id,
    territoryVersion: territory.version,
    conventionId: convention?.id ?? ABSENT_ID,
    conventionVersion: convention?.version ?? 1,
    articleId: article?.id ?? ABSENT_ID,
    articleVersion: article?.version ?? 1,
    signatoryId: signatory?.id ?? ABSENT_ID,
    annexId: annex?.id ?? ABSENT_ID,
    organisationId: organisation?.id ?? ABSENT_ID,
    avenantId: avenant?.id ?? ABSENT_ID,
    avenantVersion: avenant?.version ?? 1,
    changeId: change?.id ?? ABSENT_ID,
    ficheId: fiche?.id ?? ABSENT_ID,
    ficheVersion: fiche?.version ?? 1,
    indicatorId: indicator?.id ?? ABSENT_ID,
    budgetLineId: budgetLine?.id ?? ABSENT_ID,
    facilityId: facility?.id ?? ABSENT_ID,
    contributionId: contribution?.id ?? ABSENT_ID,
  };
}

/** A route of tests/matrix/pages.ts with its brackets filled: a territory's slug and the records it aims at. */
export function urlOf(route: string, slug: string, target: TargetIds) {
  return route
    .replace("[territoire]", slug)
    .replace("[convention]", target.conventionId)
    .replace("[article]", target.articleId)
    .replace("[avenant]", target.avenantId)
    .replace("[annexe]", target.annexId)
    .replace("[fiche]", target.ficheId)
    .replace("[reunion]", target.meetingId);
}
