import type { Core } from '@strapi/strapi';
import { ARTICLE_CHILDREN, type ArticleChild } from '../services/published-flags';
import { getService } from '../utils/get-service';
import { isReadAction } from '../utils/read-actions';
import { ARTICLE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const isArticleChild = (uid: string): uid is ArticleChild =>
  (ARTICLE_CHILDREN as readonly string[]).includes(uid);

const documentIdOf = (params: unknown, result: unknown): string | undefined =>
  (params as { documentId?: string }).documentId ??
  (result as { documentId?: string } | null | undefined)?.documentId;

/**
 * After a write that can change whether a figure, quote or correction is public (an article
 * published, unpublished, deleted or relinked; a record moved to another article), brings their
 * `inPublishedArticle` flags up to date in the same transaction as the write.
 */
export const keepPublishedFlags =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (isReadAction(ctx.action)) return next();
    const flags = getService(strapi, 'published-flags');

    if (ctx.uid === ARTICLE) {
      return strapi.db.transaction(async () => {
        const linkedTo = (documentId: string | undefined) =>
          Promise.all(
            ARTICLE_CHILDREN.map((uid) =>
              documentId ? flags.idsOfArticle(uid, documentId) : Promise.resolve([])
            )
          );
        // Records linked before the write too: an article update can unlink them.
        const before = await linkedTo(documentIdOf(ctx.params, undefined));
        const result = await next();
        const after = await linkedTo(documentIdOf(ctx.params, result));
        if (ctx.action === 'publish') {
          for (const [at, uid] of ARTICLE_CHILDREN.entries()) await flags.release(uid, after[at]);
        }
        for (const [at, uid] of ARTICLE_CHILDREN.entries()) {
          await flags.sync(uid, [...new Set([...before[at], ...after[at]])]);
        }
        return result;
      });
    }

    if (isArticleChild(ctx.uid) && ctx.action !== 'delete') {
      const uid = ctx.uid;
      return strapi.db.transaction(async () => {
        const result = await next();
        const documentId = documentIdOf(ctx.params, result);
        if (documentId) await flags.sync(uid, await flags.idsOfDocument(uid, documentId));
        return result;
      });
    }

    return next();
  };
