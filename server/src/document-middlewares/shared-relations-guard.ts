import type { Core } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import { findArticleReferenceProblem, findToOneRelationProblem } from '../domain/to-one-relations';
import { resolveRelationTarget } from '../queries/relation-input';
import { defaultLocale, SHARED_ARTICLE_RELATIONS } from '../queries/shared-relations';
import { ARTICLE, FIGURE, QUOTE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const ARTICLE_CHILDREN = [FIGURE, QUOTE];
const WRITES = ['create', 'update', 'clone'];

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;

/**
 * Only what the Content Manager's form sends for an untouched list (`{ connect: [], disconnect:
 * [] }`) leaves a relation as it is: Strapi reads `[]`, `null` and `{ set: [] }` as "remove all".
 */
const leavesAsIs = (value: unknown): boolean => {
  if (value === undefined) return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, part]) =>
      (key === 'connect' || key === 'disconnect') && (part === undefined || isEmptyList(part))
  );
};

// The to-one relations of the records that belong to an article.
const TO_ONE: Record<string, string[]> = {
  [FIGURE]: ['article', 'claimant', 'partOf'],
  [QUOTE]: ['article', 'speaker'],
};

const hasRecords = async (strapi: Core.Strapi, { documentId }: { documentId?: string }) => {
  if (!documentId) return false;
  const counts = await Promise.all(
    ARTICLE_CHILDREN.map((uid) =>
      strapi.db.query(uid as never).count({ where: { article: { documentId } } })
    )
  );
  return counts.some((count) => count > 0);
};

const refuse = (paths: string[][], message: string): never => {
  throw validationError(
    paths.map((path) => ({ path, message })),
    message
  );
};

type EditionParams = { documentId?: string; locale?: string | string[] };

/**
 * The source edition holds the figures and quotes every edition shows: it is not unpublished
 * while another edition stays published, nor deleted while another edition exists (the other
 * editions would be left without them, with no correction).
 */
async function guardSourceEdition(
  strapi: Core.Strapi,
  action: 'unpublish' | 'delete',
  { documentId, locale }: EditionParams
) {
  const sourceLocale = await defaultLocale(strapi);
  const named = locale === undefined ? [sourceLocale] : Array.isArray(locale) ? locale : [locale];
  if (!documentId || named.includes('*') || !named.includes(sourceLocale)) return;
  const others = await strapi.db.query(ARTICLE).count({
    where: {
      documentId,
      locale: { $notIn: named },
      ...(action === 'unpublish' ? { publishedAt: { $notNull: true } } : {}),
    },
  });
  if (others === 0) return;
  const message =
    action === 'unpublish'
      ? `The "${sourceLocale}" edition holds the figures and quotes the other published editions show: unpublish them first, or unpublish every edition at once.`
      : `The "${sourceLocale}" edition holds the figures and quotes the other editions show: delete them first, or delete every edition at once.`;
  refuse([['locale']], message);
}

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
    if (ctx.uid === ARTICLE && (ctx.action === 'unpublish' || ctx.action === 'delete')) {
      await guardSourceEdition(strapi, ctx.action, ctx.params as EditionParams);
      return next();
    }
    if (!WRITES.includes(ctx.action)) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const sourceLocale = await defaultLocale(strapi);
    const message = `Attach figures and quotes from their own record, to the "${sourceLocale}" edition of the article: every translation shares them.`;

    if (ctx.uid === ARTICLE) {
      const changed = SHARED_ARTICLE_RELATIONS.filter((name) => !leavesAsIs(params.data?.[name]));
      if (changed.length > 0) {
        refuse(
          changed.map((name) => [name]),
          message
        );
      }
      // A figure belongs to one article: Strapi's copy of an article would take them from the
      // original, so an article that has figures or quotes is not copied.
      if (ctx.action === 'clone' && (await hasRecords(strapi, params))) {
        refuse(
          [['figures']],
          'This article has figures or quotes, which belong to it alone: create a new article instead of a copy.'
        );
      }
    } else if (ARTICLE_CHILDREN.includes(ctx.uid)) {
      for (const field of TO_ONE[ctx.uid]) {
        const problem = findToOneRelationProblem(field, params.data?.[field]);
        if (problem) refuse([problem.path], problem.message);
      }
      const reference = findArticleReferenceProblem(params.data?.article);
      if (reference) refuse([reference.path], reference.message);
      const article = await resolveRelationTarget(strapi, ARTICLE, params.data?.article);
      if (article?.locale && article.locale !== sourceLocale) refuse([['article']], message);
    }
    return next();
  };
