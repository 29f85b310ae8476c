import type { Core } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import { errors } from '@strapi/utils';
import { FIGURE, QUOTE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

// A PolicyError, not a plain ForbiddenError: Strapi replaces the message of the latter with "Forbidden".
import { copiedFrom, VERDICT_BASIS } from '../domain';
import { currentActor } from '../utils/actor';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';
import { sameAsStored } from '../utils/stored-value';

const CHECKED_TYPES: Record<string, 'casualty-figure' | 'quote'> = {
  [FIGURE]: 'casualty-figure',
  [QUOTE]: 'quote',
};

type StoredRecord = Record<string, unknown> & {
  verificationStatus?: string;
  createdBy?: { id: number } | null;
};

/**
 * Who set a record's claim (a figure's numbers, words and category; a quote's words, kind and
 * translation): whoever changed it last (the newest audited change, else the creator), and, for
 * a copy, whoever set the claim of the record it copies.
 */
async function claimAuthors(
  strapi: Core.Strapi,
  uid: string,
  claimFields: readonly string[],
  documentId: string,
  stored: StoredRecord,
  seen: Set<string> = new Set([documentId])
): Promise<Set<number | null>> {
  const events = await getService(strapi, 'audit-trail').events({
    targetDocumentId: documentId,
    field: { $in: claimFields },
  });
  const last = events[events.length - 1];
  const authors = new Set<number | null>([last ? last.actorId : (stored.createdBy?.id ?? null)]);
  // A copy's claim was first set on its original: the original's authors set it too.
  const original = last ? copiedFrom(last.note) : null;
  if (original && !seen.has(original)) {
    seen.add(original);
    const row = await strapi.db.query(uid as never).findOne({
      where: { documentId: original },
      populate: { createdBy: { select: ['id'] } },
    });
    if (row) {
      for (const author of await claimAuthors(strapi, uid, claimFields, original, row, seen)) {
        authors.add(author);
      }
    }
  }
  return authors;
}

/**
 * Verdicts change only with the plugin's "Change verification status" permission, which no
 * content-API caller has; and, under the four-eyes rule, the admin who last set a figure's
 * claim (numbers, words, category) or a quote's (words, kind, translation) cannot be the one who
 * verifies it. A new claim on a record with a verdict sends it back to "unverified", whoever
 * writes it.
 * Writes with no request behind them are the system's own and pass.
 */
export const verdictGuard =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    const type = CHECKED_TYPES[ctx.uid];
    if (!type || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const actor = currentActor(strapi);
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    const basis: readonly string[] = VERDICT_BASIS[type];
    const touchesBasis = basis.some((field) => field in data);
    if (data.verificationStatus === undefined && !touchesBasis) return next();

    const stored: StoredRecord | null = params.documentId
      ? await strapi.db.query(ctx.uid).findOne({
          where: { documentId: params.documentId },
          select: ['verificationStatus', ...basis],
          populate: { createdBy: { select: ['id'] } },
        })
      : null;
    const changes = (fields: readonly string[]) =>
      fields.some((field) => field in data && !sameAsStored(data[field], stored?.[field]));
    const changesClaim = changes(basis);
    const previous = stored?.verificationStatus ?? 'unverified';

    // A verdict was given on the claim as it was (its words, its numbers): a new claim needs a
    // new check. A form that sends the status back unchanged (the Content Manager's) asks for no
    // verdict of its own; the system's own writes (scripts, imports) say what they mean.
    const keepsStatus =
      data.verificationStatus === undefined ||
      (actor !== null && data.verificationStatus === previous);
    if (stored && changes(basis) && keepsStatus) {
      if (previous !== 'unverified') params.data = { ...data, verificationStatus: 'unverified' };
      return next();
    }
    if (!actor || data.verificationStatus === undefined) return next();
    if (data.verificationStatus === previous) return next();

    if (!actor.can('verification.change')) {
      throw new errors.PolicyError(
        'You may not change verification statuses: ask an editor with the "Change verification status" permission.'
      );
    }

    if (data.verificationStatus === 'verified' && pluginConfig(strapi, 'requireSecondChecker')) {
      const authors =
        stored && params.documentId
          ? await claimAuthors(strapi, ctx.uid, basis, params.documentId, stored)
          : new Set([actor.adminId]);
      if (changesClaim || authors.has(actor.adminId)) {
        const what = type === 'casualty-figure' ? "this figure's claim" : "this quote's words";
        const message = `You set ${what}: another checker must verify it (four-eyes rule).`;
        throw validationError([{ path: ['verificationStatus'], message }]);
      }
    }
    return next();
  };
