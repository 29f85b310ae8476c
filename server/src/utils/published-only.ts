import { validationError } from './validation-error';
import type { Context } from 'koa';

/**
 * The content API serves published articles only. Strapi's REST API accepts `?status=draft`
 * from anyone who may read a type; here any status but `published` is refused.
 */
export function refuseDraftStatus(ctx: Context): void {
  const { status } = ctx.query;
  if (status === undefined || status === 'published') return;
  throw validationError(
    [{ path: ['status'], message: 'Only "published" is allowed.' }],
    'Only published content is served: remove "status" or set it to "published".'
  );
}
