import type { Core } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import { errors } from '@strapi/utils';
import { FIGURE, QUOTE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

// A PolicyError, not a plain ForbiddenError: Strapi replaces the message of the latter with "Forbidden".
import { copiedFrom, UNCHECKED_STATUSES, VERDICT_BASIS } from '../domain';
import { CLAIMED_BY, isNewClaim } from '../queries/claim-change';
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
 * translation): its creator and everyone who changed the claim since, on the audit trail; and, for
 * a copy, the same of the record it copies, read from the audit trail too, so that they still
 * count once the original is deleted.
 */
async function claimAuthors(
  strapi: Core.Strapi,
  uid: string,
  claimFields: readonly string[],
  documentId: string,
  seen: Set<string> = new Set([documentId])
): Promise<Set<number>> {
  const row = await strapi.db.query(uid as never).findOne({
    where: { documentId },
    populate: { createdBy: { select: ['id'] } },
  });
  const events = await getService(strapi, 'audit-trail').events({
    targetDocumentId: documentId,
    field: { $in: claimFields },
  });
  const authors = new Set<number>();
  const creator = (row as StoredRecord | null)?.createdBy?.id;
  if (creator) authors.add(creator);
  for (const event of events) {
    if (event.actorId) authors.add(event.actorId);
    // A copy's claim was first set on its original: the original's authors set it too.
    const original = copiedFrom(event.note);
    if (original && !seen.has(original)) {
      seen.add(original);
      for (const author of await claimAuthors(strapi, uid, claimFields, original, seen)) {
        authors.add(author);
      }
    }
  }
  return authors;
}

/** Verdicts that let a record through the publish gate: none may come from the claim's authors. */
const passesGate = (status: unknown) =>
  typeof status === 'string' && !(UNCHECKED_STATUSES as readonly string[]).includes(status);

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
    const claimedBy = CLAIMED_BY[type];
    if (
      data.verificationStatus === undefined &&
      !touchesBasis &&
      !('evidence' in data) &&
      !(claimedBy in data)
    ) {
      return next();
    }

    const stored: StoredRecord | null = params.documentId
      ? await strapi.db.query(ctx.uid).findOne({
          where: { documentId: params.documentId },
          select: ['verificationStatus', 'evidence', ...basis],
        })
      : null;
    const changes = (fields: readonly string[]) =>
      fields.some((field) => field in data && !sameAsStored(data[field], stored?.[field]));
    const changesClaim = await isNewClaim(strapi, ctx.uid, type, params.documentId, data, stored);
    const previous = stored?.verificationStatus ?? 'unverified';

    // A verdict was given on the claim as it was (its words, its numbers): a new claim needs a
    // new check. A form that sends the status back unchanged (the Content Manager's) asks for no
    // verdict of its own; the system's own writes (scripts, imports) say what they mean.
    const keepsStatus =
      data.verificationStatus === undefined ||
      (actor !== null && data.verificationStatus === previous);
    // The sources a verdict rests on are the checkers' to change while the verdict stands.
    if (
      actor &&
      previous !== 'unverified' &&
      !changesClaim &&
      changes(['evidence']) &&
      !actor.can('verification.change')
    ) {
      throw new errors.PolicyError(
        'This record has a verdict: its sources are changed by an editor with the "Change verification status" permission.'
      );
    }
    if (stored && changesClaim && keepsStatus) {
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

    if (passesGate(data.verificationStatus) && pluginConfig(strapi, 'requireSecondChecker')) {
      const authors =
        stored && params.documentId
          ? await claimAuthors(strapi, ctx.uid, [...basis, claimedBy], params.documentId)
          : new Set([actor.adminId]);
      if (changesClaim || (actor.adminId !== null && authors.has(actor.adminId))) {
        const what = type === 'casualty-figure' ? "this figure's claim" : "this quote's words";
        const message = `You set ${what}: another checker must give it a verdict that lets it be published (four-eyes rule).`;
        throw validationError([{ path: ['verificationStatus'], message }]);
      }
    }
    return next();
  };
