import { PUBLIC_RELATIONS, PUBLIC_ROWS, relationOf, type PublicType } from './public-queries';
import { isPlainObject } from './plain-object';

type PopulateEntry = true | Record<string, unknown>;

/** `'partOf.claimant,article'`, `['partOf']`, `'*'` or `true` as `{ partOf: { populate: ... } }`. */
function asObject(type: PublicType, populate: unknown): Record<string, unknown> {
  if (populate === true) return asObject(type, '*');
  if (isPlainObject(populate)) return populate;
  const entries = typeof populate === 'string' ? populate.split(',') : (populate as string[]);
  const result: Record<string, PopulateEntry> = {};
  for (const entry of entries) {
    const [key, ...deeper] = entry.trim().split('.');
    if (key === '*') {
      for (const relation of Object.keys(PUBLIC_RELATIONS[type])) result[relation] ??= true;
      continue;
    }
    result[key] = deeper.length > 0 ? { populate: deeper.join('.') } : (result[key] ?? true);
  }
  return result;
}

/**
 * A reader's populate with every relation narrowed to the rows the public may see: a published
 * figure can point at one that waits for publication (`partOf`), and populating it must not show
 * it. Checked by the read policy first (`findPopulateProblem`): only public relations, 2 levels.
 */
export function publicPopulate(type: PublicType, populate: unknown): unknown {
  if (populate === undefined || populate === null || populate === false) return populate;
  const narrowed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(asObject(type, populate))) {
    const relation = relationOf(type, key);
    if (!relation) {
      narrowed[key] = value; // an article's `localizations`: published editions, by status
      continue;
    }
    const options = isPlainObject(value) ? value : {};
    const visible = PUBLIC_ROWS[relation.target];
    narrowed[key] = {
      ...options,
      ...(visible
        ? { filters: options.filters ? { $and: [options.filters, visible] } : visible }
        : {}),
      ...(options.populate !== undefined
        ? { populate: publicPopulate(relation.target, options.populate) }
        : {}),
    };
  }
  return narrowed;
}
