import type { Core } from '@strapi/strapi';
import { currentActor } from '../utils/actor';
import { PLUGIN_UID_PREFIX } from '../constants';
import type { Middleware } from '../utils/document-middleware';

/**
 * Who created and who last changed a record, whichever route wrote it: the Content Manager sets
 * them itself, the plugin's own routes and other plugins do not. The four-eyes rule reads the
 * creator, so every write made by an admin names them.
 */
export const recordCreator =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith(PLUGIN_UID_PREFIX)) return next();
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();
    const adminId = currentActor(strapi)?.adminId;
    if (!adminId) return next();
    const params = ctx.params as { data?: Record<string, unknown> };
    const data = { ...(params.data ?? {}) };
    if (ctx.action === 'create') data.createdBy = adminId;
    data.updatedBy = adminId;
    params.data = data;
    return next();
  };
