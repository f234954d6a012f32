import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editConvention, loadArticle } from "./access";
import { swap } from "./positions";

/** Moves a visa or an article up or down its list (the préambule does not move). */
export async function moveArticle(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; articleId: string; direction: "up" | "down" },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const article = await loadArticle(tx, convention.id, input.articleId);
    if (article.kind === "PREAMBLE") throw new AppError("INVALID_STATE", "Le préambule ne se déplace pas.");
    const all = await tx.article.findMany({
      where: { conventionId: convention.id, kind: article.kind },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const moved = await swap(
      tx,
      "article",
      all.map((a) => a.id),
      article.id,
      input.direction,
    );
    if (moved) await audit("Article", article.id, "article.move", { position: moved });
    return {};
  });
}
