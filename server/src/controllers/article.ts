import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { withSharedRelations } from '../services/shared-relations';
import { getService } from '../utils/get-service';
import { contentApiFor } from './content-api';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const contentApi = contentApiFor(strapi, 'plugin::fact-desk.article');
  const articles = () => getService(strapi, 'article');

  return {
    async find(ctx: Context) {
      const query = await contentApi.query(ctx);
      const { results, pagination } = await articles().find(query);
      const withRelations = await withSharedRelations(strapi, results ?? [], query.populate);
      return { data: await contentApi.output(withRelations, ctx), meta: { pagination } };
    },

    async findOne(ctx: Context) {
      const query = await contentApi.query(ctx);
      const entry = await articles().findOne(ctx.params.id, query);
      if (!entry) return ctx.notFound();
      const [withRelations] = await withSharedRelations(strapi, [entry], query.populate);
      return { data: await contentApi.output(withRelations, ctx), meta: {} };
    },
  };
};
