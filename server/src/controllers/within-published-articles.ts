import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { withinPublishedArticles } from '../services/published-scope';
import { refuseDraftStatus } from './published-only';

/**
 * Read-only content-API controller for records that belong to an article (figures, quotes):
 * only those of a published article are found, whatever filters the client sends.
 */
export const createArticleChildController =
  (name: 'casualty-figure' | 'quote') =>
  ({ strapi }: { strapi: Core.Strapi }) => {
    const contentType = strapi.contentType(`plugin::fact-desk.${name}`);
    const service = () => strapi.plugin('fact-desk').service(name);

    const readQuery = async (ctx: Context) => {
      refuseDraftStatus(ctx);
      const auth = ctx.state.auth;
      await strapi.contentAPI.validate.query(ctx.query, contentType, { auth });
      const query = await strapi.contentAPI.sanitize.query(ctx.query, contentType, { auth });
      return { ...query, filters: withinPublishedArticles(query.filters) };
    };

    const sanitize = (data: unknown, ctx: Context) =>
      strapi.contentAPI.sanitize.output(data, contentType, { auth: ctx.state.auth });

    return {
      async find(ctx: Context) {
        const { results, pagination } = await service().find(await readQuery(ctx));
        return { data: await sanitize(results, ctx), meta: { pagination } };
      },

      async findOne(ctx: Context) {
        const entity = await service().findOne(ctx.params.id, await readQuery(ctx));
        if (!entity) return ctx.notFound();
        return { data: await sanitize(entity, ctx), meta: {} };
      },
    };
  };
