import type { Core, Modules } from '@strapi/strapi';
import { getService } from '../utils/get-service';

type Middleware = Modules.Documents.Middleware.Middleware;

const READS = ['findOne', 'findMany', 'findFirst', 'count'];

/** After any write to one of the plugin's types, cached responses of its API are stale. */
export const bumpDataVersion =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith('plugin::fact-desk.') || READS.includes(ctx.action)) return next();
    const result = await next();
    await getService(strapi, 'data-version').bump();
    return result;
  };
