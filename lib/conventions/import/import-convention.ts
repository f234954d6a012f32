// Creates a NEW convention of the territory from the parts of an imported document, as the user reviewed them: a
// draft, or — for a convention signed outside the platform — a signed one whose sealed document is the original
// file (PDF or DOCX) with its SHA-256. One transaction, audited "convention.create" with `imported: true`.
import { createHash } from "node:crypto";
import type { Actor } from "../../auth/actor";
import { requireTerritory } from "../../auth/scope";
import { auditFor } from "../../audit/record";
import type { Db } from "../../db/client";
import type { OrganisationKind } from "../../db/generated/enums";
import { AppError } from "../../errors";
import { DOCX_MIME, PDF_MIME } from "../annex-file";
import { sanitizeRichText } from "../rich-text";
import { periodSentencesToFields } from "./period-fields";
import { blocksToRichText } from "./parse";
import type { ImportConventionData } from "./schemas";

/** The original file of a convention signed outside the platform, already checked (lib/conventions/annex-file.ts). */
export type SignedOriginal = { bytes: Uint8Array; mime: string; fileName: string };

const ARTICLE_PREFIX = /^(la|le|les|l')\s*/i;

/** "La Commune de Chanac" → kind COMMUNE, name "Commune de Chanac" (organisations are stored without article). */
export function organisationOf(partyName: string): { name: string; kind: OrganisationKind } {
  const name = partyName.replace(ARTICLE_PREFIX, "").trim();
  const rules: [RegExp, OrganisationKind][] = [
    [/^(caisse d'allocations familiales|caisse commune de sécurité sociale|caf\b|ccss\b)/i, "CAISSE"],
    [/^(communauté (de communes|d'agglomération|urbaine)|métropole)/i, "EPCI"],
    [/^(commune|ville|mairie)\b/i, "COMMUNE"],
    [/^(département|conseil départemental)/i, "DEPARTEMENT"],
    [/^(mutualité sociale agricole|msa\b)/i, "MSA"],
    [/^(direction des services départementaux de l'éducation nationale|dsden\b)/i, "DSDEN"],
    [/^(caisse primaire d'assurance maladie|cpam\b)/i, "CPAM"],
    [/^(centre communal d'action sociale|ccas\b)/i, "CCAS"],
    [/^(centre intercommunal d'action sociale|cias\b)/i, "CIAS"],
    [/^(syndicat|sivu|sivom)/i, "SYNDICAT"],
    [/^(union départementale des associations familiales|udaf\b)/i, "UDAF"],
    [/^association\b/i, "ASSOCIATION"],
    [/^(état|préfecture|préfet)/i, "STATE"],
  ];
  return { name, kind: rules.find(([pattern]) => pattern.test(name))?.[1] ?? "OTHER" };
}

const fold = (value: string) =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/gi, " ")
    .trim()
    .toLowerCase();

export async function importConvention(
  db: Db,
  actor: Actor,
  input: ImportConventionData,
  original: SignedOriginal | null,
) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "convention.edit");
  if (input.signed) {
    if (!scope.can("convention.sign")) throw new AppError("FORBIDDEN");
    if (!original) throw new AppError("INVALID_INPUT", "Joignez le document signé (PDF ou Word).");
    if (original.mime !== PDF_MIME && original.mime !== DOCX_MIME)
      throw new AppError("INVALID_INPUT", "Le document signé doit être un PDF ou un document Word (DOCX).");
  }
  const sha256 = original && input.signed ? createHash("sha256").update(original.bytes).digest("hex") : null;
  const territoryId = scope.territory.id;
  const caisseId = scope.territory.caisseId;

  return db.$transaction(
    async (tx) => {
      if (sha256 && (await tx.convention.findFirst({ where: { signedPdfSha256: sha256 }, select: { id: true } })))
        throw new AppError("CONFLICT", "Ce document signé est déjà enregistré pour une convention.");

      // Each party becomes a signatory of an organisation of the caisse: the existing one of the same name, or a
      // new one. Two parties naming one organisation (the caisse's president and director) share it.
      const audit = auditFor(tx, actor, scope);
      const organisations = await tx.organisation.findMany({ where: { caisseId }, select: { id: true, name: true } });
      const signatories = [];
      for (const [index, party] of input.parties.entries()) {
        const { name, kind } = organisationOf(party.name);
        let organisation = organisations.find((o) => fold(o.name) === fold(name));
        if (!organisation) {
          organisation = await tx.organisation.create({
            data: { caisseId, kind, name },
            select: { id: true, name: true },
          });
          organisations.push(organisation);
          await audit("Organisation", organisation.id, "organisation.create", { name, kind, via: "convention import" });
        }
        const representativeName = party.representativeName ?? "…";
        signatories.push({
          organisationId: organisation.id,
          position: index + 1,
          bodyLabel: party.name,
          representativeName,
          representativeTitle: party.representativeTitle ?? "…",
          representationText: party.representationText,
          designation: party.designation,
          mustDeliberate: !["CAISSE", "MSA", "DSDEN", "STATE", "CPAM"].includes(kind),
          ...(input.signed ? { signedAt: input.signatureDate, signerName: representativeName } : {}),
        });
      }

      // Text left to place is kept whole in an annex of its own, never dropped.
      const annexes = input.annexes.map((annex, index) => ({
        code: annex.code,
        title: annex.title,
        position: index + 1,
        content: "TEXT" as const,
        body: annex.body ? sanitizeRichText(annex.body) : null,
      }));
      const unplaced = input.unplaced.trim();
      if (unplaced) {
        let code = "X";
        for (let n = 2; annexes.some((a) => a.code.toLowerCase() === code.toLowerCase()); n++) code = `X${n}`;
        const body = blocksToRichText(
          unplaced
            .split(/\n+/)
            .filter((line) => line.trim())
            .map((line) => ({ text: line.trim(), kind: "paragraph" as const })),
        );
        annexes.push({
          code,
          title: "Texte importé à placer",
          position: annexes.length + 1,
          content: "TEXT",
          body: sanitizeRichText(body),
        });
      }

      const last = await tx.convention.aggregate({ where: { territoryId }, _max: { edition: true } });
      const preamble = sanitizeRichText(input.preamble);
      const created = await tx.convention.create({
        data: {
          territoryId,
          title: input.title,
          edition: (last._max.edition ?? 0) + 1,
          startDate: input.startDate,
          endDate: input.endDate,
          place: input.place,
          copies: input.copies,
          ...(input.signed
            ? {
                status: "SIGNED" as const,
                signedAt: new Date(),
                signatureDate: input.signatureDate,
                signedPdf: original!.bytes as Uint8Array<ArrayBuffer>,
                signedPdfSha256: sha256,
                signedFileMime: original!.mime === PDF_MIME ? null : original!.mime,
              }
            : {}),
          articles: {
            create: [
              ...input.visas.map((body, index) => ({ kind: "VISA" as const, position: index + 1, title: "", body })),
              ...(preamble ? [{ kind: "PREAMBLE" as const, position: 1, title: "Préambule", body: preamble }] : []),
              ...input.articles.map((article, index) => ({
                kind: "ARTICLE" as const,
                position: index + 1,
                title: article.title,
                // A draft's period sentence follows the period from now on (when it names the same dates).
                body: input.signed
                  ? sanitizeRichText(article.body)
                  : periodSentencesToFields(sanitizeRichText(article.body), input),
              })),
            ],
          },
          annexes: { create: annexes },
          signatories: { create: signatories },
        },
        select: { id: true },
      });
      const articles = await tx.article.findMany({
        where: { conventionId: created.id },
        select: { id: true, title: true, body: true },
      });
      await tx.articleRevision.createMany({
        data: articles.map((a) => ({ articleId: a.id, version: 1, title: a.title, body: a.body, authorId: actor.id })),
      });
      await audit("Convention", created.id, "convention.create", {
        mode: "import",
        imported: true,
        title: input.title,
        signed: input.signed,
        ...(original ? { originalFile: original.fileName.slice(0, 200), originalType: original.mime } : {}),
        parties: input.parties.length,
        articles: input.articles.length,
        unplacedCharacters: unplaced.length,
      });
      if (input.signed) {
        await audit("Convention", created.id, "convention.signed", {
          status: { old: null, new: "SIGNED" },
          sha256,
          imported: true,
          signatureDate: input.signatureDate!.toISOString().slice(0, 10),
        });
      }
      return { conventionId: created.id, sha256 };
    },
    { timeout: 60_000 },
  );
}
