import type { Core } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import { PLUGIN_UID_PREFIX } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const WRITES = ['create', 'update', 'clone'];
// What Strapi's own forms send back beside the attributes: the record's ids and its status.
const ECHOED = new Set(['id', 'documentId', 'status']);

/**
 * A write names the fields of its type. Strapi drops a field it does not know without a word,
 * so a misspelt field would be a change that silently did not happen: it is refused at its path.
 */
export const knownFields =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith(PLUGIN_UID_PREFIX) || !WRITES.includes(ctx.action)) return next();
    const data = (ctx.params as { data?: unknown }).data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return next();
    const attributes = strapi.getModel(ctx.uid).attributes;
    const unknown = Object.keys(data).filter((key) => !(key in attributes) && !ECHOED.has(key));
    if (unknown.length === 0) return next();
    const type = String(strapi.getModel(ctx.uid).info.displayName).toLowerCase();
    throw validationError(
      unknown.map((key) => ({ path: [key], message: `A ${type} has no field "${key}".` }))
    );
  };
