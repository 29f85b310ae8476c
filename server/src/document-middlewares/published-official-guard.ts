import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE, FIGURE, OFFICIAL, QUOTE } from '../constants';
import { PUBLIC_FIELDS } from '../domain';
import { currentActor } from '../utils/actor';
import type { Middleware } from '../utils/document-middleware';
import { sameAsStored } from '../utils/stored-value';
import { validationError } from '../utils/validation-error';

const SHOWN: readonly string[] = PUBLIC_FIELDS.official;

/** How many records readers are served that name this official as claimant or speaker. */
async function publicMentions(strapi: Core.Strapi, documentId: string) {
  const [figures, quotes] = await Promise.all([
    strapi.db
      .query(FIGURE)
      .count({ where: { claimant: { documentId }, inPublishedArticle: true } }),
    strapi.db.query(QUOTE).count({ where: { speaker: { documentId }, inPublishedArticle: true } }),
  ]);
  return figures + quotes;
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
    if (mentions === 0) return next();

    if (ctx.action === 'delete') {
      throw validationError([
        {
          path: ['documentId'],
          message: `${mentions} published figure(s) or quote(s) name this official: attribute them to someone else before deleting.`,
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
    if (rewrites && !actor.canContent('publish', ARTICLE)) {
      throw new errors.PolicyError(
        'Published figures or quotes name this official: changing what readers see of them is publishing. Ask an editor who may publish articles.'
      );
    }
    return next();
  };
