import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UNCHECKED_STATUSES, type VerificationStatus } from '../domain';
import {
  missingRecordMessage,
  readRelationChange,
  resolveRelationChange,
} from '../queries/relation-input';
import {
  isArticlePublished,
  mayEditArticle,
  mayPublishArticle,
  mayReadArticle,
} from '../queries/tracked-records';
import { validationError } from '../utils/validation-error';
import { isNewClaim } from '../queries/claim-change';
import { currentActor } from '../utils/actor';
import { pluginConfig } from '../utils/plugin-config';
import { sameAsStored } from '../utils/stored-value';
import { ARTICLE, FIGURE, OFFICIAL, QUOTE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const KINDS: Record<string, 'figure' | 'quote'> = {
  [FIGURE]: 'figure',
  [QUOTE]: 'quote',
};
// Checking a record is not publishing it: verdicts have their own permission and rules. The
// rest are stamped by the server.
const NOT_REWRITING = new Set([
  'verificationStatus',
  'checkerNote',
  'evidence',
  'revision',
  'checkedAt',
  'checkedBy',
  'createdBy',
  'updatedBy',
  'article',
  'awaitingPublication',
]);

type Stored = Record<string, unknown> & {
  verificationStatus: VerificationStatus;
  awaitingPublication?: boolean | null;
  asStated?: string;
  text?: string;
  article?: { documentId: string } | null;
};

/** The relations of a claim besides its article, and the type each leads to. */
const CLAIM_RELATIONS: Record<string, Record<string, UID.ContentType>> = {
  [FIGURE]: { claimant: OFFICIAL, partOf: FIGURE },
  [QUOTE]: { speaker: OFFICIAL },
};

/**
 * Whether a write changes anything beside checking it: a Content Manager form sends every field,
 * and a relation in any shape, which counts as changed when it leads to another record or none.
 */
async function rewritesAny(
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  stored: Stored
): Promise<boolean> {
  for (const field of Object.keys(data)) {
    if (NOT_REWRITING.has(field)) continue;
    const target = CLAIM_RELATIONS[uid]?.[field];
    if (!target) {
      if (!sameAsStored(data[field], stored[field])) return true;
      continue;
    }
    const change = await resolveRelationChange(strapi, target, data[field]);
    const current = (stored[field] as { documentId?: string } | null)?.documentId ?? null;
    if (change !== undefined && change !== current) return true;
  }
  return false;
}

/** The refusal of an article that is not there, as relation-targets words it. */
const missingArticle = (value: unknown) => {
  const change = readRelationChange(value);
  return `article: ${change.kind === 'set' ? missingRecordMessage('article', change.ref) : 'no such article.'}`;
};

type ArticleDeletion = { documentId?: string; locale?: string | string[] };

/** Deleting a published edition takes it from readers: it is unpublishing, and needs its right. */
async function guardPublishedArticleDeletion(
  strapi: Core.Strapi,
  { documentId, locale }: ArticleDeletion
) {
  const actor = currentActor(strapi);
  if (!actor || !documentId) return;
  const named = locale === undefined || locale === '*' ? undefined : [locale].flat();
  if (
    await mayPublishArticle(strapi, actor, documentId, named?.includes('*') ? undefined : named)
  ) {
    return;
  }
  throw new errors.PolicyError(
    'This article is published: deleting it takes it from readers, which is unpublishing. Ask an editor who may publish articles.'
  );
}

/**
 * A figure or quote of a published article is published content. Moving one out of it,
 * removing it or changing what it says is publishing, by an admin allowed to publish articles.
 * A record added to a published article (in the admin panel or through a content-API route)
 * waits, unseen, for the article's next publication, which passes the publish gate with it.
 * Checking a record (verdict, note, evidence) is not publishing. Writes by the system itself
 * (seeds, scripts) are not gated.
 */
export const publishedContentGuard =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid === ARTICLE && ctx.action === 'delete') {
      await guardPublishedArticleDeletion(strapi, ctx.params as ArticleDeletion);
      return next();
    }
    const kind = KINDS[ctx.uid];
    if (!kind || !['create', 'update', 'delete'].includes(ctx.action)) return next();
    // The server's to set: a record waits for its article's publication only as decided here.
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const { awaitingPublication: _sent, ...data } = params.data ?? {};
    if (params.data) params.data = data;
    const actor = currentActor(strapi);
    if (!actor) return next();

    const stored: Stored | null = params.documentId
      ? await strapi.db.query(ctx.uid).findOne({
          where: { documentId: params.documentId },
          populate: Object.fromEntries(
            ['article', ...Object.keys(CLAIM_RELATIONS[ctx.uid])].map((name) => [
              name,
              { select: ['documentId'] },
            ])
          ),
        })
      : null;
    const before = stored?.article?.documentId ?? null;
    const change =
      ctx.action === 'delete' ? null : await resolveRelationChange(strapi, ARTICLE, data.article);
    const after = ctx.action === 'delete' ? null : change === undefined ? before : change;

    // A record waiting for its article's next publication has not been published yet.
    const wasPublic =
      before !== null &&
      stored?.awaitingPublication !== true &&
      (await isArticlePublished(strapi, before));
    // Putting a record in an article, or taking it out, edits the article: an Author edits theirs.
    if (actor.adminId !== null && after !== before) {
      for (const article of [before, after]) {
        if (article !== null && !(await mayEditArticle(strapi, actor, article))) {
          // An article they may not even read is, to them, one that is not there.
          if (article === after && !(await mayReadArticle(strapi, actor, article))) {
            throw validationError([{ path: ['article'], message: missingArticle(data.article) }]);
          }
          throw new errors.PolicyError(
            `You may not edit the article this ${kind} ${article === after ? 'would join' : 'belongs to'}: ask its author or an editor.`
          );
        }
      }
    }
    const isPublic = after !== null && (await isArticlePublished(strapi, after));
    const enters = isPublic && after !== before;
    const leaves = wasPublic && after !== before;
    const rewrites =
      wasPublic &&
      isPublic &&
      stored !== null &&
      (await rewritesAny(strapi, ctx.uid, data, stored));

    if ((leaves || rewrites) && !(await mayPublishArticle(strapi, actor, before!))) {
      throw new errors.PolicyError(
        `This ${kind} belongs to a published article: moving, removing or rewriting it is publishing. Ask an editor who may publish articles.`
      );
    }
    // A new claim sends a checked record back to unverified (verdict-guard): readers would see
    // an unchecked claim, which under the `block` gate only a publisher allowed past it may show.
    const type = kind === 'figure' ? 'casualty-figure' : 'quote';
    if (
      rewrites &&
      !UNCHECKED_STATUSES.includes(stored!.verificationStatus) &&
      pluginConfig(strapi, 'publishGate') === 'block' &&
      !actor.can('publish.bypass-gate') &&
      (await isNewClaim(strapi, ctx.uid, type, params.documentId, data, stored))
    ) {
      throw new errors.PolicyError(
        `This ${kind} is published with a verdict: a new claim sends it back to unverified, and showing readers an unchecked claim needs "Publish with unchecked items". Ask an editor who has it, or unpublish the article to correct it.`
      );
    }
    // Joining a published article is joining its next publication, which passes the gate; a
    // record moved anywhere else waits for nothing.
    if (enters) params.data = { ...data, awaitingPublication: true };
    else if (after !== before && stored?.awaitingPublication === true) {
      params.data = { ...data, awaitingPublication: false };
    }
    return next();
  };
