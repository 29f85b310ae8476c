import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { resolveRelationTarget } from '../services/relation-input';
import { defaultLocale, SHARED_ARTICLE_RELATIONS } from '../services/shared-relations';

type Middleware = Modules.Documents.Middleware.Middleware;

const ARTICLE = 'plugin::fact-desk.article';
const ARTICLE_CHILDREN = ['plugin::fact-desk.casualty-figure', 'plugin::fact-desk.quote'];
const WRITES = ['create', 'update', 'clone'];

const changesSomething = (value: unknown): boolean => {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const { connect, disconnect, set } = value as Record<string, unknown[] | undefined>;
    return [connect, disconnect, set].some((list) => (list?.length ?? 0) > 0);
  }
  return true;
};

const refuse = (paths: string[][], message: string): never => {
  throw new errors.ValidationError(message, {
    errors: paths.map((path) => ({ path, message, name: 'ValidationError' })),
  });
};

/**
 * Figures and quotes are attached from their own record, to the article's source edition (the
 * default locale), which every translation shares:
 * - an article write may not attach, detach or move them (`figures`, `quotes` from the article's
 *   side would skip the figure rules, the audit trail and the publish gate);
 * - a figure or quote may not be attached to a translation, in any shape of relation input.
 */
export const sharedRelationsGuard =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!WRITES.includes(ctx.action)) return next();
    const params = ctx.params as { data?: Record<string, unknown> };
    const sourceLocale = await defaultLocale(strapi);
    const message = `Attach figures and quotes from their own record, to the "${sourceLocale}" edition of the article: every translation shares them.`;

    if (ctx.uid === ARTICLE) {
      const changed = SHARED_ARTICLE_RELATIONS.filter((name) =>
        changesSomething(params.data?.[name])
      );
      if (changed.length > 0)
        refuse(
          changed.map((name) => [name]),
          message
        );
    } else if (ARTICLE_CHILDREN.includes(ctx.uid)) {
      const article = await resolveRelationTarget(strapi, ARTICLE, params.data?.article);
      if (article?.locale && article.locale !== sourceLocale) refuse([['article']], message);
    }
    return next();
  };
