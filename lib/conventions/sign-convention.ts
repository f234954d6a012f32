import type { Actor } from "../auth/actor";
import { auditFor } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { ConventionPdfData } from "../pdf/convention-document";
import { getRenderPool } from "../pdf/render-pool";
import { sha256 } from "../pdf/render-convention";
import { renderInputVersion } from "../pdf-store/version";
import { assertAcceptsDeliberations, assertVersion, lockConvention, requireConvention } from "./access";
import { freezeDiagnosticAnnexes } from "../diagnostic/annex";
import { freezeFields } from "./field-values";
import { loadConventionPdfData } from "./pdf-data";
import { conventionReadiness, readinessMessage } from "./readiness";
import type { RecordSignatureData } from "./schemas";

/** Renderings of the sealed PDF tried before giving up, when the data keeps moving while it renders. */
const SEAL_RENDER_TRIES = 3;

/** Thrown inside the signing transaction (rolling it back) when the sealed PDF must first be rendered from `data`. */
class SealNeedsRendering extends Error {
  constructor(readonly data: ConventionPdfData) {
    super("The sealed PDF must be rendered first");
  }
}

type PreparedSeal = { version: string; pdf: Uint8Array<ArrayBuffer> };

/**
 * Records one signatory's signature. When the last one signs, the convention becomes SIGNED: its PDF is stored with
 * its SHA-256, and from then on every write to the convention is refused (lib/conventions/access.ts).
 *
 * The sealed PDF is rendered outside any transaction (in the render pool's thread: about a second): a first
 * transaction makes the signature, finds it is the last one, loads the data the PDF prints and rolls back; the PDF is
 * rendered from that data; the signature's transaction then runs again and seals the PDF only if the data it loads
 * is still the same (same version: SHA-256 of the render input), otherwise it renders again (3 tries).
 */
export async function recordSignature(db: Db, actor: Actor, input: RecordSignatureData) {
  const { scope } = await requireConvention(db, actor, input.conventionId, "convention.sign");
  let prepared: PreparedSeal | null = null;
  for (let renders = 0; ; renders++) {
    try {
      return await signInTransaction(db, actor, scope, input, prepared);
    } catch (error) {
      if (!(error instanceof SealNeedsRendering)) throw error;
      if (renders === SEAL_RENDER_TRIES) {
        throw new AppError(
          "CONFLICT",
          "La convention a été modifiée pendant la préparation de son PDF signé. Réessayez d'enregistrer la signature.",
        );
      }
      const data = error.data;
      prepared = {
        version: renderInputVersion({ kind: "CONVENTION", data }),
        pdf: await getRenderPool().render({ kind: "CONVENTION", data }),
      };
    }
  }
}

async function signInTransaction(
  db: Db,
  actor: Actor,
  scope: Awaited<ReturnType<typeof requireConvention>>["scope"],
  input: RecordSignatureData,
  prepared: PreparedSeal | null,
) {
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
        // territory or a caisse is renamed later, or when new diagnostic data is imported.
        await freezeFields(tx, convention.id, scope.territory.id);
        // Annexe 3 keeps the diagnostic as it is today (lib/diagnostic/annex.ts).
        await freezeDiagnosticAnnexes(tx, convention.id, scope.territory);
        const data = await loadConventionPdfData(tx, convention.id, { signed: true });
        // The PDF rendered before this transaction, if it was rendered from exactly this data; else roll back.
        if (!prepared || prepared.version !== renderInputVersion({ kind: "CONVENTION", data })) {
          throw new SealNeedsRendering(data);
        }
        const pdf = prepared.pdf;
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
    { timeout: 20_000 },
  );
}
