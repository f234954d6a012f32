import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editConvention } from "./access";
import { sanitizeRichText } from "./rich-text";

/** Adds a visa or an article at the end of its list, with its first revision. */
export async function addArticle(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; kind: "VISA" | "ARTICLE"; title: string; body: string },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const last = await tx.article.aggregate({
      where: { conventionId: convention.id, kind: input.kind },
      _max: { position: true },
    });
    const body = sanitizeRichText(input.body);
    const title = input.kind === "ARTICLE" ? input.title || "Nouvel article" : "";
    const article = await tx.article.create({
      data: { conventionId: convention.id, kind: input.kind, position: (last._max.position ?? 0) + 1, title, body },
    });
    await tx.articleRevision.create({ data: { articleId: article.id, version: 1, title, body, authorId: actor.id } });
    await audit("Article", article.id, "article.create", { title: { old: null, new: title } });
    return { articleId: article.id };
  });
}
