import { isPlainObject } from './plain-object';

/**
 * The shapes a write may use for a relation to ONE record (a figure's article, claimant or whole;
 * a quote's article or speaker). Strapi reads more shapes than these (lists of several, objects
 * in place of lists, nested lists), and reads some of them differently from what a reader of the
 * request would expect; the rules must judge the record Strapi will store, so anything else is
 * refused.
 */
export interface RelationInputProblem {
  path: string[];
  message: string;
}

const REFERENCE_KEYS = new Set(['documentId', 'id', 'locale', 'status', 'position']);

/** One record: a documentId, a row id, `{ documentId, locale? }` or `{ id }`. */
function isReference(item: unknown): boolean {
  if (typeof item === 'string') return item.length > 0;
  if (typeof item === 'number') return Number.isInteger(item) && item > 0;
  if (!isPlainObject(item)) return false;
  if (!Object.keys(item).every((key) => REFERENCE_KEYS.has(key))) return false;
  const { documentId, id, locale } = item;
  if (locale !== undefined && locale !== null && typeof locale !== 'string') return false;
  if (documentId !== undefined) return typeof documentId === 'string' && documentId.length > 0;
  return (
    (typeof id === 'number' && Number.isInteger(id) && id > 0) ||
    (typeof id === 'string' && /^\d+$/.test(id))
  );
}

const isOneOrNone = (list: unknown): boolean =>
  Array.isArray(list) && list.length <= 1 && list.every(isReference);

/** The first problem with a to-one relation's input, or null. */
export function findToOneRelationProblem(
  field: string,
  value: unknown
): RelationInputProblem | null {
  const refused = {
    path: [field],
    message: `"${field}" names one record: send its documentId, { "documentId": …, "locale": … }, { "connect": [one] }, { "set": [one] } or null.`,
  };
  if (value === undefined || value === null || isReference(value)) return null;
  if (Array.isArray(value)) return isOneOrNone(value) ? null : refused;
  if (!isPlainObject(value)) return refused;
  const { connect, disconnect, set, ...rest } = value;
  if (Object.keys(rest).length > 0) return refused;
  if (set !== undefined && (connect !== undefined || !isOneOrNone(set))) return refused;
  if (connect !== undefined && !isOneOrNone(connect)) return refused;
  if (disconnect !== undefined && !(Array.isArray(disconnect) && disconnect.every(isReference))) {
    return refused;
  }
  return null;
}

/** Every record a relation input names, whatever its shape (connect, disconnect, set, lists). */
const namedRecords = (value: unknown): unknown[] => {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (isPlainObject(value) && ['connect', 'disconnect', 'set'].some((key) => key in value)) {
    return ['connect', 'disconnect', 'set'].flatMap((key) =>
      Array.isArray(value[key]) ? (value[key] as unknown[]) : []
    );
  }
  return [value];
};

const namesADocument = (item: unknown): boolean =>
  typeof item === 'string' ||
  (isPlainObject(item) && typeof item.documentId === 'string' && !('status' in item));

/**
 * The article of a figure or quote is named by its documentId (and locale). A row id or a
 * `status` names one version of the article, draft or published, and Strapi would link or unlink
 * that version alone: a record would leave the published article with no rule seeing it.
 */
export function findArticleReferenceProblem(value: unknown): RelationInputProblem | null {
  if (namedRecords(value).every(namesADocument)) return null;
  return {
    path: ['article'],
    message:
      '"article" names the article by its documentId, e.g. { "documentId": …, "locale": "en" }: a row id or a status names one version of it.',
  };
}
