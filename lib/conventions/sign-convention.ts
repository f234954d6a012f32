import type { Actor } from "../auth/actor";
import { auditFor } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { renderConventionPdf, sha256 } from "../pdf/render-convention";
import { assertAcceptsDeliberations, assertVersion, lockConvention, requireConvention } from "./access";
import { freezeFields } from "./field-values";
import { loadConventionPdfData } from "./pdf-data";
import { conventionReadiness, readinessMessage } from "./readiness";
import type { RecordSignatureData } from "./schemas";

/**
 * Records one signatory's signature. When the last one signs, the convention becomes SIGNED: its PDF is rendered
 * once, stored with its SHA-256, and from then on every write to the convention is refused (lib/conventions/access.ts).
 */
export async function recordSignature(db: Db, actor: Actor, input: RecordSignatureData) {
  const { scope } = await requireConvention(db, actor, input.conventionId, "convention.sign");
  return db.$transaction(
    async (tx) => {
      const convention = await lockConvention(tx, input.conventionId, scope.territory.id);
      assertAcceptsDeliberations(convention);
      assertVersion(convention, input.version);
      const signatory = await tx.signatory.findFirst({
        where: { id: input.signatoryId, conventionId: convention.id },
        include: { deliberations: { where: { avenantId: null } } },
      });
      if (!signatory) throw new AppError("NOT_FOUND", "Signataire introuvable.");
      if (signatory.signedAt) throw new AppError("INVALID_STATE", "Ce signataire a déjà signé.");
      // Signatures of the territory's conventions are serialised (the territory row locked), so that two editions
      // signed at the same moment cannot both pass the overlap check.
      await tx.$queryRaw`SELECT id FROM "Territory" WHERE id = ${scope.territory.id} FOR UPDATE`;
      // The text was checked at validation; checked again, because another edition may have been signed since
      // (one convention in force at a time), and a text validated before these checks existed may hold "…".
      const refusal = readinessMessage(
        await conventionReadiness(tx, convention.id, scope.territory.id),
        "Signature impossible",
      );
      if (refusal) throw new AppError("INVALID_STATE", refusal);
      const deliberation = signatory.deliberations[0];
      if (signatory.mustDeliberate && !deliberation) {
        throw new AppError("INVALID_STATE", "Enregistrez d'abord la délibération de l'assemblée de ce signataire.");
      }
      if (deliberation && input.signedAt < deliberation.sessionDate) {
        throw new AppError("INVALID_INPUT", "La signature ne peut pas précéder la délibération qui l'autorise.");
      }
      await tx.signatory.update({
        where: { id: signatory.id },
        data: { signedAt: input.signedAt, signerName: input.signerName },
      });
      const remaining = await tx.signatory.count({ where: { conventionId: convention.id, signedAt: null } });
      let sealed: { sha256: string } | null = null;
      if (remaining === 0) {
        // The fields take, for good, the values the sealed PDF prints: a signed text never changes, even when a
        // territory or a caisse is renamed later.
        await freezeFields(tx, convention.id, scope.territory.id);
        const data = await loadConventionPdfData(tx, convention.id, { signed: true });
        const { pdf } = await renderConventionPdf(data);
        const hash = sha256(pdf);
        const lastDate = await tx.signatory.aggregate({
          where: { conventionId: convention.id },
          _max: { signedAt: true },
        });
        await tx.convention.update({
          where: { id: convention.id },
          data: {
            status: "SIGNED",
            signedAt: new Date(),
            signatureDate: lastDate._max.signedAt,
            signedPdf: pdf,
            signedPdfSha256: hash,
          },
        });
        sealed = { sha256: hash };
      }
      await tx.convention.update({ where: { id: convention.id }, data: { version: { increment: 1 } } });
      const audit = auditFor(tx, actor, scope);
      await audit("Signatory", signatory.id, "signatory.sign", {
        signedAt: { old: null, new: input.signedAt.toISOString().slice(0, 10) },
        signerName: { old: null, new: input.signerName },
      });
      if (sealed) {
        await audit("Convention", convention.id, "convention.signed", {
          status: { old: convention.status, new: "SIGNED" },
          sha256: sealed.sha256,
        });
      }
      return { version: convention.version + 1, signed: sealed !== null, sha256: sealed?.sha256 ?? null };
    },
    { timeout: 60_000 },
  );
}
