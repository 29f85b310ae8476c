import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The fact-check side panel of an article: its records, their findings, the publish verdict. */
  async article(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'article-review').review(ctx.params.documentId) };
  },
});
