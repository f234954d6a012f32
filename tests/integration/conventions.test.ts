import { describe, expect, it, vi } from "vitest";
import {
  changeConventionStatusAction,
  createConventionAction,
  updateConventionAction,
} from "../../lib/conventions/actions";
import type { Actor } from "../../lib/auth/actor";
import {
  createAvenant,
  loadAmendedArticles,
  saveAvenantChange,
  saveAvenantDeliberation,
  signAvenant,
  validateAvenant,
} from "../../lib/conventions/avenants";
import { changeConventionStatus } from "../../lib/conventions/change-status";
import { createConvention } from "../../lib/conventions/create-convention";
import { saveDeliberation } from "../../lib/conventions/deliberations";
import { addArticle } from "../../lib/conventions/add-article";
import { moveArticle } from "../../lib/conventions/move-article";
import { moveSignatory } from "../../lib/conventions/move-signatory";
import { removeAnnex } from "../../lib/conventions/remove-annex";
import { removeArticle } from "../../lib/conventions/remove-article";
import { removeSignatory } from "../../lib/conventions/remove-signatory";
import { saveAnnex } from "../../lib/conventions/save-annex";
import { saveSignatory } from "../../lib/conventions/save-signatory";
import { updateConvention } from "../../lib/conventions/update-convention";
import { saveArticle } from "../../lib/conventions/save-article";
import {
  changeStatusSchema,
  createConventionSchema,
  recordSignatureSchema,
  saveDeliberationSchema,
  updateConventionSchema,
} from "../../lib/conventions/schemas";
import { recordSignature } from "../../lib/conventions/sign-convention";
import { verifySignedDocument } from "../../lib/conventions/verify";
import type { Db } from "../../lib/db/client";
import { extractPageTexts } from "../../lib/pdf/extract-text";
import { sha256 } from "../../lib/pdf/render-convention";
import { RenderPool } from "../../lib/pdf/render-pool";
import { fieldTag } from "../../lib/conventions/fields";
import { completeModelConvention, createModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";

const db = requireTestDatabase();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function setup() {
  const tenants = await createTenants(db);
  const officer = tenants.actors.COOPERATION_OFFICER;
  const convention = await createModelConvention(db, officer, tenants.territoryA);
  return { ...tenants, officer, convention };
}

const current = (id: string) => db.convention.findUniqueOrThrow({ where: { id } });

async function moveTo(actor: Actor, conventionId: string, to: "CONSULTATION" | "VALIDATED" | "DRAFT") {
  if (to === "VALIDATED") await completeModelConvention(db, conventionId);
  const { version } = await current(conventionId);
  return changeConventionStatus(db, actor, { conventionId, version, to, terminatedAt: null });
}

const deliberationInput = (conventionId: string, version: number, signatoryId: string) => ({
  conventionId,
  version,
  signatoryId,
  assembly: "Conseil de communauté",
  sessionDate: "2023-10-12",
  sessionTime: "20:30",
  number: "D23.080",
  membersInOffice: 34,
  membersPresent: 24,
  membersVoting: 30,
  votesFor: 27,
  votesAgainst: 0,
  abstentions: 0,
  sentToPrefectureAt: "2023-10-24",
  receivedByPrefectureAt: "2023-10-24",
  actesId: "048-200069268-20231012-D23_080-DE",
});

/** Records deliberations where needed and every signature; returns the last result. */
async function signAll(actor: Actor, conventionId: string) {
  const signatories = await db.signatory.findMany({ where: { conventionId }, orderBy: { position: "asc" } });
  let last: Awaited<ReturnType<typeof recordSignature>> | undefined;
  for (const signatory of signatories) {
    if (signatory.mustDeliberate) {
      const parsed = saveDeliberationSchema.parse(
        deliberationInput(conventionId, (await current(conventionId)).version, signatory.id),
      );
      await saveDeliberation(db, actor, parsed);
    }
    last = await recordSignature(
      db,
      actor,
      recordSignatureSchema.parse({
        conventionId,
        version: (await current(conventionId)).version,
        signatoryId: signatory.id,
        signedAt: "2023-11-20",
        signerName: signatory.representativeName,
      }),
    );
  }
  return last!;
}

describe("creating conventions", () => {
  it("creates a draft from the model with the legal visas, the articles of the reference convention and the signatories", async () => {
    const { convention, territoryA, officer } = await setup();
    expect(convention.status).toBe("DRAFT");
    expect(convention.edition).toBe(1);
    expect(convention.articles.filter((a) => a.kind === "VISA")).toHaveLength(5);
    expect(convention.articles.filter((a) => a.kind === "PREAMBLE")).toHaveLength(1);
    const titles = convention.articles.filter((a) => a.kind === "ARTICLE").map((a) => a.title);
    expect(titles[0]).toBe("Objet de la convention territoriale globale de services aux familles");
    expect(titles).toContain(`Les champs d'intervention de la communauté de communes ${territoryA.name}`);
    expect(titles.at(-3)).toBe("Durée de la convention");
    // The period is named through fields bound to the convention's dates (lib/conventions/fields.ts).
    expect(convention.articles.find((a) => a.title === "Durée de la convention")!.body).toContain(
      `à compter du ${fieldTag("startDate")} jusqu'au ${fieldTag("endDate")}`,
    );
    expect(convention.signatories.map((s) => s.representativeTitle)).toEqual([
      "Le Président",
      "Le Directeur",
      "Le Président",
    ]);
    expect(convention.annexes.map((a) => a.code).sort()).toEqual(["3", "4", "5", "6"]);
    expect(
      await db.auditEvent.count({
        where: { entityId: convention.id, action: "convention.create", actorId: officer.id },
      }),
    ).toBe(1);
  });

  it("renews a convention as the next edition, copying its text, signatories, annexes and action plan", async () => {
    const { convention, territoryA, officer } = await setup();
    const axis = await db.axis.create({ data: { conventionId: convention.id, position: 1, title: "Petite enfance" } });
    await db.ficheAction.create({
      data: {
        territoryId: territoryA.id,
        conventionId: convention.id,
        axisId: axis.id,
        number: "1.1",
        title: "Crèche",
        themes: ["EARLY_CHILDHOOD"],
        status: "DONE",
      },
    });
    const input = createConventionSchema.parse({
      territoryId: territoryA.id,
      mode: "renewal",
      previousConventionId: convention.id,
      title: "CTG 2029-2033",
      startDate: "2029-01-01",
      endDate: "2033-12-31",
    });
    const { conventionId } = await createConvention(db, officer, input);
    const renewed = await db.convention.findUniqueOrThrow({
      where: { id: conventionId },
      include: { signatories: true, articles: true, annexes: true, fiches: true, axes: true },
    });
    expect(renewed).toMatchObject({ edition: 2, previousEditionId: convention.id, status: "DRAFT" });
    expect(renewed.articles).toHaveLength(convention.articles.length);
    expect(renewed.signatories).toHaveLength(convention.signatories.length);
    expect(renewed.annexes).toHaveLength(convention.annexes.length);
    expect(renewed.axes.map((a) => a.title)).toEqual(["Petite enfance"]);
    // The fiches start afresh: same content, status back to not started.
    expect(renewed.fiches.map((f) => [f.number, f.title, f.status])).toEqual([["1.1", "Crèche", "NOT_STARTED"]]);
    const again = await invoke(createConventionAction, officer, {
      territoryId: territoryA.id,
      mode: "renewal",
      previousConventionId: convention.id,
      title: "Bis",
      startDate: "2029-01-01",
      endDate: "2033-12-31",
    });
    expect(again).toMatchObject({ code: "INVALID_STATE", serverError: "Cette convention a déjà été renouvelée." });
  });

  it("refuses an end date before the start date, in French", async () => {
    const { territoryA, officer } = await setup();
    const result = await invoke(createConventionAction, officer, {
      territoryId: territoryA.id,
      mode: "model",
      title: "CTG",
      startDate: "2028-01-01",
      endDate: "2024-01-01",
    });
    expect(result.fieldErrors?.endDate).toEqual(["La date de fin doit suivre la date de début."]);
  });

  it("lets only caisse roles create and edit conventions", async () => {
    const { territoryA, actors, convention } = await setup();
    for (const role of ["EPCI_STAFF", "PILOT_CONTRIBUTOR", "COPIL_MEMBER"] as const) {
      const created = await invoke(createConventionAction, actors[role], {
        territoryId: territoryA.id,
        mode: "model",
        title: "CTG",
        startDate: "2024-01-01",
        endDate: "2028-12-31",
      });
      expect(created.code).toBe("FORBIDDEN");
      const updated = await invoke(updateConventionAction, actors[role], {
        conventionId: convention.id,
        version: 1,
        title: "Piratée",
        startDate: "2024-01-01",
        endDate: "2028-12-31",
      });
      expect(updated.code).toBe("FORBIDDEN");
    }
    expect((await current(convention.id)).title).toBe(convention.title);
  });
});

describe("status transitions", () => {
  it("follows brouillon → concertation → validée, and refuses the others with a French message", async () => {
    const { convention, officer } = await setup();
    const attempt = async (to: string, terminatedAt?: string) =>
      invoke(changeConventionStatusAction, officer, {
        conventionId: convention.id,
        version: (await current(convention.id)).version,
        to,
        terminatedAt,
      });

    expect(await attempt("SIGNED")).toMatchObject({
      code: "INVALID_STATE",
      serverError: "La convention devient signée automatiquement quand le dernier signataire a signé.",
    });
    expect(await attempt("EXPIRED")).toMatchObject({
      code: "INVALID_STATE",
      serverError: "Impossible de passer de « brouillon » à « expirée ».",
    });
    expect(await attempt("TERMINATED")).toMatchObject({ code: "INVALID_STATE" });
    expect((await attempt("CONSULTATION")).data).toBeTruthy();
    expect((await attempt("DRAFT")).data).toBeTruthy();
    expect((await attempt("CONSULTATION")).data).toBeTruthy();
    // The model's placeholders are left: refused, saying what to complete, and nothing changes.
    const early = await attempt("VALIDATED");
    expect(early.code).toBe("INVALID_STATE");
    expect(early.serverError).toMatch(
      /^Validation impossible : la convention n'est pas prête\. .*« … » reste à compléter/,
    );
    expect((await current(convention.id)).status).toBe("CONSULTATION");
    await completeModelConvention(db, convention.id);
    expect((await attempt("VALIDATED")).data).toBeTruthy();
    expect((await attempt("CONSULTATION")).data).toBeTruthy(); // reopened: no signature yet
    expect((await attempt("VALIDATED")).data).toBeTruthy();
    expect((await current(convention.id)).status).toBe("VALIDATED");
    const transitions = await db.auditEvent.findMany({
      where: { entityId: convention.id, action: "convention.status" },
      orderBy: { createdAt: "asc" },
    });
    expect(transitions.map((t) => (t.changes as { status: { new: string } }).status.new)).toEqual([
      "CONSULTATION",
      "DRAFT",
      "CONSULTATION",
      "VALIDATED",
      "CONSULTATION",
      "VALIDATED",
    ]);
  });

  it("refuses validation without two signatories, and reopening once someone has signed", async () => {
    const { convention, officer } = await setup();
    for (const s of convention.signatories.slice(1)) {
      await removeSignatory(db, officer, {
        conventionId: convention.id,
        version: (await current(convention.id)).version,
        signatoryId: s.id,
      });
    }
    await expect(moveTo(officer, convention.id, "VALIDATED")).rejects.toThrow(
      "Une convention doit compter au moins deux signataires avant d'être validée.",
    );
    await saveSignatory(db, officer, {
      conventionId: convention.id,
      version: (await current(convention.id)).version,
      signatoryId: null,
      organisationId: convention.signatories[0].organisationId,
      bodyLabel: "La Caf",
      representativeName: "Nicolas PERRIN",
      representativeTitle: "Le Directeur",
      representationText: null,
      designation: "la Caf",
      mustDeliberate: false,
    });
    await moveTo(officer, convention.id, "VALIDATED");
    const first = await db.signatory.findFirstOrThrow({
      where: { conventionId: convention.id },
      orderBy: { position: "asc" },
    });
    await recordSignature(
      db,
      officer,
      recordSignatureSchema.parse({
        conventionId: convention.id,
        version: (await current(convention.id)).version,
        signatoryId: first.id,
        signedAt: "2023-11-20",
        signerName: "X",
      }),
    );
    await expect(moveTo(officer, convention.id, "CONSULTATION")).rejects.toThrow(
      "Des signatures sont déjà enregistrées : le texte validé ne peut plus être rouvert.",
    );
  });

  it("freezes the text once validated", async () => {
    const { convention, officer } = await setup();
    await moveTo(officer, convention.id, "VALIDATED");
    const article = convention.articles.find((a) => a.kind === "ARTICLE")!;
    await expect(
      saveArticle(db, officer, {
        conventionId: convention.id,
        articleId: article.id,
        version: article.version,
        title: "Nouveau",
        body: "<p>x</p>",
      }),
    ).rejects.toThrow("Le texte est validé : repassez la convention en concertation pour le modifier.");
  });
});

describe("no lost update", () => {
  it("refuses a convention save based on a stale version and keeps the first save", async () => {
    const { convention, officer, actors } = await setup();
    const base = {
      conventionId: convention.id,
      version: convention.version,
      startDate: "2024-01-01",
      endDate: "2028-12-31",
      place: "La Canourgue",
      copies: "9",
    };
    expect((await invoke(updateConventionAction, officer, { ...base, title: "Titre A" })).data).toEqual({
      version: convention.version + 1,
    });
    const stale = await invoke(updateConventionAction, actors.CAISSE_ADMIN, {
      ...base,
      title: "Titre B",
    });
    expect(stale).toMatchObject({
      code: "CONFLICT",
      serverError: expect.stringContaining("modifiée par quelqu'un d'autre"),
    });
    expect(await current(convention.id)).toMatchObject({ title: "Titre A", copies: 9 });
  });

  it("returns the other person's article text on a stale article save, writes nothing, and keeps every revision", async () => {
    const { convention, officer, actors } = await setup();
    const article = convention.articles.find((a) => a.kind === "ARTICLE")!;
    const first = await saveArticle(db, officer, {
      conventionId: convention.id,
      articleId: article.id,
      version: article.version,
      title: article.title,
      body: "<p>Texte de Sophie</p><script>alert(1)</script>",
    });
    expect(first).toEqual({ status: "saved", version: 2 });
    const second = await saveArticle(db, actors.CAISSE_ADMIN, {
      conventionId: convention.id,
      articleId: article.id,
      version: article.version,
      title: article.title,
      body: "<p>Texte de Claire</p>",
    });
    expect(second).toMatchObject({
      status: "conflict",
      current: { version: 2, body: "<p>Texte de Sophie</p>", authorName: officer.name },
    });
    const saved = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(saved).toMatchObject({ version: 2, body: "<p>Texte de Sophie</p>" });
    const revisions = await db.articleRevision.findMany({
      where: { articleId: article.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(revisions[1]).toMatchObject({ authorId: officer.id, body: "<p>Texte de Sophie</p>" });
    // Saving on the current version then works: the merge path.
    expect(
      await saveArticle(db, actors.CAISSE_ADMIN, {
        conventionId: convention.id,
        articleId: article.id,
        version: 2,
        title: article.title,
        body: "<p>Texte de Sophie et de Claire</p>",
      }),
    ).toEqual({ status: "saved", version: 3 });
  });

  it("renumbers articles when one is added, moved or removed", async () => {
    const { convention, officer } = await setup();
    const v = async () => (await current(convention.id)).version;
    const articlesNow = () =>
      db.article.findMany({ where: { conventionId: convention.id, kind: "ARTICLE" }, orderBy: { position: "asc" } });
    const before = await articlesNow();
    const { articleId } = await addArticle(db, officer, {
      conventionId: convention.id,
      version: await v(),
      kind: "ARTICLE",
      title: "Gouvernance des données",
      body: "<p>…</p>",
    });
    await moveArticle(db, officer, { conventionId: convention.id, version: await v(), articleId, direction: "up" });
    let after = await articlesNow();
    expect(after.map((a) => a.title).slice(-2)).toEqual(["Gouvernance des données", before.at(-1)!.title]);
    expect(after.map((a) => a.position)).toEqual(after.map((_, i) => i + 1));
    await removeArticle(db, officer, { conventionId: convention.id, version: await v(), articleId: before[0].id });
    after = await articlesNow();
    expect(after[0].title).toBe(before[1].title);
    expect(after.map((a) => a.position)).toEqual(after.map((_, i) => i + 1));
    await moveSignatory(db, officer, {
      conventionId: convention.id,
      version: await v(),
      signatoryId: convention.signatories[2].id,
      direction: "up",
    });
    const order = await db.signatory.findMany({ where: { conventionId: convention.id }, orderBy: { position: "asc" } });
    expect(order[1].id).toBe(convention.signatories[2].id);
  });
});

describe("deliberations", () => {
  it("checks the coherence of counts, votes, dates and the ACTES identifier", () => {
    const valid = deliberationInput("c", 1, "s");
    expect(saveDeliberationSchema.safeParse(valid).success).toBe(true);
    const errorsOf = (patch: Record<string, unknown>) =>
      saveDeliberationSchema.safeParse({ ...valid, ...patch }).error?.flatten().fieldErrors ?? {};
    expect(errorsOf({ membersPresent: 35 }).membersPresent).toEqual([
      "Les présents ne peuvent pas dépasser les membres en exercice.",
    ]);
    expect(errorsOf({ membersPresent: 10, membersVoting: 21, votesFor: 20 }).membersVoting).toEqual([
      "Les votants ne peuvent pas dépasser deux fois les présents (un pouvoir par membre présent).",
    ]);
    expect(errorsOf({ votesFor: 28, abstentions: 3 }).votesFor).toEqual([
      "Les voix exprimées et abstentions (31) dépassent le nombre de votants (30).",
    ]);
    expect(errorsOf({ sentToPrefectureAt: "2023-10-01" }).sentToPrefectureAt).toEqual([
      "L'envoi en préfecture ne peut pas précéder la séance.",
    ]);
    expect(errorsOf({ receivedByPrefectureAt: "2023-10-20" }).receivedByPrefectureAt).toEqual([
      "La réception en préfecture doit suivre l'envoi.",
    ]);
    expect(errorsOf({ actesId: "D23.080" }).actesId).toEqual([
      "Identifiant ACTES invalide (ex. : 048-200069268-20231012-D23_080-DE).",
    ]);
    expect(errorsOf({ actesId: "048-200069268-20231013-D23_080-DE" }).actesId).toEqual([
      "La date de l'identifiant ACTES ne correspond pas à la date de séance.",
    ]);
    expect(errorsOf({ membersInOffice: "trente" }).membersInOffice).toEqual(["Membres en exercice : nombre attendu."]);
  });

  it("is recorded only on the validated text", async () => {
    const { convention, officer } = await setup();
    const epci = convention.signatories.find((s) => s.mustDeliberate)!;
    await expect(
      saveDeliberation(
        db,
        officer,
        saveDeliberationSchema.parse(deliberationInput(convention.id, convention.version, epci.id)),
      ),
    ).rejects.toThrow(
      "Les délibérations et signatures s'enregistrent sur le texte validé : validez d'abord la convention.",
    );
  });
});

describe("signature", () => {
  it("renders the sealed PDF outside any transaction, and again when the text moved while it rendered", async () => {
    const { convention, officer } = await setup();
    await moveTo(officer, convention.id, "VALIDATED");
    const render = RenderPool.prototype.render;
    const openTransactions: number[] = [];
    const spy = vi.spyOn(RenderPool.prototype, "render").mockImplementation(async function (this: RenderPool, input) {
      const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
      openTransactions.push(Number(count));
      if (spy.mock.calls.length === 1) {
        // Someone changes the text while the first rendering runs: it must not be the one sealed.
        const article = await db.article.findFirstOrThrow({
          where: { conventionId: convention.id, kind: "ARTICLE" },
          orderBy: { position: "asc" },
        });
        await db.article.update({ where: { id: article.id }, data: { body: "<p>Texte changé pendant le rendu.</p>" } });
      }
      return render.call(this, input);
    });
    try {
      const result = await signAll(officer, convention.id);
      expect(result.signed).toBe(true);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
    expect(openTransactions).toEqual([0, 0]);
    const sealed = await current(convention.id);
    expect(sha256(sealed.signedPdf!)).toBe(sealed.signedPdfSha256);
    const text = (await extractPageTexts(sealed.signedPdf!)).join("\n");
    expect(text).toContain("Texte changé pendant le rendu.");
  }, 120_000);

  it("needs the deliberation first, seals the convention with its PDF and hash when the last one signs, and the hash verifies", async () => {
    const { convention, officer, actors } = await setup();
    await moveTo(officer, convention.id, "VALIDATED");
    const epci = convention.signatories.find((s) => s.mustDeliberate)!;
    await expect(
      recordSignature(
        db,
        officer,
        recordSignatureSchema.parse({
          conventionId: convention.id,
          version: (await current(convention.id)).version,
          signatoryId: epci.id,
          signedAt: "2023-11-20",
          signerName: "Jean-Claude SALEIL",
        }),
      ),
    ).rejects.toThrow("Enregistrez d'abord la délibération de l'assemblée de ce signataire.");

    const result = await signAll(officer, convention.id);
    expect(result.signed).toBe(true);
    const sealed = await current(convention.id);
    expect(sealed.status).toBe("SIGNED");
    expect(sealed.signedPdf).toBeTruthy();
    expect(sha256(sealed.signedPdf!)).toBe(sealed.signedPdfSha256);
    expect(result.sha256).toBe(sealed.signedPdfSha256);
    const text = (await extractPageTexts(sealed.signedPdf!)).join("\n");
    expect(text).not.toContain("PROJET");
    expect(text).toContain("Vu la délibération n° D23.080");

    expect(await verifySignedDocument(db, officer, { pdf: sealed.signedPdf! })).toMatchObject({
      found: true,
      kind: "convention",
      conventionId: convention.id,
    });
    expect(await verifySignedDocument(db, actors.COPIL_MEMBER, { sha256: sealed.signedPdfSha256! })).toMatchObject({
      found: true,
    });
    // Another caisse never learns that the document exists.
    const other = await db.user.create({
      data: {
        email: `autre-${Date.now()}@x.fr`,
        name: "Autre",
        passwordHash: "x",
        memberships: { create: { role: "CAISSE_ADMIN", caisseId: (await createTenants(db)).caisseB.id } },
      },
      include: { memberships: true },
    });
    const otherActor = {
      id: other.id,
      email: other.email,
      name: other.name,
      isPlatformOperator: false,
      sessionId: "test",
      memberships: other.memberships,
    };
    expect(await verifySignedDocument(db, otherActor, { sha256: sealed.signedPdfSha256! })).toEqual({
      found: false,
      sha256: sealed.signedPdfSha256,
    });
    const tampered = new Uint8Array(sealed.signedPdf!);
    tampered[tampered.length - 10] ^= 1;
    expect((await verifySignedDocument(db, officer, { pdf: tampered })).found).toBe(false);
  }, 120_000);

  it("ends a signed convention by résiliation with a date, or as expired only after its end date", async () => {
    const { convention, officer } = await setup();
    await moveTo(officer, convention.id, "VALIDATED");
    await signAll(officer, convention.id);
    const attempt = async (to: string, terminatedAt?: string, today?: Date) =>
      changeConventionStatus(
        db,
        officer,
        changeStatusSchema.parse({
          conventionId: convention.id,
          version: (await current(convention.id)).version,
          to,
          terminatedAt,
        }),
        today,
      );
    await expect(attempt("EXPIRED", undefined, day("2026-11-22"))).rejects.toThrow(
      "La convention ne peut être déclarée expirée qu'après sa date de fin.",
    );
    await expect(attempt("TERMINATED")).rejects.toThrow("Indiquez la date d'effet de la résiliation.");
    await expect(attempt("TERMINATED", "2023-06-01")).rejects.toThrow(
      "La résiliation ne peut pas précéder le début de la convention.",
    );
    await expect(attempt("CONSULTATION")).rejects.toThrow("Impossible de passer de « signée » à « en concertation ».");
    await attempt("TERMINATED", "2026-12-31");
    expect(await current(convention.id)).toMatchObject({ status: "TERMINATED", terminatedAt: day("2026-12-31") });
    await expect(attempt("EXPIRED", undefined, day("2029-01-01"))).rejects.toThrow(
      "Impossible de passer de « résiliée » à « expirée ».",
    );
  }, 120_000);

  it("refuses every write to a signed convention, its articles, signatories, annexes and deliberations", async () => {
    const { convention, officer } = await setup();
    await moveTo(officer, convention.id, "VALIDATED");
    await signAll(officer, convention.id);
    const before = await snapshot(db, convention.id);
    const version = (await current(convention.id)).version;
    const article = convention.articles.find((a) => a.kind === "ARTICLE")!;
    const annex = convention.annexes[0];
    const signatory = convention.signatories[0];
    const writes: [string, () => Promise<unknown>][] = [
      [
        "updateConvention",
        () =>
          updateConvention(
            db,
            officer,
            updateConventionSchema.parse({
              conventionId: convention.id,
              version,
              title: "Changée",
              startDate: "2024-01-01",
              endDate: "2028-12-31",
            }),
          ),
      ],
      [
        "changeStatus→DRAFT",
        () =>
          changeConventionStatus(db, officer, {
            conventionId: convention.id,
            version,
            to: "DRAFT",
            terminatedAt: null,
          }),
      ],
      [
        "saveArticle",
        () =>
          saveArticle(db, officer, {
            conventionId: convention.id,
            articleId: article.id,
            version: article.version,
            title: "X",
            body: "<p>X</p>",
          }),
      ],
      [
        "addArticle",
        () => addArticle(db, officer, { conventionId: convention.id, version, kind: "ARTICLE", title: "X", body: "" }),
      ],
      [
        "moveArticle",
        () =>
          moveArticle(db, officer, { conventionId: convention.id, version, articleId: article.id, direction: "down" }),
      ],
      [
        "removeArticle",
        () => removeArticle(db, officer, { conventionId: convention.id, version, articleId: article.id }),
      ],
      [
        "saveSignatory",
        () =>
          saveSignatory(db, officer, {
            conventionId: convention.id,
            version,
            signatoryId: signatory.id,
            organisationId: signatory.organisationId,
            bodyLabel: "X",
            representativeName: "X",
            representativeTitle: "X",
            representationText: null,
            designation: "X",
            mustDeliberate: false,
          }),
      ],
      [
        "moveSignatory",
        () =>
          moveSignatory(db, officer, {
            conventionId: convention.id,
            version,
            signatoryId: signatory.id,
            direction: "down",
          }),
      ],
      [
        "removeSignatory",
        () => removeSignatory(db, officer, { conventionId: convention.id, version, signatoryId: signatory.id }),
      ],
      [
        "saveAnnex",
        () =>
          saveAnnex(db, officer, {
            conventionId: convention.id,
            version,
            annexId: annex.id,
            code: annex.code,
            title: "X",
            content: "TEXT",
            body: "<p>X</p>",
          }),
      ],
      ["removeAnnex", () => removeAnnex(db, officer, { conventionId: convention.id, version, annexId: annex.id })],
      [
        "saveDeliberation",
        () =>
          saveDeliberation(
            db,
            officer,
            saveDeliberationSchema.parse(deliberationInput(convention.id, version, signatory.id)),
          ),
      ],
      [
        "recordSignature",
        () =>
          recordSignature(
            db,
            officer,
            recordSignatureSchema.parse({
              conventionId: convention.id,
              version,
              signatoryId: signatory.id,
              signedAt: "2024-01-01",
              signerName: "X",
            }),
          ),
      ],
    ];
    for (const [name, write] of writes) {
      await expect(write(), name).rejects.toMatchObject({ code: "INVALID_STATE" });
    }
    expect(await snapshot(db, convention.id)).toEqual(before);
  }, 120_000);
});

describe("avenants", () => {
  it("amends a signed convention through a numbered avenant with its own deliberations, signatures and sealed PDF", async () => {
    const { convention, officer } = await setup();
    await expect(
      createAvenant(db, officer, { conventionId: convention.id, expectedNumber: 1, object: "x", date: null }),
    ).rejects.toThrow("Un avenant ne s'ajoute qu'à une convention signée et en vigueur.");
    await moveTo(officer, convention.id, "VALIDATED");
    await signAll(officer, convention.id);
    const before = await snapshot(db, convention.id);
    const durationArticle = convention.articles.find((a) => a.title === "Durée de la convention")!;

    const { avenantId, number } = await createAvenant(db, officer, {
      conventionId: convention.id,
      expectedNumber: 1,
      object: "Prolonger la convention d'un an.",
      date: null,
    });
    expect(number).toBe(1);
    // The same form submitted twice (a double click) creates one avenant, not two.
    await expect(
      createAvenant(db, officer, {
        conventionId: convention.id,
        expectedNumber: 1,
        object: "Prolonger la convention d'un an.",
        date: null,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.avenant.count({ where: { conventionId: convention.id } })).toBe(1);
    let version = 1;
    ({ version } = await saveAvenantChange(db, officer, {
      avenantId,
      version,
      changeId: null,
      kind: "REPLACE",
      articleId: durationArticle.id,
      title: "Durée de la convention",
      body: "<p>La présente convention est conclue jusqu'au 31 décembre 2029 inclus.</p>",
    }));
    ({ version } = await saveAvenantChange(db, officer, {
      avenantId,
      version,
      changeId: null,
      kind: "ADD",
      articleId: null,
      title: "Clause de revoyure",
      body: "<p>Les parties se réunissent à mi-parcours.</p>",
    }));
    await expect(
      saveAvenantChange(db, officer, {
        avenantId,
        version: 1,
        changeId: null,
        kind: "ADD",
        articleId: null,
        title: "X",
        body: "",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    ({ version } = await validateAvenant(db, officer, { avenantId, version }));
    const signatories = await db.signatory.findMany({
      where: { conventionId: convention.id },
      orderBy: { position: "asc" },
    });
    let result: { signed: boolean; sha256: string | null } = { signed: false, sha256: null };
    for (const s of signatories) {
      if (s.mustDeliberate) {
        ({ version } = await saveAvenantDeliberation(db, officer, {
          avenantId,
          version,
          signatoryId: s.id,
          assembly: "Conseil de communauté",
          sessionDate: day("2025-03-10"),
          number: "D25.012",
          membersInOffice: 34,
          membersPresent: 25,
          membersVoting: 28,
          votesFor: 28,
          votesAgainst: 0,
          abstentions: 0,
        }));
      }
      const signed = await signAvenant(db, officer, {
        avenantId,
        version,
        signatoryId: s.id,
        signedAt: day("2025-04-01"),
        signerName: s.representativeName,
      });
      version = signed.version;
      result = signed;
    }
    expect(result.signed).toBe(true);
    const avenant = await db.avenant.findUniqueOrThrow({ where: { id: avenantId } });
    expect(avenant.status).toBe("SIGNED");
    expect(sha256(avenant.signedPdf!)).toBe(avenant.signedPdfSha256);
    const text = (await extractPageTexts(avenant.signedPdf!)).join("\n");
    expect(text).toContain("Avenant n° 1");
    expect(text).toContain("31 décembre 2029");
    expect(await verifySignedDocument(db, officer, { pdf: avenant.signedPdf! })).toMatchObject({
      found: true,
      kind: "avenant",
      avenantNumber: 1,
    });

    // The convention itself did not change; the amended text is computed.
    expect(await snapshot(db, convention.id)).toEqual(before);
    const amended = await loadAmendedArticles(db, convention.id);
    expect(amended.find((a) => a.id === durationArticle.id)).toMatchObject({
      body: "<p>La présente convention est conclue jusqu'au 31 décembre 2029 inclus.</p>",
      amendedBy: 1,
    });
    expect(amended.at(-1)).toMatchObject({ title: "Clause de revoyure", amendedBy: 1 });
  }, 180_000);
});

async function snapshot(database: Db, conventionId: string) {
  const convention = await database.convention.findUniqueOrThrow({
    where: { id: conventionId },
    include: {
      articles: { orderBy: { id: "asc" } },
      signatories: {
        orderBy: { id: "asc" },
        include: { deliberations: { where: { avenantId: null }, orderBy: { id: "asc" } } },
      },
      annexes: { orderBy: { id: "asc" } },
    },
  });
  return JSON.stringify(convention);
}
