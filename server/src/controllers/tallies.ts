import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { FIGURE_CATEGORIES } from '../domain';
import { MAX_PAGE_SIZE } from '../../../shared/vocabulary';
import { isoDate } from '../../../shared/fields';
import { NO_CLAIMANT } from '../queries/public-records';
import { getService } from '../utils/get-service';
import { parseQuery } from '../utils/query-params';

/** The filters of tallies and exports: public fields only. */
export const figureFiltersQuery = z.strictObject({
  region: z.string().min(1).max(200).optional(),
  category: z.enum(FIGURE_CATEGORIES).optional(),
  from: isoDate.unwrap().optional(),
  to: isoDate.unwrap().optional(),
});

/** The figures behind a tally: the same filters, a claimant (or `none`) and a page. */
export const tallyFiguresQuery = figureFiltersQuery.extend({
  claimant: z
    .string()
    .regex(/^[A-Za-z0-9]{1,64}$/, `Use a claimant's documentId, or "${NO_CLAIMANT}".`)
    .optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const filters = parseQuery(figureFiltersQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'front-end').tallies(filters), meta: { filters } };
  },

  async figures(ctx: Context) {
    const { page, pageSize, ...filters } = parseQuery(tallyFiguresQuery, ctx.query);
    const { figures, pagination } = await getService(strapi, 'front-end').tallyFigures(filters, {
      page,
      pageSize,
    });
    ctx.body = { data: figures, meta: { filters, pagination } };
  },
});
