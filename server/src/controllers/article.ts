import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { type ArticleEntry, withSharedRelations } from '../queries/shared-relations';
import { getService } from '../utils/get-service';
import { contentApiFor } from '../utils/content-api-controller';
import { findWithKeptTotal } from '../utils/list-with-total';
import { ARTICLE } from '../constants';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const uid = ARTICLE;
  const contentApi = contentApiFor(strapi, uid);
  const articles = () => getService(strapi, 'article');

  return {
    async find(ctx: Context) {
      const query = await contentApi.query(ctx);
      const { results, pagination } = await findWithKeptTotal<ArticleEntry[] | null>(
        strapi,
        uid,
        (page) => articles().find(page),
        query
      );
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
