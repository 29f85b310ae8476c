import type { Core } from '@strapi/strapi';
import { ARTICLE_CHILDREN } from '../services/published-flags';
import { getService } from '../utils/get-service';
import { isReadAction } from '../utils/read-actions';
import { PLUGIN_UID_PREFIX } from '../constants';
import type { Middleware } from '../utils/document-middleware';

// On a type with drafts, these write the draft only; the published version is untouched.
const DRAFT_WRITES = ['create', 'update'];

async function isPublic(strapi: Core.Strapi, uid: string, documentId: string | undefined) {
  if (!documentId) return false;
  const row = await strapi.db
    .query(uid as never)
    .findOne({ where: { documentId }, select: ['inPublishedArticle'] });
  return Boolean(row?.inPublishedArticle);
}

/**
 * After any write to one of the plugin's types, cached counts are stale; after a write that may
 * change what the content API serves, its cached responses and ETags are stale too. A draft, or a
 * figure of an unpublished article before and after the write, changes nothing a reader sees.
 */
export const bumpDataVersion =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith(PLUGIN_UID_PREFIX) || isReadAction(ctx.action)) return next();
    const params = (ctx.params ?? {}) as { documentId?: string; status?: string };

    if ((ARTICLE_CHILDREN as readonly string[]).includes(ctx.uid)) {
      const wasPublic = await isPublic(strapi, ctx.uid, params.documentId);
      const result = await next();
      const written = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      const nowPublic = ctx.action !== 'delete' && (await isPublic(strapi, ctx.uid, written));
      await getService(strapi, 'data-version').bump({ draftsOnly: !wasPublic && !nowPublic });
      return result;
    }

    const result = await next();
    const hasDrafts = Boolean(strapi.contentType(ctx.uid).options?.draftAndPublish);
    const draftsOnly =
      hasDrafts && DRAFT_WRITES.includes(ctx.action) && params.status !== 'published';
    await getService(strapi, 'data-version').bump({ draftsOnly });
    return result;
  };
