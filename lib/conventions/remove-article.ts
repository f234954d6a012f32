import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editConvention, loadArticle } from "./access";
import { renumber } from "./positions";

/** Deletes a visa or an article; numbering follows (the préambule stays). */
export async function removeArticle(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; articleId: string },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const article = await loadArticle(tx, convention.id, input.articleId);
    if (article.kind === "PREAMBLE") throw new AppError("INVALID_STATE", "Le préambule ne peut pas être supprimé.");
    await tx.article.delete({ where: { id: article.id } });
    await renumber(tx, "article", convention.id, article.kind);
    await audit("Article", article.id, "article.delete", {
      title: { old: article.title, new: null },
      body: { old: article.body, new: null },
    });
    return {};
  });
}
