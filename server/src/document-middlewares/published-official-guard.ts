import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FIGURE, OFFICIAL, QUOTE } from '../constants';
import { PUBLIC_FIELDS } from '../domain';
import { mayPublishArticle } from '../queries/tracked-records';
import { currentActor } from '../utils/actor';
import type { Middleware } from '../utils/document-middleware';
import { sameAsStored } from '../utils/stored-value';
import { validationError } from '../utils/validation-error';

const SHOWN: readonly string[] = PUBLIC_FIELDS.official;

type Mention = { article?: { documentId: string } | null };

/** The records readers are served that name this official as claimant or speaker. */
async function publicMentions(strapi: Core.Strapi, documentId: string): Promise<Mention[]> {
  const read = { select: ['id'], populate: { article: { select: ['documentId'] } } };
  const [figures, quotes] = await Promise.all([
    strapi.db
      .query(FIGURE)
      .findMany({ where: { claimant: { documentId }, inPublishedArticle: true }, ...read }),
    strapi.db
      .query(QUOTE)
      .findMany({ where: { speaker: { documentId }, inPublishedArticle: true }, ...read }),
  ]);
  return [...figures, ...quotes];
}

/**
 * An official named by published figures or quotes is published content: changing what readers
 * see of them (name, role, organisation…) is publishing, by an admin allowed to publish articles;
 * deleting them would strip published records of their attribution, so it is refused until
 * those records name someone else. Writes by the system itself are not gated.
 */
export const publishedOfficialGuard =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== OFFICIAL || (ctx.action !== 'update' && ctx.action !== 'delete')) {
      return next();
    }
    const actor = currentActor(strapi);
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    if (!actor || !params.documentId) return next();
    const mentions = await publicMentions(strapi, params.documentId);
    if (mentions.length === 0) return next();

    if (ctx.action === 'delete') {
      throw validationError([
        {
          path: ['documentId'],
          message: `${mentions.length} published figure(s) or quote(s) name this official: attribute them to someone else before deleting.`,
        },
      ]);
    }
    const stored = await strapi.db
      .query(OFFICIAL)
      .findOne({ where: { documentId: params.documentId } });
    const data = params.data ?? {};
    const rewrites = SHOWN.some(
      (field) => field in data && !sameAsStored(data[field], stored?.[field])
    );
    const articles = [...new Set(mentions.map((mention) => mention.article?.documentId))];
    const allowed = await Promise.all(
      articles
        .filter((article): article is string => Boolean(article))
        .map((article) => mayPublishArticle(strapi, actor, article))
    );
    const mayPublish = allowed.every(Boolean);
    if (rewrites && !mayPublish) {
      throw new errors.PolicyError(
        'Published figures or quotes name this official: changing what readers see of them is publishing. Ask an editor who may publish articles.'
      );
    }
    return next();
  };
