import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { getService } from '../utils/get-service';
import { parseQuery } from '../utils/query-params';

const previewQuery = z.strictObject({
  token: z.string().min(1, 'The preview token the admin put in the preview link.').max(2000),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The fact sheet of the draft a preview token names, for the reader site's preview page. */
  async factSheet(ctx: Context) {
    const { token } = parseQuery(previewQuery, ctx.query);
    // Never kept by a browser or a shared cache, never indexed.
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Robots-Tag', 'noindex');
    const grant = await getService(strapi, 'preview').grantOf(token);
    if (!grant) {
      return ctx.unauthorized(
        'This preview link has expired or is not valid: open the preview again from the admin.'
      );
    }
    const sheet = await getService(strapi, 'fact-sheet').draft(grant.documentId, grant.locale);
    if (!sheet) return ctx.notFound('The article of this preview no longer exists.');
    ctx.body = { data: sheet, meta: { preview: true } };
  },
});
