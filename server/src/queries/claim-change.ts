import type { Core, UID } from '@strapi/strapi';
import { resolveRelationChange } from './relation-input';
import { VERDICT_BASIS } from '../domain';
import { sameAsStored } from '../utils/stored-value';
import { OFFICIAL } from '../constants';

/** Who a record's claim is attributed to: a figure's claimant, a quote's speaker. */
export const CLAIMED_BY = { 'casualty-figure': 'claimant', quote: 'speaker' } as const;

/**
 * Whether a write names someone else as the claim's source: a verdict on "the Air Force says 88"
 * says nothing of "the Ministry says 88". Relation inputs are read as the document they lead to
 * (a Content Manager save sends `{ connect: [], disconnect: [] }`, which changes nothing).
 */
async function changesClaimant(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  type: keyof typeof CLAIMED_BY,
  documentId: string | undefined,
  data: Record<string, unknown>
): Promise<boolean> {
  const field = CLAIMED_BY[type];
  if (!(field in data)) return false;
  const next = await resolveRelationChange(strapi, OFFICIAL, data[field]);
  if (next === undefined) return false;
  const stored = documentId
    ? await strapi.db.query(uid).findOne({
        where: { documentId },
        select: ['id'],
        populate: { [field]: { select: ['documentId'] } },
      })
    : null;
  const before = (stored?.[field] as { documentId?: string } | null | undefined)?.documentId;
  return next !== (before ?? null);
}

/**
 * Whether a write makes a new claim of a figure or quote (what a verdict judges): its numbers,
 * words or kind, against the stored values, or whom the claim is attributed to.
 */
export async function isNewClaim(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  type: keyof typeof CLAIMED_BY,
  documentId: string | undefined,
  data: Record<string, unknown>,
  stored: Record<string, unknown> | null | undefined
): Promise<boolean> {
  const basis: readonly string[] = VERDICT_BASIS[type];
  return (
    basis.some((field) => field in data && !sameAsStored(data[field], stored?.[field])) ||
    (await changesClaimant(strapi, uid, type, documentId, data))
  );
}
