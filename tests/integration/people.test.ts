// People of a caisse, invitations, password resets and one's own account, through the real server actions
// (tests/helpers/invoke.ts) on the real database.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  acceptInvitationAction,
  acceptInvitationWithAccountAction,
  changePasswordAction,
  requestPasswordResetAction,
  resetPasswordAction,
  signOutEverywhereAction,
  updateAccountNameAction,
} from "../../lib/account/actions";
import { RESET_REQUESTED_MESSAGE } from "../../lib/account/request-password-reset";
import { loadActor } from "../../lib/auth/actor";
import { authenticate } from "../../lib/auth/authenticate";
import { hashPassword } from "../../lib/auth/password";
import { passwordPolicySchema } from "../../lib/auth/schemas";
import { openSession } from "../../lib/auth/sessions";
import { newSecretToken } from "../../lib/auth/tokens";
import { updateTerritoryAction } from "../../lib/territories/actions";
import { getCaissePeople } from "../../lib/users/queries";
import { removeMembership } from "../../lib/users/remove-membership";
import {
  changeMembershipAction,
  deactivateUserAction,
  inviteUserAction,
  reactivateUserAction,
  removeMembershipAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "../../lib/users/actions";
import { requireTestDatabase } from "../helpers/db";
import { TEST_PASSWORD, actorOf, createCaisse, createTenants, createUser } from "../helpers/factories";
import { invoke } from "../helpers/invoke";

const db = requireTestDatabase();
const unique = () => randomUUID().slice(0, 8);
const NEW_PASSWORD = "trois pommes vertes sur la table";

/** The link of the last email sent to an address (the outbox keeps every message, as without SMTP_URL). */
async function linkSentTo(email: string, path: "invitation" | "reinitialiser"): Promise<string | null> {
  const message = await db.emailMessage.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const match = message && new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(message.text);
  return match ? match[1] : null;
}

async function invite(
  admin: Awaited<ReturnType<typeof createTenants>>["actors"]["CAISSE_ADMIN"],
  input: Record<string, unknown>,
) {
  return invoke(inviteUserAction, admin, { name: "Nouvelle Personne", organisationId: "", ...input });
}

describe("invitations", () => {
  it("invites, lists, refuses a duplicate pending invitation, and the newcomer's account gets exactly that role", async () => {
    const { caisseA, territoryA, actors } = await createTenants(db);
    const email = `nouvelle-${unique()}@exemple.fr`;
    const first = await invite(actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      email: email.toUpperCase(),
      role: "EPCI_STAFF",
      territoryId: territoryA.id,
    });
    expect(first.data?.invitationId).toBeTruthy();
    // A second invitation for the same address and scope is refused, clearly.
    const second = await invite(actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      email,
      role: "EPCI_STAFF",
      territoryId: territoryA.id,
    });
    expect(second.code).toBe("CONFLICT");
    expect(second.serverError).toContain("déjà en attente");
    expect(await db.invitation.count({ where: { email } })).toBe(1);

    const people = await getCaissePeople(db, actors.CAISSE_ADMIN, caisseA.id);
    expect(people.invitations.map((i) => [i.email, i.role])).toEqual([[email, `Agent EPCI — ${territoryA.name}`]]);

    const token = (await linkSentTo(email, "invitation"))!;
    expect(token).toBeTruthy();
    const accepted = await invoke(acceptInvitationWithAccountAction, null, {
      token,
      name: "Nadia Nouvelle",
      password: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    expect(accepted.data).toEqual({ email, landing: `/territoires/${territoryA.slug}` });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships.map((m) => [m.role, m.territoryId])).toEqual([["EPCI_STAFF", territoryA.id]]);
    expect((await authenticate(db, { email, password: NEW_PASSWORD }, "10.9.0.1")).ok).toBe(true);

    // The link is used: a second use gets the one message, and writes nothing.
    const reused = await invoke(acceptInvitationWithAccountAction, null, {
      token,
      name: "Autre",
      password: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    expect(reused.serverError).toContain("n'est pas valable");
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("checks the scope: a territory role needs a territory of this caisse, a pilot an organisation", async () => {
    const { caisseA, territoryB, actors } = await createTenants(db);
    const email = `x-${unique()}@exemple.fr`;
    expect(
      (await invite(actors.CAISSE_ADMIN, { caisseId: caisseA.id, email, role: "EPCI_STAFF" })).fieldErrors,
    ).toHaveProperty("territoryId");
    const foreign = await invite(actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      email,
      role: "COPIL_MEMBER",
      territoryId: territoryB.id,
    });
    expect(foreign.code).toBe("NOT_FOUND");
    const pilot = await invite(actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      email,
      role: "PILOT_CONTRIBUTOR",
      territoryId: "",
    });
    expect(pilot.fieldErrors).toHaveProperty("organisationId");
    expect(await db.invitation.count({ where: { email } })).toBe(0);
  });

  it("refuses expired, revoked, resent-over and forged links with one message", async () => {
    const { caisseA, territoryA, actors } = await createTenants(db);
    const email = `r-${unique()}@exemple.fr`;
    const { data } = await invite(actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      email,
      role: "COPIL_MEMBER",
      territoryId: territoryA.id,
    });
    const firstToken = (await linkSentTo(email, "invitation"))!;
    expect(
      (
        await invoke(resendInvitationAction, actors.CAISSE_ADMIN, {
          caisseId: caisseA.id,
          invitationId: data!.invitationId,
        })
      ).data,
    ).toBeTruthy();
    const secondToken = (await linkSentTo(email, "invitation"))!;
    expect(secondToken).not.toBe(firstToken);
    const attempt = (token: string) =>
      invoke(acceptInvitationWithAccountAction, null, {
        token,
        name: "X Y",
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
      });
    expect((await attempt(firstToken)).code).toBe("NOT_FOUND");
    // Forged: well-formed but unknown, and malformed.
    expect((await attempt(newSecretToken().token)).code).toBe("NOT_FOUND");
    expect((await attempt("pas-un-jeton")).fieldErrors).toHaveProperty("token");
    // Expired.
    await db.invitation.update({ where: { id: data!.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await attempt(secondToken)).code).toBe("NOT_FOUND");
    // Revoked (an expired invitation can be revoked too: it is not used).
    await db.invitation.update({
      where: { id: data!.invitationId },
      data: { expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect(
      (
        await invoke(revokeInvitationAction, actors.CAISSE_ADMIN, {
          caisseId: caisseA.id,
          invitationId: data!.invitationId,
        })
      ).data,
    ).toBeTruthy();
    expect((await attempt(secondToken)).code).toBe("NOT_FOUND");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("lets only one of two concurrent acceptances of one invitation succeed", async () => {
    const { caisseA, territoryA, actors } = await createTenants(db);
    const email = `c-${unique()}@exemple.fr`;
    await invite(actors.CAISSE_ADMIN, { caisseId: caisseA.id, email, role: "EPCI_STAFF", territoryId: territoryA.id });
    const token = (await linkSentTo(email, "invitation"))!;
    const input = { token, name: "Deux Fois", password: NEW_PASSWORD, confirmation: NEW_PASSWORD };
    // Called below the action wrapper: two requests at once (invoke's session jar is per process).
    const { acceptInvitationWithAccount } = await import("../../lib/account/accept-invitation");
    const results = await Promise.allSettled([
      acceptInvitationWithAccount(db, input),
      acceptInvitationWithAccount(db, input),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.code).toBe("CONFLICT");
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.membership.count({ where: { user: { email } } })).toBe(1);
  });

  it("an existing account accepts while signed in as that address; another account cannot", async () => {
    const { caisseA, territoryA2, actors } = await createTenants(db);
    const caisseB = await createCaisse(db, "B2");
    // Someone of another caisse: the invitation from caisse A answers exactly as for a newcomer.
    const elsewhere = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisseB.id });
    const result = await invite(actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      email: elsewhere.email,
      role: "COPIL_MEMBER",
      territoryId: territoryA2.id,
    });
    expect(Object.keys(result.data!)).toEqual(["invitationId"]);
    const token = (await linkSentTo(elsewhere.email, "invitation"))!;
    // A newcomer's form cannot take over the existing account.
    const takeover = await invoke(acceptInvitationWithAccountAction, null, {
      token,
      name: "Usurpateur",
      password: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    expect(takeover.code).toBe("CONFLICT");
    // Signed in as someone else: refused, nothing written.
    const wrong = await invoke(acceptInvitationAction, actors.EPCI_STAFF, { token });
    expect(wrong.code).toBe("FORBIDDEN");
    expect(await db.membership.count({ where: { userId: actors.EPCI_STAFF.id } })).toBe(1);
    // Signed in as the invited address: the role is added.
    const ok = await invoke(acceptInvitationAction, elsewhere, { token });
    expect(ok.data).toEqual({ landing: `/territoires/${territoryA2.slug}` });
    const after = await actorOf(db, elsewhere.id);
    expect(after.memberships.map((m) => m.role).sort()).toEqual(["COOPERATION_OFFICER", "COPIL_MEMBER"]);
  });
});

describe("roles and accounts of a caisse", () => {
  it("a removed role ends access at the person's next request", async () => {
    const { caisseA, territoryA, actors } = await createTenants(db);
    const staff = actors.EPCI_STAFF;
    const before = await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } });
    const edit = { territoryId: territoryA.id, version: before.version, name: before.name, siren: "", population: "" };
    const membership = await db.membership.findFirstOrThrow({ where: { userId: staff.id } });
    expect(
      (await invoke(removeMembershipAction, actors.CAISSE_ADMIN, { caisseId: caisseA.id, membershipId: membership.id }))
        .data,
    ).toBeTruthy();
    // The same session (the actor is reloaded from the database on each request) no longer reaches the territory.
    const reloaded = await loadActor(db, staff.id, staff.sessionId);
    expect(reloaded?.memberships).toEqual([]);
    const attempt = await invoke(updateTerritoryAction, reloaded, edit);
    expect(attempt.code).toBe("NOT_FOUND");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: membership.id, action: "membership.delete" },
    });
    expect(audit).toMatchObject({ caisseId: caisseA.id, actorId: actors.CAISSE_ADMIN.id, territoryId: null });
  });

  it("changes a role's scope, refusing a stale form", async () => {
    const { caisseA, territoryA2, actors } = await createTenants(db);
    const membership = await db.membership.findFirstOrThrow({ where: { userId: actors.COPIL_MEMBER.id } });
    const input = {
      caisseId: caisseA.id,
      membershipId: membership.id,
      currentRole: "COPIL_MEMBER",
      role: "EPCI_STAFF",
      territoryId: territoryA2.id,
      organisationId: "",
    };
    expect((await invoke(changeMembershipAction, actors.CAISSE_ADMIN, input)).data).toBeTruthy();
    expect(await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({
      role: "EPCI_STAFF",
      territoryId: territoryA2.id,
    });
    // The same form again, based on the old role: a conflict, not an overwrite.
    const stale = await invoke(changeMembershipAction, actors.CAISSE_ADMIN, { ...input, role: "COPIL_MEMBER" });
    expect(stale.code).toBe("CONFLICT");
    // Cooperation officers see the caisse but do not manage its people.
    const officer = await invoke(changeMembershipAction, actors.COOPERATION_OFFICER, {
      ...input,
      currentRole: "EPCI_STAFF",
      role: "COPIL_MEMBER",
    });
    expect(officer.code).toBe("FORBIDDEN");
  });

  it("keeps one active admin, also when two admins remove each other at once", async () => {
    const { caisseA, actors } = await createTenants(db);
    const second = await createUser(db, { role: "CAISSE_ADMIN", caisseId: caisseA.id });
    const [m1, m2] = await Promise.all(
      [actors.CAISSE_ADMIN, second].map((a) => db.membership.findFirstOrThrow({ where: { userId: a.id } })),
    );
    const results = await Promise.allSettled([
      removeMembership(db, actors.CAISSE_ADMIN, { caisseId: caisseA.id, membershipId: m2.id }),
      removeMembership(db, second, { caisseId: caisseA.id, membershipId: m1.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.code).toBe("INVALID_STATE");
    expect(await db.membership.count({ where: { caisseId: caisseA.id, role: "CAISSE_ADMIN" } })).toBe(1);
    // The last one cannot remove or deactivate themself either.
    const last = (await db.membership.findFirstOrThrow({ where: { caisseId: caisseA.id, role: "CAISSE_ADMIN" } }))
      .userId;
    const lastActor = last === second.id ? second : actors.CAISSE_ADMIN;
    const self = await invoke(deactivateUserAction, lastActor, { caisseId: caisseA.id, userId: last });
    expect(self.code).toBe("INVALID_STATE");
    expect(await db.user.findUniqueOrThrow({ where: { id: last } })).toMatchObject({ isActive: true });
    expect(await db.membership.count({ where: { userId: last, suspendedAt: { not: null } } })).toBe(0);
  });

  it("deactivates an account that belongs to this caisse only, ending its sessions; reactivation gives it back", async () => {
    const { caisseA, actors } = await createTenants(db);
    const staff = actors.EPCI_STAFF;
    const result = await invoke(deactivateUserAction, actors.CAISSE_ADMIN, { caisseId: caisseA.id, userId: staff.id });
    expect(result.data).toEqual({ userId: staff.id, wholeAccount: true });
    expect(await loadActor(db, staff.id, staff.sessionId)).toBeNull();
    expect((await authenticate(db, { email: staff.email, password: TEST_PASSWORD }, "10.9.1.1")).ok).toBe(false);
    expect(
      (await invoke(reactivateUserAction, actors.CAISSE_ADMIN, { caisseId: caisseA.id, userId: staff.id })).data,
    ).toBeTruthy();
    expect((await authenticate(db, { email: staff.email, password: TEST_PASSWORD }, "10.9.1.1")).ok).toBe(true);
    const back = await actorOf(db, staff.id);
    expect(back.memberships).toHaveLength(1);
  });

  it("deactivating someone who also belongs to caisse B suspends caisse A's roles only", async () => {
    const { caisseA, caisseB, territoryB, actors } = await createTenants(db);
    const staff = actors.EPCI_STAFF;
    await db.membership.create({
      data: { userId: staff.id, role: "COPIL_MEMBER", caisseId: caisseB.id, territoryId: territoryB.id },
    });
    const result = await invoke(deactivateUserAction, actors.CAISSE_ADMIN, { caisseId: caisseA.id, userId: staff.id });
    expect(result.data).toEqual({ userId: staff.id, wholeAccount: false });
    const actor = await loadActor(db, staff.id, staff.sessionId);
    expect(actor?.memberships.map((m) => m.caisseId)).toEqual([caisseB.id]);
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).isActive).toBe(true);
    const people = await getCaissePeople(db, actors.CAISSE_ADMIN, caisseA.id);
    const listed = people.people.find((p) => p.id === staff.id)!;
    expect(listed.active).toBe(false);
    // Caisse A's list never shows caisse B's roles.
    expect(listed.roles.map((r) => r.role)).toEqual(["EPCI_STAFF"]);
  });

  it("an admin of caisse A acting on caisse B's people and invitations gets NOT_FOUND, nothing written", async () => {
    const { caisseA, caisseB, territoryB, actors } = await createTenants(db);
    const person = await createUser(db, { role: "EPCI_STAFF", caisseId: caisseB.id, territoryId: territoryB.id });
    const membership = await db.membership.findFirstOrThrow({ where: { userId: person.id } });
    const invitation = await db.invitation.create({
      data: {
        tokenHash: `h-${unique()}`,
        email: `b-${unique()}@exemple.fr`,
        name: "B",
        role: "EPCI_STAFF",
        caisseId: caisseB.id,
        territoryId: territoryB.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const snapshot = async () => ({
      users: await db.user.findMany({ where: { id: person.id } }),
      memberships: await db.membership.findMany({ where: { caisseId: caisseB.id }, orderBy: { id: "asc" } }),
      invitations: await db.invitation.findMany({ where: { caisseId: caisseB.id }, orderBy: { id: "asc" } }),
      sessions: await db.userSession.findMany({ where: { userId: person.id }, orderBy: { id: "asc" } }),
      audit: await db.auditEvent.count(),
      emails: await db.emailMessage.count(),
    });
    const before = await snapshot();
    // With caisse B's id, and with the admin's own caisse A's id and caisse B's records.
    for (const caisseId of [caisseB.id, caisseA.id]) {
      // One after the other: invoke() reads the AppError's code from a per-process record.
      const calls = [
        () => invoke(removeMembershipAction, actors.CAISSE_ADMIN, { caisseId, membershipId: membership.id }),
        () =>
          invoke(changeMembershipAction, actors.CAISSE_ADMIN, {
            caisseId,
            membershipId: membership.id,
            currentRole: "EPCI_STAFF",
            role: "COPIL_MEMBER",
            territoryId: territoryB.id,
            organisationId: "",
          }),
        () => invoke(deactivateUserAction, actors.CAISSE_ADMIN, { caisseId, userId: person.id }),
        () => invoke(reactivateUserAction, actors.CAISSE_ADMIN, { caisseId, userId: person.id }),
        () => invoke(resendInvitationAction, actors.CAISSE_ADMIN, { caisseId, invitationId: invitation.id }),
        () => invoke(revokeInvitationAction, actors.CAISSE_ADMIN, { caisseId, invitationId: invitation.id }),
      ];
      for (const call of calls) {
        const result = await call();
        expect(result.code, JSON.stringify(result)).toBe("NOT_FOUND");
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("password reset", () => {
  it("answers the same for any address, sends a single-use link to active accounts only, within limits", async () => {
    const caisse = await createCaisse(db);
    const user = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const inactive = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    await db.user.update({ where: { id: inactive.id }, data: { isActive: false } });
    const ask = (email: string) => invoke(requestPasswordResetAction, null, { email });
    const answers = [await ask(user.email), await ask(`inconnu-${unique()}@exemple.fr`), await ask(inactive.email)];
    for (const answer of answers) expect(answer.data).toEqual({ message: RESET_REQUESTED_MESSAGE });
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.passwordResetToken.count({ where: { userId: inactive.id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: inactive.email } })).toBe(0);
    const row = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(3_600_000, -4);
    const token = (await linkSentTo(user.email, "reinitialiser"))!;
    expect(row.tokenHash).not.toContain(token);
    // 3 links per account per hour.
    for (let i = 0; i < 4; i++) await ask(user.email);
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(3);
  });

  it("sets a new password, ends every session, uses up every link; expired, reused and forged links are refused", async () => {
    const caisse = await createCaisse(db);
    const user = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const otherSession = await openSession(db, user.id, 3600);
    await invoke(requestPasswordResetAction, null, { email: user.email });
    const first = (await linkSentTo(user.email, "reinitialiser"))!;
    await invoke(requestPasswordResetAction, null, { email: user.email });
    const second = (await linkSentTo(user.email, "reinitialiser"))!;
    const reset = (token: string, password = NEW_PASSWORD) =>
      invoke(resetPasswordAction, null, { token, password, confirmation: password });

    // The policy applies: too short, common, containing the address.
    expect((await reset(first, "court")).fieldErrors).toHaveProperty("password");
    expect((await reset(first, "motdepasse123")).fieldErrors).toHaveProperty("password");
    expect((await reset(first, `${user.email.split("@")[0]}-et-encore`)).code).toBe("INVALID_INPUT");
    expect((await reset(newSecretToken().token)).code).toBe("NOT_FOUND");

    expect((await reset(first)).data).toEqual({ email: user.email });
    expect(await loadActor(db, user.id, otherSession)).toBeNull();
    expect(await loadActor(db, user.id, user.sessionId)).toBeNull();
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.9.2.1")).ok).toBe(false);
    expect((await authenticate(db, { email: user.email, password: NEW_PASSWORD }, "10.9.2.1")).ok).toBe(true);
    // Reused, and the other outstanding link too.
    expect((await reset(first)).code).toBe("NOT_FOUND");
    expect((await reset(second)).code).toBe("NOT_FOUND");
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.passwordReset" } })).toBe(1);

    // Expired.
    await db.passwordResetToken.deleteMany({ where: { userId: user.id } });
    await invoke(requestPasswordResetAction, null, { email: user.email });
    const third = (await linkSentTo(user.email, "reinitialiser"))!;
    await db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect((await reset(third, "une toute autre phrase de passe")).code).toBe("NOT_FOUND");
  });
});

describe("own account", () => {
  it("changes the password with the current one, ending the other sessions only", async () => {
    const caisse = await createCaisse(db);
    const user = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const other = await openSession(db, user.id, 3600);
    const wrong = await invoke(changePasswordAction, user, {
      currentPassword: "pas-le-bon",
      password: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    expect(wrong.code).toBe("INVALID_INPUT");
    expect(
      (
        await invoke(changePasswordAction, user, {
          currentPassword: TEST_PASSWORD,
          password: NEW_PASSWORD,
          confirmation: "autre chose encore",
        })
      ).fieldErrors,
    ).toHaveProperty("confirmation");
    const ok = await invoke(changePasswordAction, user, {
      currentPassword: TEST_PASSWORD,
      password: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    expect(ok.data).toEqual({ changed: true });
    expect(await loadActor(db, user.id, other)).toBeNull();
    // invoke() signed in with a session of its own: that one (the caller's) is kept.
    const sessions = await db.userSession.findMany({ where: { userId: user.id, revokedAt: null } });
    expect(sessions).toHaveLength(1);
    expect((await authenticate(db, { email: user.email, password: NEW_PASSWORD }, "10.9.3.1")).ok).toBe(true);
  });

  it("renames, and signs out of every device", async () => {
    const caisse = await createCaisse(db);
    const user = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    expect((await invoke(updateAccountNameAction, user, { name: "Camille Nouveau" })).data).toEqual({
      name: "Camille Nouveau",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Camille Nouveau");
    expect((await invoke(signOutEverywhereAction, user, {})).data).toEqual({ signedOut: true });
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    // Including the one that asked (invoke() signed in with a session of its own) and the earlier ones.
    expect(await loadActor(db, user.id, user.sessionId)).toBeNull();
  });
});

describe("password policy", () => {
  const check = (password: string, email = "claire.martin@exemple.fr") =>
    passwordPolicySchema.safeParse({ email, password });
  it("counts code points, refuses common passwords and the email's local part, accepts passphrases", () => {
    expect(check("onze-lettre").success).toBe(false);
    expect(check("😀".repeat(12)).success).toBe(true); // 12 code points, 24 UTF-16 units
    expect(check("a".repeat(129)).success).toBe(false);
    expect(check("Azertyuiop123").success).toBe(false);
    expect(check("moi claire.martin ici").success).toBe(false);
    expect(check("trois pommes vertes").success).toBe(true);
    const parsed = check("Cafe\u0301 au lait chaud");
    expect(parsed.success && parsed.data.password).toBe("Caf\u00e9 au lait chaud");
  });

  it("keeps old short passwords working at login", async () => {
    const caisse = await createCaisse(db);
    const user = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("court") } });
    expect((await authenticate(db, { email: user.email, password: "court" }, "10.9.4.1")).ok).toBe(true);
  });
});
