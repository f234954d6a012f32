import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editConvention } from "./access";
import { checkAnnexFile } from "./annex-file";
import { sanitizeRichText } from "./rich-text";
import type { SaveAnnexData } from "./schemas";

/** Creates or edits an annex: code, title, text, an uploaded file (a PDF or DOCX whose structure is checked,
 * annex-file.ts) or generated content. */
export async function saveAnnex(
  db: Db,
  actor: Actor,
  input: SaveAnnexData & { file?: { name: string; mime: string; data: Uint8Array } },
) {
  // The file's structure is checked before anything is written: a bad file changes nothing.
  const file = input.file && { ...input.file, mime: (await checkAnnexFile(input.file.data)).mime };
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const duplicate = await tx.annex.findFirst({
      where: { conventionId: convention.id, code: input.code, NOT: input.annexId ? { id: input.annexId } : undefined },
    });
    if (duplicate) throw new AppError("CONFLICT", `Une annexe porte déjà le code ${input.code}.`);
    const data = {
      code: input.code,
      title: input.title,
      content: input.content,
      body: input.content === "TEXT" && input.body ? sanitizeRichText(input.body) : null,
      ...(file ? { fileName: file.name, fileMime: file.mime, fileData: Buffer.from(file.data) } : {}),
    };
    if (input.annexId) {
      const before = await tx.annex.findFirst({ where: { id: input.annexId, conventionId: convention.id } });
      if (!before) throw new AppError("NOT_FOUND", "Annexe introuvable.");
      if (data.content === "FILE" && !input.file && !before.fileData)
        throw new AppError("INVALID_INPUT", "Joignez le fichier PDF ou DOCX de l'annexe.");
      await tx.annex.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
      const { fileData: _ignored, ...auditable } = data as typeof data & { fileData?: unknown };
      await audit("Annex", before.id, "annex.update", diffFields(before, auditable));
      return { annexId: before.id };
    }
    if (data.content === "FILE" && !input.file)
      throw new AppError("INVALID_INPUT", "Joignez le fichier PDF ou DOCX de l'annexe.");
    const last = await tx.annex.aggregate({ where: { conventionId: convention.id }, _max: { position: true } });
    const created = await tx.annex.create({
      data: { ...data, conventionId: convention.id, position: (last._max.position ?? 0) + 1 },
    });
    await audit("Annex", created.id, "annex.create", {
      code: { old: null, new: input.code },
      title: { old: null, new: input.title },
    });
    return { annexId: created.id };
  });
}
