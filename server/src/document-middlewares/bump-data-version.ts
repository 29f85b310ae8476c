import type { Core, Modules } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { isReadAction } from './read-actions';

type Middleware = Modules.Documents.Middleware.Middleware;

/** After any write to one of the plugin's types, cached responses of its API are stale. */
export const bumpDataVersion =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith('plugin::fact-desk.') || isReadAction(ctx.action)) return next();
    const result = await next();
    await getService(strapi, 'data-version').bump();
    return result;
  };
