import type { Core, UID } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import { missingRecordMessage, readRelationChange } from '../queries/relation-input';
import { permissionEntries } from '../queries/permission-entries';
import { currentActor } from '../utils/actor';
import { ARTICLE, PLUGIN_UID_PREFIX } from '../constants';
import type { Middleware } from '../utils/document-middleware';

type Attribute = { type: string; relation?: string; target?: string; mappedBy?: string };

const WRITES = ['create', 'update', 'clone'];

const isOwnToOnePluginRelation = (attribute: Attribute) =>
  attribute.type === 'relation' &&
  !attribute.mappedBy &&
  (attribute.relation === 'manyToOne' || attribute.relation === 'oneToOne') &&
  Boolean(attribute.target?.startsWith(PLUGIN_UID_PREFIX));

/** Why the record a to-one relation input names cannot be found, or null when it exists. */
async function missingTarget(
  strapi: Core.Strapi,
  target: UID.ContentType,
  value: unknown
): Promise<string | null> {
  const change = readRelationChange(value);
  if (change.kind !== 'set') return null;
  const model = strapi.getModel(target);
  const name = String(model.info.displayName).toLowerCase();
  const { ref } = change;
  // An admin names only records the Content Manager lets them read: one they may not read is, to
  // them, one that is not there (the rules would otherwise quote its words back to them).
  const actor = currentActor(strapi);
  const readable = async (where: Record<string, unknown>) => {
    const rows = await permissionEntries(strapi, target, where);
    // Articles are held by the membership rule instead (published-content-guard): editing one.
    const judged = actor !== null && actor.adminId !== null && target !== ARTICLE;
    return rows.some((row) => !judged || actor.canContent('read', target, row));
  };
  if ('id' in ref) return (await readable({ id: ref.id })) ? null : missingRecordMessage(name, ref);
  const inLocale = ref.locale && 'locale' in model.attributes ? { locale: ref.locale } : {};
  if (await readable({ documentId: ref.documentId, ...inLocale })) return null;
  return missingRecordMessage(name, { documentId: ref.documentId, ...inLocale });
}

/**
 * A relation to a record that does not exist is refused at its field, before any rule reads it:
 * the rules would judge a record that is not there, and Strapi's own refusal names no field
 * (and repeats the write's internals back to the caller).
 */
export const relationTargets =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith(PLUGIN_UID_PREFIX) || !WRITES.includes(ctx.action)) return next();
    const data = (ctx.params as { data?: Record<string, unknown> }).data;
    if (!data) return next();
    const attributes = strapi.getModel(ctx.uid).attributes as Record<string, Attribute>;
    const problems: { path: string[]; message: string }[] = [];
    for (const [field, attribute] of Object.entries(attributes)) {
      if (!(field in data) || !isOwnToOnePluginRelation(attribute)) continue;
      const missing = await missingTarget(strapi, attribute.target as UID.ContentType, data[field]);
      if (missing) problems.push({ path: [field], message: `${field}: ${missing}` });
    }
    if (problems.length === 0) return next();
    throw validationError(problems);
  };
