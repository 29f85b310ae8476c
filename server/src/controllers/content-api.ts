import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { refuseDraftStatus } from './published-only';

/** The largest page the plugin's list routes serve, whatever the host app allows. */
export const MAX_PAGE_SIZE = 100;

function refuseLargePages(query: Record<string, unknown>): void {
  const pagination = (query.pagination ?? {}) as Record<string, unknown>;
  const requested = [pagination.pageSize, pagination.limit, query.limit].map(Number);
  if (!requested.some((size) => size > MAX_PAGE_SIZE || size === -1)) return;
  const message = `Pages hold at most ${MAX_PAGE_SIZE} records: ask for the next page instead.`;
  throw new errors.ValidationError(message, {
    errors: [{ path: ['pagination', 'pageSize'], message, name: 'ValidationError' }],
  });
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
      refuseLargePages(ctx.query);
      const auth = ctx.state.auth;
      await strapi.contentAPI.validate.query(ctx.query, contentType, { auth });
      return strapi.contentAPI.sanitize.query(ctx.query, contentType, { auth });
    },

    output(data: unknown, ctx: Context) {
      return strapi.contentAPI.sanitize.output(data, contentType, { auth: ctx.state.auth });
    },
  };
};
