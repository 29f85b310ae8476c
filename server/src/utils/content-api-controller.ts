import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { findPaginationProblem } from '../domain/public-paging';
import { findReaderQueryProblem } from '../document-middlewares/content-api-reads';
import { publicFieldKinds, publicTypeOf } from './public-types';
import { refuseQuery } from './refuse-query';
import { refuseDraftStatus } from './published-only';

/** The read policy's checks, before Strapi's own, so that every refusal names its path. */
function refuseBadQuery(strapi: Core.Strapi, uid: UID.ContentType, query: Record<string, unknown>) {
  const type = publicTypeOf(uid);
  const problem =
    findPaginationProblem(query.pagination) ??
    (type ? findReaderQueryProblem(type, publicFieldKinds(strapi), query) : null);
  if (problem) refuseQuery(problem);
}

/**
 * The checks every content-API read of the plugin makes: published content only, a query
 * validated and sanitized against the caller's permissions, and output sanitized the same way.
 */
export const contentApiFor = (strapi: Core.Strapi, uid: UID.ContentType) => {
  const contentType = strapi.contentType(uid);
  return {
    async query(ctx: Context) {
      refuseDraftStatus(ctx);
      refuseBadQuery(strapi, uid, ctx.query);
      const auth = ctx.state.auth;
      await strapi.contentAPI.validate.query(ctx.query, contentType, { auth });
      return strapi.contentAPI.sanitize.query(ctx.query, contentType, { auth });
    },

    output(data: unknown, ctx: Context) {
      return strapi.contentAPI.sanitize.output(data, contentType, { auth: ctx.state.auth });
    },
  };
};
