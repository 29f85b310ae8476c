import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REVIEW_STATES } from '../domain';
import { currentActor } from '../utils/actor';
import { ARTICLE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const NOT_STARTED = 'not_started';

async function storedReviewState(strapi: Core.Strapi, documentId: string | undefined) {
  if (!documentId) return NOT_STARTED;
  const row = await strapi.db
    .query(ARTICLE)
    .findOne({ where: { documentId }, select: ['reviewState'] });
  return (row?.reviewState as string | undefined) ?? NOT_STARTED;
}

const NOT_YOURS =
  'You may not change the review state: ask an editor with the "Change verification status" permission.';

/** Discarding a draft whose review state differs from the published one's changes the state. */
async function guardDiscard(strapi: Core.Strapi, documentId: string | undefined) {
  const actor = currentActor(strapi);
  if (!actor || !documentId || actor.can('verification.change')) return;
  const rows: { reviewState: string; publishedAt: string | null }[] = await strapi.db
    .query(ARTICLE)
    .findMany({ where: { documentId }, select: ['reviewState', 'publishedAt'] });
  const draft = rows.find((row) => row.publishedAt === null);
  const published = rows.find((row) => row.publishedAt !== null);
  if (draft && published && draft.reviewState !== published.reviewState) {
    throw new errors.PolicyError(
      `Discarding this draft would take its review state back to "${published.reviewState}". ${NOT_YOURS}`
    );
  }
}

/** The review state a write asks for; a copy that repeats its original's starts unreviewed. */
async function requestedState(
  strapi: Core.Strapi,
  action: string,
  documentId: string | undefined,
  sent: unknown
): Promise<{ before: string; after: unknown }> {
  if (action === 'create') return { before: NOT_STARTED, after: sent ?? NOT_STARTED };
  const stored = await storedReviewState(strapi, documentId);
  if (action === 'update') return { before: stored, after: sent ?? stored };
  return { before: NOT_STARTED, after: sent === undefined || sent === stored ? NOT_STARTED : sent };
}

/**
 * An article's review state is the desk's verdict on it, served to readers with the time it was
 * given. Changing it takes the "Change verification status" permission, which no content-API
 * caller has; when it changes, the server stamps who and when (values a client sends are
 * dropped, as for figures and quotes). A copy of an article has not been reviewed: it starts
 * "not started"; discarding a draft that holds another review state than the published version
 * is a change of state too. Writes with no request behind them are the system's own and pass.
 */
export const articleReviewState =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE) return next();
    if (ctx.action === 'discardDraft') {
      await guardDiscard(strapi, (ctx.params as { documentId?: string }).documentId);
      return next();
    }
    if (!['create', 'update', 'clone'].includes(ctx.action)) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const { checkedAt: _at, checkedBy: _by, ...data } = params.data ?? {};
    const { before, after } = await requestedState(
      strapi,
      ctx.action,
      params.documentId,
      data.reviewState
    );
    // An unknown state is Strapi's to refuse, at its field.
    const known = (REVIEW_STATES as readonly unknown[]).includes(after);
    if (!known || after === before) {
      params.data =
        ctx.action === 'clone'
          ? { ...data, reviewState: after, checkedAt: null, checkedBy: null }
          : data;
      return next();
    }
    const actor = currentActor(strapi);
    if (actor && !actor.can('verification.change')) throw new errors.PolicyError(NOT_YOURS);
    params.data = {
      ...data,
      reviewState: after,
      checkedAt: new Date().toISOString(),
      checkedBy: actor?.adminId ?? null,
    };
    return next();
  };
