import type { Core } from '@strapi/strapi';
import type { Middleware } from '../utils/document-middleware';
import {
  checkOfficial,
  officialInputSchema,
  parsePartialInput,
  type OfficialFacts,
} from '../domain';
import { refuseOnErrors } from '../utils/refuse-on-errors';
import { OFFICIAL } from '../constants';

/** Applies the official rules (Wikidata id, tenure dates) to every create and update. */
export const officialIntegrity =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== OFFICIAL || (ctx.action !== 'create' && ctx.action !== 'update')) return next();

    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    const stored: OfficialFacts | null =
      ctx.action === 'update' && params.documentId
        ? await strapi.db.query(OFFICIAL).findOne({
            where: { documentId: params.documentId },
            select: ['name', 'roleStart', 'roleEnd'],
          })
        : null;

    const { values, findings } = parsePartialInput(officialInputSchema, data);
    refuseOnErrors(findings, 'official');
    refuseOnErrors(checkOfficial({ ...stored, ...values }), 'official');

    params.data = { ...data, ...values };
    return next();
  };
