import type { Core, Modules } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { isReadAction } from './read-actions';

type Middleware = Modules.Documents.Middleware.Middleware;

// On a type with drafts, these write the draft only; the published version is untouched.
const DRAFT_WRITES = ['create', 'update'];

/**
 * After any write to one of the plugin's types, cached counts are stale; after a write that may
 * change published content, cached responses of the content API are stale too.
 */
export const bumpDataVersion =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith('plugin::fact-desk.') || isReadAction(ctx.action)) return next();
    const result = await next();
    const hasDrafts = Boolean(strapi.contentType(ctx.uid).options?.draftAndPublish);
    const publishes = (ctx.params as { status?: string } | undefined)?.status === 'published';
    const draftsOnly = hasDrafts && DRAFT_WRITES.includes(ctx.action) && !publishes;
    await getService(strapi, 'data-version').bump({ draftsOnly });
    return result;
  };
