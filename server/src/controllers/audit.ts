import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Verifies the whole audit chain and reports the first broken link, if any. */
  async verify(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'audit-trail').verify() };
  },
});
