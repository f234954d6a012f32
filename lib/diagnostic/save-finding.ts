import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { requireTerritory } from "../auth/scope";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { SaveFindingData } from "./finding-schemas";
import { isBlankRichText, richTextToPlain, sanitizeDiagnosticHtml } from "./rich-text";

export const FINDING_CONFLICT =
  "Ces constats ont été modifiés par quelqu'un d'autre entre-temps : rechargez la page pour voir leur dernière version, puis reprenez votre saisie.";

/**
 * The caisse's findings on one theme of a territory's diagnostic (rich text, sanitised). Optimistic locking: the
 * form sends the version it was loaded with (0 when the theme had none: the first save creates them); a stale save
 * changes nothing and answers CONFLICT.
 */
export async function saveFinding(db: Db, actor: Actor, input: SaveFindingData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "diagnostic.edit");
  const cleaned = sanitizeDiagnosticHtml(input.body);
  const body = isBlankRichText(cleaned) ? "" : cleaned;
  const territoryId = scope.territory.id;
  return db.$transaction(async (tx) => {
    const audit = auditFor(tx, actor, scope);
    if (input.version === 0) {
      // ON CONFLICT DO NOTHING: someone else's first save wins, ours is a conflict (the transaction stays usable).
      const { count } = await tx.diagnosticFinding.createMany({
        data: [{ territoryId, theme: input.theme, body, updatedById: actor.id }],
        skipDuplicates: true,
      });
      if (count === 0) throw new AppError("CONFLICT", FINDING_CONFLICT);
      const created = await tx.diagnosticFinding.findUniqueOrThrow({
        where: { territoryId_theme: { territoryId, theme: input.theme } },
        select: { id: true, version: true },
      });
      await audit("DiagnosticFinding", created.id, "diagnostic.finding", {
        theme: input.theme,
        body: { old: null, new: richTextToPlain(body) },
      });
      return { findingId: created.id, version: created.version };
    }
    const before = await tx.diagnosticFinding.findUnique({
      where: { territoryId_theme: { territoryId, theme: input.theme } },
      select: { id: true, body: true, version: true },
    });
    if (!before || before.version !== input.version) throw new AppError("CONFLICT", FINDING_CONFLICT);
    // Nothing changed: nothing written, the version stays.
    if (before.body === body) return { findingId: before.id, version: before.version };
    // The version in the WHERE: a save committed since our read makes this one change nothing.
    const { count } = await tx.diagnosticFinding.updateMany({
      where: { id: before.id, territoryId, version: input.version },
      data: { body, version: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) throw new AppError("CONFLICT", FINDING_CONFLICT);
    await audit("DiagnosticFinding", before.id, "diagnostic.finding", {
      theme: input.theme,
      body: { old: richTextToPlain(before.body), new: richTextToPlain(body) },
    });
    return { findingId: before.id, version: input.version + 1 };
  });
}
