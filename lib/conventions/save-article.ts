import type { Actor } from "../auth/actor";
import { auditFor } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertTextEditable, lockConvention, requireConvention } from "./access";
import { sanitizeRichText } from "./rich-text";
import type { SaveArticleData } from "./schemas";

export type SaveArticleResult =
  | { status: "saved"; version: number }
  | {
      status: "conflict";
      current: { version: number; title: string; body: string; authorName: string | null; savedAt: Date };
    };

/**
 * Saves one article (or visa, or the préambule) on the version it was based on. A stale save writes nothing and
 * returns the other person's text, so that the editor can show both and let the user merge or reload.
 * Articles carry their own version: two people may edit two different articles at the same time.
 */
export async function saveArticle(db: Db, actor: Actor, input: SaveArticleData): Promise<SaveArticleResult> {
  const { scope } = await requireConvention(db, actor, input.conventionId, "convention.edit");
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, input.conventionId, scope.territory.id);
    assertTextEditable(convention);
    const article = await tx.article.findFirst({ where: { id: input.articleId, conventionId: convention.id } });
    if (!article) throw new AppError("NOT_FOUND", "Article introuvable.");
    if (article.version !== input.version) {
      const revision = await tx.articleRevision.findFirst({
        where: { articleId: article.id, version: article.version },
      });
      const author = revision?.authorId
        ? await tx.user.findUnique({ where: { id: revision.authorId }, select: { name: true } })
        : null;
      return {
        status: "conflict",
        current: {
          version: article.version,
          title: article.title,
          body: article.body,
          authorName: author?.name ?? null,
          savedAt: revision?.createdAt ?? article.updatedAt,
        },
      };
    }
    const body = sanitizeRichText(input.body);
    const title = article.kind === "ARTICLE" ? input.title.trim() : article.kind === "PREAMBLE" ? "Préambule" : "";
    if (article.kind === "ARTICLE" && !title)
      throw new AppError("INVALID_INPUT", "Le titre de l'article est obligatoire.");
    if (title === article.title && body === article.body) return { status: "saved", version: article.version };
    const nextVersion = article.version + 1;
    await tx.article.update({ where: { id: article.id }, data: { title, body, version: nextVersion } });
    await tx.articleRevision.create({
      data: { articleId: article.id, version: nextVersion, title, body, authorId: actor.id },
    });
    const changes: Record<string, { old: unknown; new: unknown }> = {};
    if (title !== article.title) changes.title = { old: article.title, new: title };
    if (body !== article.body) changes.body = { old: article.body, new: body };
    await auditFor(tx, actor, scope)("Article", article.id, "article.update", changes);
    return { status: "saved", version: nextVersion };
  });
}
