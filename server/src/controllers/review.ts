import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { checkQueueQuery } from '../../../shared/contracts/check-queue';
import { getService } from '../utils/get-service';
import { parseQuery } from '../utils/query-params';
import { withRetryAfter } from '../utils/retry-after';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The fact-check side panel of an article: its records, their findings, the publish verdict. */
  async article(ctx: Context) {
    const review = await withRetryAfter(ctx, () =>
      getService(strapi, 'article-review').review(ctx.params.documentId)
    );
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
    ctx.body = await getService(strapi, 'check-queue').list(parseQuery(checkQueueQuery, ctx.query));
  },
});
