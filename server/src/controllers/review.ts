import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { VERIFICATION_STATUSES } from '../domain';
import { getService } from '../utils/get-service';
import { MAX_PAGE_SIZE } from '../domain/public-paging';
import { parseQuery } from './query-params';

const queueQuery = z.strictObject({
  status: z.enum(VERIFICATION_STATUSES).optional(),
  article: z.string().min(1).optional(),
  claimant: z.string().min(1).optional(),
  region: z.string().min(1).max(200).optional(),
  sort: z.enum(['date:asc', 'date:desc']).default('date:desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The fact-check side panel of an article: its records, their findings, the publish verdict. */
  async article(ctx: Context) {
    const review = await getService(strapi, 'article-review').review(ctx.params.documentId);
    if (!review) throw new errors.NotFoundError('No article with this id.');
    ctx.body = { data: review };
  },

  /** The fact-check side panel of a figure: its article, whole, parts and rival claims. */
  async figure(ctx: Context) {
    const review = await getService(strapi, 'article-review').figure(ctx.params.documentId);
    if (!review) throw new errors.NotFoundError('No casualty figure with this id.');
    ctx.body = { data: review };
  },

  /** The fact-check queue: what still needs a check, across articles. */
  async queue(ctx: Context) {
    ctx.body = await getService(strapi, 'check-queue').list(parseQuery(queueQuery, ctx.query));
  },
});
