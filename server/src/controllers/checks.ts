import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { CHECKED_TYPES, verdictChange } from '../../../shared/contracts/verdicts';
import { getService } from '../utils/get-service';
import { parseQuery } from '../utils/query-params';

const target = z.object({ type: z.enum(CHECKED_TYPES), documentId: z.string().min(1) });

const notFound = (type: string) =>
  new errors.NotFoundError(`No ${type.replace('-', ' ')} with this id.`);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** A record's verdict: status, who set it and when. */
  async findOne(ctx: Context) {
    const { type, documentId } = parseQuery(target, ctx.params);
    const verdict = await getService(strapi, 'verdicts').current(type, documentId);
    if (!verdict) throw notFound(type);
    ctx.body = { data: verdict };
  },

  /** Sets a verdict (with its note) from the queue. */
  async update(ctx: Context) {
    const { type, documentId } = parseQuery(target, ctx.params);
    const change = parseQuery(verdictChange, (ctx.request as { body?: unknown }).body ?? {});
    const verdict = await getService(strapi, 'verdicts').change(type, documentId, change);
    if (!verdict) throw notFound(type);
    ctx.body = { data: verdict };
  },
});
