import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { toScriptSafeJson } from '../domain';
import { getService } from '../utils/get-service';
import { localeParam, parseQuery } from '../utils/query-params';

const factSheetQuery = z.strictObject({ locale: localeParam.optional() });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const load = async (ctx: Context) => {
    const { locale } = parseQuery(factSheetQuery, ctx.query);
    return getService(strapi, 'fact-sheet').bySlug(ctx.params.slug, locale);
  };

  return {
    async findOne(ctx: Context) {
      const sheet = await load(ctx);
      if (!sheet) return ctx.notFound('No published article has this slug.');
      ctx.body = { data: sheet, meta: {} };
    },

    /** schema.org ClaimReview JSON-LD, ready to paste into a <script type="application/ld+json">. */
    async claimReview(ctx: Context) {
      const sheet = await load(ctx);
      if (!sheet) return ctx.notFound('No published article has this slug.');
      ctx.type = 'application/ld+json; charset=utf-8';
      ctx.body = toScriptSafeJson(getService(strapi, 'front-end').claimReviews(sheet));
    },

    /** The one ClaimReview of a figure or quote, for a page that reviews that claim alone. */
    async claimReviewOfItem(ctx: Context) {
      const sheet = await load(ctx);
      if (!sheet) return ctx.notFound('No published article has this slug.');
      const review = getService(strapi, 'front-end').claimReview(sheet, ctx.params.documentId);
      if (!review) {
        return ctx.notFound('This article has no checked figure or quote with this id.');
      }
      ctx.type = 'application/ld+json; charset=utf-8';
      ctx.body = toScriptSafeJson(review);
    },
  };
};
