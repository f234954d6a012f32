import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editFicheChild } from "./fiche-writes";

/** A dated note on a fiche. */
export function addNote(db: Db, actor: Actor, input: { ficheId: string; date: Date; body: string }) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, audit) => {
    const note = await tx.ficheNote.create({
      data: { ficheId: fiche.id, date: input.date, body: input.body, authorId: actor.id },
    });
    await audit("FicheNote", note.id, "fiche.note", { body: input.body });
    return { noteId: note.id };
  });
}
