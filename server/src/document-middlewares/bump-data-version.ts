import type { Core } from '@strapi/strapi';
import { ARTICLE_CHILDREN } from '../services/published-flags';
import { getService } from '../utils/get-service';
import { isReadAction } from '../utils/read-actions';
import { ARTICLE, FIGURE, OFFICIAL, PLUGIN_UID_PREFIX, QUOTE } from '../constants';
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

// The types readers are served; corrections are told by their own event, audit events never.
const ANNOUNCED = [ARTICLE, FIGURE, QUOTE, OFFICIAL];

/** Whether the article has a published edition (in `locale`, if one is named). */
async function hasPublishedEdition(
  strapi: Core.Strapi,
  documentId: string | undefined,
  locale: string | undefined
) {
  if (!documentId) return false;
  const count = await strapi.db.query(ARTICLE).count({
    where: {
      documentId,
      publishedAt: { $notNull: true },
      ...(locale && locale !== '*' ? { locale } : {}),
    },
  });
  return count > 0;
}

/** The plugin's webhook event for a write readers may see. */
async function announce(strapi: Core.Strapi, uid: string, documentId: string | undefined) {
  if (!documentId || !ANNOUNCED.includes(uid)) return;
  const type = uid.slice(PLUGIN_UID_PREFIX.length);
  await getService(strapi, 'public-events').announcePublicChange(type, documentId);
}

/**
 * After any write to one of the plugin's types, cached counts are stale; after a write that may
 * change what the content API serves, its cached responses and ETags are stale too, and front ends
 * are told. A draft, or a figure of an unpublished article before and after the write, changes
 * nothing a reader sees.
 */
export const bumpDataVersion =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith(PLUGIN_UID_PREFIX) || isReadAction(ctx.action)) return next();
    const params = (ctx.params ?? {}) as { documentId?: string; status?: string; locale?: unknown };

    const writtenId = (result: unknown) =>
      params.documentId ?? (result as { documentId?: string } | null)?.documentId;

    if ((ARTICLE_CHILDREN as readonly string[]).includes(ctx.uid)) {
      const wasPublic = await isPublic(strapi, ctx.uid, params.documentId);
      const result = await next();
      const nowPublic =
        ctx.action !== 'delete' && (await isPublic(strapi, ctx.uid, writtenId(result)));
      const draftsOnly = !wasPublic && !nowPublic;
      await getService(strapi, 'data-version').bump({ draftsOnly });
      if (!draftsOnly) await announce(strapi, ctx.uid, writtenId(result));
      return result;
    }

    if (ctx.uid === ARTICLE) {
      const locale = typeof params.locale === 'string' ? params.locale : undefined;
      const wasPublished = await hasPublishedEdition(strapi, params.documentId, locale);
      const result = await next();
      const nowPublished =
        ctx.action !== 'delete' && (await hasPublishedEdition(strapi, writtenId(result), locale));
      const draftsOnly = DRAFT_WRITES.includes(ctx.action) && params.status !== 'published';
      await getService(strapi, 'data-version').bump({ draftsOnly });
      // Discarding a draft leaves the published edition as readers had it.
      const seenByReaders = (wasPublished || nowPublished) && ctx.action !== 'discardDraft';
      if (!draftsOnly && seenByReaders) await announce(strapi, ctx.uid, writtenId(result));
      return result;
    }

    const result = await next();
    const hasDrafts = Boolean(strapi.contentType(ctx.uid).options?.draftAndPublish);
    const draftsOnly =
      hasDrafts && DRAFT_WRITES.includes(ctx.action) && params.status !== 'published';
    await getService(strapi, 'data-version').bump({ draftsOnly });
    if (!draftsOnly) await announce(strapi, ctx.uid, writtenId(result));
    return result;
  };
