import type { Core, UID } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import { PLUGIN_UID_PREFIX } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const WRITES = ['create', 'update', 'clone'];
// What Strapi's own forms send back beside the attributes: the record's ids and its status.
const ECHOED = new Set(['id', 'documentId', 'status']);

/**
 * A write names the fields of its type. Strapi drops a field it does not know without a word,
 * so a misspelt field would be a change that silently did not happen: it is refused at its path,
 * as is any change of the record's ids.
 */
export const knownFields =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith(PLUGIN_UID_PREFIX) || !WRITES.includes(ctx.action)) return next();
    const data = (ctx.params as { data?: unknown }).data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return next();
    const attributes = strapi.getModel(ctx.uid).attributes;
    const type = String(strapi.getModel(ctx.uid).info.displayName).toLowerCase();
    const unknown = Object.keys(data).filter((key) => !(key in attributes) && !ECHOED.has(key));
    if (unknown.length > 0) {
      throw validationError(
        unknown.map((key) => ({ path: [key], message: `A ${type} has no field "${key}".` }))
      );
    }
    const { documentId } = ctx.params as { documentId?: string };
    const problem = await identityProblem(strapi, ctx.uid, documentId, data as Sent, type);
    if (problem) throw validationError([problem]);
    return next();
  };

type Sent = Record<string, unknown> & { id?: unknown; documentId?: unknown };

/**
 * A record's ids are the server's: a write may send them back as they are (the Content Manager's
 * form does), never change them. A new documentId would give the record another's identity or
 * cut it from its audit trail; a new row id is ignored by Strapi without a word.
 */
async function identityProblem(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string | undefined,
  data: Sent,
  type: string
) {
  if (data.documentId !== undefined && data.documentId !== documentId) {
    return { path: ['documentId'], message: `A ${type}'s documentId is the server's to set.` };
  }
  if (data.id === undefined) return null;
  const rows: { id: number }[] = documentId
    ? await strapi.db.query(uid).findMany({ where: { documentId }, select: ['id'] })
    : [];
  if (rows.some((row) => String(row.id) === String(data.id))) return null;
  return { path: ['id'], message: `A ${type}'s id is the server's to set.` };
}
