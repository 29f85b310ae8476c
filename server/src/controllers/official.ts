import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { getService } from '../utils/get-service';
import { contentApiFor } from '../utils/content-api-controller';
import { parseQuery } from '../utils/query-params';
import { OFFICIAL } from '../constants';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const contentApi = contentApiFor(strapi, OFFICIAL);

  return {
    async find(ctx: Context) {
      const query = await contentApi.query(ctx);
      const { results, pagination } = await getService(strapi, 'official').find(query);
      return { data: await contentApi.output(results, ctx), meta: { pagination } };
    },

    /** A speaker page: the public profile, quotes in published articles, and their verdicts. */
    async findOne(ctx: Context) {
      parseQuery(z.strictObject({}), ctx.query);
      const page = await getService(strapi, 'front-end').speakerPage(ctx.params.id);
      if (!page) return ctx.notFound('No official has this id.');
      return { data: page, meta: {} };
    },
  };
};
