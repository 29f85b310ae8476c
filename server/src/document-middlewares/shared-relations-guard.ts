import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocale, SHARED_ARTICLE_RELATIONS } from '../services/shared-relations';

type Middleware = Modules.Documents.Middleware.Middleware;

const connectsSomething = (value: unknown): boolean => {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const { connect, set } = value as { connect?: unknown[]; set?: unknown[] };
    return (connect?.length ?? 0) > 0 || (set?.length ?? 0) > 0;
  }
  return true;
};

/**
 * Figures and quotes are attached to an article's source edition (the default locale) and shared
 * by its translations. Attaching them to a translation would move them off the source edition,
 * so such a write is refused with a message saying where to attach them.
 */
export const sharedRelationsGuard =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== 'plugin::fact-desk.article') return next();
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();

    const params = ctx.params as { locale?: string; data?: Record<string, unknown> };
    const sourceLocale = await defaultLocale(strapi);
    if (!params.locale || params.locale === sourceLocale) return next();

    const misplaced = SHARED_ARTICLE_RELATIONS.filter((name) =>
      connectsSomething(params.data?.[name])
    );
    if (misplaced.length === 0) return next();

    const message = `Attach figures and quotes to the "${sourceLocale}" edition of the article: every translation shares them.`;
    throw new errors.ValidationError(message, {
      errors: misplaced.map((name) => ({ path: [name], message, name: 'ValidationError' })),
    });
  };
