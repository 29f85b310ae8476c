import type { Core, UID } from '@strapi/strapi';

/** What a write does to a to-one relation: leave it, clear it, or point it at a document. */
export type RelationChange =
  | { kind: 'unchanged' }
  | { kind: 'cleared' }
  | { kind: 'set'; ref: RelationRef };
type RelationRef = { documentId: string; locale?: string } | { id: number };

const ROW_ID = /^\d+$/;

const refOf = (item: unknown): RelationRef | null => {
  if (typeof item === 'string') return { documentId: item };
  if (typeof item === 'number') return { id: item };
  if (item && typeof item === 'object') {
    const { documentId, id, locale } = item as {
      documentId?: unknown;
      id?: unknown;
      locale?: unknown;
    };
    const inLocale = typeof locale === 'string' ? { locale } : {};
    if (typeof documentId === 'string') return { documentId, ...inLocale };
    if (typeof id === 'number') return { id };
    // Strapi reads `{ id: "39" }` as the row 39, not as a documentId.
    if (typeof id === 'string') return ROW_ID.test(id) ? { id: Number(id) } : { documentId: id };
  }
  return null;
};

/**
 * Reads the many shapes Strapi accepts for a to-one relation in a write: an id, a documentId,
 * `{ documentId }`, a list, `{ connect, disconnect }` or `{ set }`.
 */
/** How the relation rules word a record that is not there, or that the caller may not read. */
export function missingRecordMessage(name: string, ref: RelationRef): string {
  if ('id' in ref) return `no ${name} has the id ${ref.id}.`;
  const edition = ref.locale ? ` in the "${ref.locale}" edition` : '';
  return `no ${name} has the documentId "${ref.documentId}"${edition}.`;
}

export function readRelationChange(value: unknown): RelationChange {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null) return { kind: 'cleared' };
  if (Array.isArray(value)) return changeTo(value);
  if (typeof value === 'object') {
    const { connect, disconnect, set } = value as Record<string, unknown>;
    if (Array.isArray(set)) return changeTo(set);
    if (Array.isArray(connect) && connect.length > 0) return changeTo(connect.slice(-1));
    if (Array.isArray(disconnect) && disconnect.length > 0) return { kind: 'cleared' };
    if (connect !== undefined || disconnect !== undefined) return { kind: 'unchanged' };
  }
  const ref = refOf(value);
  return ref ? { kind: 'set', ref } : { kind: 'unchanged' };
}

function changeTo(items: unknown[]): RelationChange {
  if (items.length === 0) return { kind: 'cleared' };
  const ref = refOf(items[0]);
  return ref ? { kind: 'set', ref } : { kind: 'unchanged' };
}

export interface RelationTarget {
  documentId: string;
  /** The edition named by the write (or by the row it points at), if the target has editions. */
  locale: string | null;
}

/**
 * The document (and edition) a relation change leads to: undefined when unchanged, null when
 * cleared or when the row it names does not exist (Strapi then refuses the write itself).
 */
export async function resolveRelationTarget(
  strapi: Core.Strapi,
  target: UID.ContentType,
  value: unknown
): Promise<RelationTarget | null | undefined> {
  const change = readRelationChange(value);
  if (change.kind === 'unchanged') return undefined;
  if (change.kind === 'cleared') return null;
  if ('documentId' in change.ref) {
    return { documentId: change.ref.documentId, locale: change.ref.locale ?? null };
  }
  const localized = 'locale' in strapi.getModel(target).attributes;
  const row = await strapi.db.query(target).findOne({
    where: { id: change.ref.id },
    select: localized ? ['documentId', 'locale'] : ['documentId'],
  });
  return row ? { documentId: row.documentId, locale: row.locale ?? null } : null;
}

/** The documentId a relation change leads to, as `resolveRelationTarget` reads it. */
export async function resolveRelationChange(
  strapi: Core.Strapi,
  target: UID.ContentType,
  value: unknown
): Promise<string | null | undefined> {
  const resolved = await resolveRelationTarget(strapi, target, value);
  return resolved === undefined ? undefined : (resolved?.documentId ?? null);
}
