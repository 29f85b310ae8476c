import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { getService } from '../utils/get-service';
import { localeParam, parseQuery } from './query-params';

const factSheetQuery = z.strictObject({ locale: localeParam.optional() });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const { locale } = parseQuery(factSheetQuery, ctx.query);
    const sheet = await getService(strapi, 'fact-sheet').bySlug(ctx.params.slug, locale);
    if (!sheet) return ctx.notFound('No published article has this slug.');
    ctx.body = { data: sheet, meta: {} };
  },
});
