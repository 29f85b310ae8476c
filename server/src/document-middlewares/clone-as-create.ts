import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { creatingCopyOf } from '../utils/copy-origin';
import { currentActor } from '../utils/actor';
import { FIGURE, OFFICIAL, PLUGIN_UID_PREFIX, QUOTE } from '../constants';
import { permissionEntries } from '../queries/permission-entries';
import type { Middleware } from '../utils/document-middleware';

// Records whose clone is a new record like any other: it is created, so every rule applies.
const CREATED_BY_CLONING = [FIGURE, QUOTE, OFFICIAL];

// A clone is a new claim awaiting its own check: the original's verdict and checking stay behind.
const NOT_COPIED = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  'verificationStatus',
  'checkedAt',
  'checkedBy',
  'checkerNote',
  'revision',
  'correctionNote',
  'inPublishedArticle',
]);

type Attribute = { type: string; relation?: string; target?: string; mappedBy?: string };

const isOwnToOneRelation = (attribute: Attribute) =>
  attribute.type === 'relation' &&
  !attribute.mappedBy &&
  (attribute.relation === 'manyToOne' || attribute.relation === 'oneToOne') &&
  attribute.target?.startsWith(PLUGIN_UID_PREFIX);

/** The stored record as the data of a create: its own fields and the records it points at. */
async function copyOf(strapi: Core.Strapi, uid: UID.ContentType, documentId: string) {
  const attributes = strapi.getModel(uid).attributes as Record<string, Attribute>;
  const relations = Object.entries(attributes).filter(([, attribute]) =>
    isOwnToOneRelation(attribute)
  );
  const stored = await strapi.db.query(uid).findOne({
    where: { documentId },
    populate: Object.fromEntries(relations.map(([name]) => [name, true])),
  });
  if (!stored) return null;
  const data: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (NOT_COPIED.has(name) || !(name in stored)) continue;
    if (attribute.type !== 'relation') data[name] = stored[name];
    else if (isOwnToOneRelation(attribute)) {
      const target = stored[name] as { documentId: string; locale?: string } | null;
      data[name] = target
        ? { documentId: target.documentId, ...(target.locale ? { locale: target.locale } : {}) }
        : null;
    }
  }
  return data;
}

/** A copy shows what it copies: cloning needs the right to read the original (an Author's own). */
async function refuseUnreadableOriginal(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string
) {
  const actor = currentActor(strapi);
  if (!actor || actor.adminId === null) return;
  const originals = await permissionEntries(strapi, uid, { documentId });
  if (originals.length > 0 && !originals.some((row) => actor.canContent('read', uid, row))) {
    throw new errors.PolicyError('You may not read the record you are copying.');
  }
}

/**
 * Strapi's clone writes rows below the document service's create, past every rule. For figures,
 * quotes and officials a clone is instead a create of the stored record with the changes sent,
 * so the integrity rules, the verdict permission, the four-eyes rule and the audit trail apply;
 * the copy starts unverified.
 */
export const cloneAsCreate =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.action !== 'clone' || !CREATED_BY_CLONING.includes(ctx.uid)) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    if (!params.documentId) return next();
    const copy = await copyOf(strapi, ctx.uid, params.documentId);
    if (!copy) return next();
    await refuseUnreadableOriginal(strapi, ctx.uid, params.documentId);
    // The original's ids, as the clone form sends them back, are not the copy's.
    const { id: _id, documentId: _documentId, ...changes } = params.data ?? {};
    const created = await creatingCopyOf(params.documentId, () =>
      strapi.documents(ctx.uid).create({ data: { ...copy, ...changes } as never })
    );
    return { documentId: created.documentId, entries: [created] };
  };
