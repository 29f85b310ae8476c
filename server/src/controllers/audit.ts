import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Verifies the whole audit chain and reports the first broken link, if any. */
  async verify(ctx: Context) {
    ctx.body = { data: await strapi.plugin('fact-desk').service('audit-trail').verify() };
  },
});
