import type { FieldKinds, PublicType, QueryProblem } from './public-queries';
import { PUBLIC_FIELDS } from './public-fields';

/** Characters in one search. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * Strapi's `_q` searches every text column of a type, private ones included. A reader's search
 * instead matches the type's public text fields, case-insensitively.
 */
export function findSearchProblem(search: unknown): QueryProblem | null {
  if (search === undefined) return null;
  if (typeof search === 'string' && search.length <= MAX_SEARCH_LENGTH) return null;
  return {
    path: ['_q'],
    message: `"_q" is one piece of text of at most ${MAX_SEARCH_LENGTH} characters.`,
  };
}

/** The filter that a reader's search stands for: any public text field containing it. */
export function searchFilter(
  type: PublicType,
  kinds: FieldKinds,
  search: string
): Record<string, unknown> {
  const fields = (PUBLIC_FIELDS[type] as readonly string[]).filter(
    (field) => kinds[type][field] === 'text' && field !== 'documentId'
  );
  return { $or: fields.map((field) => ({ [field]: { $containsi: search } })) };
}
