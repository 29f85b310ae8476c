import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { FIGURE_CATEGORIES } from '../domain';
import { getService } from '../utils/get-service';
import { parseQuery } from '../utils/query-params';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-05-18.');

/** The filters of tallies and exports: public fields only. */
export const figureFiltersQuery = z.strictObject({
  region: z.string().min(1).max(200).optional(),
  category: z.enum(FIGURE_CATEGORIES).optional(),
  from: date.optional(),
  to: date.optional(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const filters = parseQuery(figureFiltersQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'front-end').tallies(filters), meta: { filters } };
  },
});
