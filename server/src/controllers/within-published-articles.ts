import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { contentApiFor } from '../utils/content-api-controller';
import { findWithKeptTotal } from '../utils/list-with-total';

/**
 * Read-only content-API controller for records that belong to an article (figures, quotes,
 * corrections):
 * the read policy (document-middlewares/content-api-reads.ts) finds only those of a published
 * article, whatever filters the client sends.
 */
export const createArticleChildController =
  (name: 'casualty-figure' | 'quote' | 'correction') =>
  ({ strapi }: { strapi: Core.Strapi }) => {
    const uid = `plugin::fact-desk.${name}` as const;
    const contentApi = contentApiFor(strapi, uid);
    const records = () => getService(strapi, name);

    return {
      async find(ctx: Context) {
        const { results, pagination } = await findWithKeptTotal(
          strapi,
          uid,
          (page) => records().find(page),
          await contentApi.query(ctx)
        );
        return { data: await contentApi.output(results, ctx), meta: { pagination } };
      },

      async findOne(ctx: Context) {
        const entry = await records().findOne(ctx.params.id, await contentApi.query(ctx));
        if (!entry) return ctx.notFound();
        return { data: await contentApi.output(entry, ctx), meta: {} };
      },
    };
  };
