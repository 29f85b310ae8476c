import type { Core } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import {
  copyNote,
  correctionValues,
  correctionsAmong,
  diffTracked,
  OFFICIAL_FIELDS,
  publicEventsOf,
  type FieldChange,
  type TrackedType,
} from '../domain';
import { claimRevision, loadTrackedState, type TrackedState } from '../queries/tracked-records';
import { defaultLocale } from '../queries/shared-relations';
import { currentActor } from '../utils/actor';
import { copiedDocumentId } from '../utils/copy-origin';
import { getService } from '../utils/get-service';
import { staleWriteError } from '../utils/stale-write';
import { CORRECTION, FIGURE, OFFICIAL, QUOTE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const TRACKED: Record<string, TrackedType> = {
  [FIGURE]: 'casualty-figure',
  [QUOTE]: 'quote',
};

/** The revision a write was made against: none given, or a whole number (else a 400). */
const readRevision = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const revision = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof revision === 'number' && Number.isInteger(revision) && revision >= 0) return revision;
  const message = 'revision: the revision you edited, a whole number (as the record was read).';
  throw validationError([{ path: ['revision'], message }]);
};

/** The names of the officials a set of changes names (claimants, speakers), by documentId. */
async function officialNames(strapi: Core.Strapi, changes: FieldChange[]) {
  const documentIds = changes
    .filter((change) => OFFICIAL_FIELDS.includes(change.field))
    .flatMap((change) => [change.from, change.to])
    .filter((value): value is string => typeof value === 'string');
  if (documentIds.length === 0) return new Map<string, string>();
  const rows: { documentId: string; name: string }[] = await strapi.db
    .query(OFFICIAL)
    .findMany({ where: { documentId: { $in: documentIds } }, select: ['documentId', 'name'] });
  return new Map(rows.map((row) => [row.documentId, row.name]));
}

/** Tells front ends (the plugin's webhook events) what the change means for readers. */
async function announce(
  strapi: Core.Strapi,
  type: TrackedType,
  documentId: string,
  before: TrackedState,
  after: TrackedState | null,
  changes: FieldChange[],
  correctionsPublished: boolean
) {
  const articleId = before.articleId ?? after?.articleId ?? null;
  if (!articleId) return;
  const fields = changes.map((change) => change.field);
  const events = publicEventsOf(type, before, after, fields, correctionsPublished);
  const officialIds = [before, after]
    .flatMap((state) => [state?.claimant, state?.speaker])
    .filter((id): id is string => typeof id === 'string');
  await getService(strapi, 'public-events').announceOnCommit(events, {
    type,
    documentId,
    articleId,
    officialIds,
  });
}

async function record(
  strapi: Core.Strapi,
  type: TrackedType,
  documentId: string,
  before: TrackedState,
  after: TrackedState | null,
  publicNote: string | null
) {
  const changes = diffTracked(type, before, after);
  const checkerNote = after?.checkerNote ?? before.checkerNote;
  const actor = currentActor(strapi);
  const occurredAt = new Date().toISOString();
  await getService(strapi, 'audit-trail').append(
    changes.map((change) => ({
      occurredAt,
      actorId: actor?.adminId ?? null,
      actorName: actor?.name ?? null,
      targetType: type,
      targetDocumentId: documentId,
      field: change.field,
      fromValue: change.from,
      toValue: change.to,
      note: change.field === 'verificationStatus' ? checkerNote : publicNote,
    }))
  );

  // A record taken out of its article is, for the article's readers, withdrawn.
  const movedOut =
    after !== null && before.articleId !== null && after.articleId !== before.articleId;
  const corrections = movedOut ? diffTracked(type, before, null) : correctionsAmong(type, changes);
  // Readers are told about what they have read: a record they were never served has no correction.
  const { articleId } = before;
  const correctionsPublished = corrections.length > 0 && articleId !== null && before.public;
  await announce(strapi, type, documentId, before, after, changes, correctionsPublished);
  if (!correctionsPublished || !articleId) return;
  const names = await officialNames(strapi, corrections);
  for (const change of corrections) {
    const { from, to } = correctionValues(type, change, before, names);
    await strapi.documents(CORRECTION).create({
      data: {
        targetType: type,
        targetDocumentId: documentId,
        field: change.field,
        fromValue: from ?? undefined,
        toValue: to ?? undefined,
        correctedAt: occurredAt,
        publicNote: publicNote ?? undefined,
        article: { documentId: articleId, locale: await defaultLocale(strapi) },
      },
    });
  }
}

const NOTHING_YET: TrackedState = {
  revision: 0,
  articleId: null,
  public: false,
  correctionNote: null,
  checkerNote: null,
};

/**
 * A record someone proposes (an admin or a content-API caller: created, cloned, extracted) goes
 * on record with its values.
 */
async function recordCreation(strapi: Core.Strapi, type: TrackedType, created: unknown) {
  const documentId = (created as { documentId?: string } | null)?.documentId;
  const after = documentId ? await loadTrackedState(strapi, type, documentId) : null;
  const original = copiedDocumentId();
  const note = original ? copyNote(original) : null;
  if (documentId && after) await record(strapi, type, documentId, NOTHING_YET, after, note);
}

/**
 * Puts every change to a figure or quote on record, in the transaction of the change: a stale
 * write is refused (409), each audited field that changed becomes an audit event (from nothing,
 * for a record anyone but the system creates), and a change a reader has already seen becomes a
 * public correction.
 */
export const changeRecord =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    const type = TRACKED[ctx.uid];
    if (type && ctx.action === 'create') {
      // A record starts at revision 0: the counter is the server's.
      const params = ctx.params as { data?: Record<string, unknown> };
      if (params.data) params.data = { ...params.data, revision: 0 };
    }
    if (type && ctx.action === 'create' && currentActor(strapi) !== null) {
      return strapi.db.transaction(async () => {
        const created = await next();
        await recordCreation(strapi, type, created);
        return created;
      });
    }
    if (!type || (ctx.action !== 'update' && ctx.action !== 'delete')) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const documentId = params.documentId;
    if (!documentId) return next();

    return strapi.db.transaction(async () => {
      const before = await loadTrackedState(strapi, type, documentId);
      if (!before) return next();

      let publicNote: string | null = null;
      if (ctx.action === 'update') {
        const { revision, correctionNote, ...data } = params.data ?? {};
        const expected = readRevision(revision) ?? before.revision;
        if (
          expected !== before.revision ||
          !(await claimRevision(strapi, type, documentId, expected))
        ) {
          throw staleWriteError(expected, before.revision);
        }
        publicNote =
          typeof correctionNote === 'string' && correctionNote.trim()
            ? correctionNote.trim()
            : null;
        params.data = { ...data, revision: expected + 1, correctionNote: null };
      }

      const result = await next();
      const after =
        ctx.action === 'delete' ? null : await loadTrackedState(strapi, type, documentId);
      await record(strapi, type, documentId, before, after, publicNote);
      return result;
    });
  };
