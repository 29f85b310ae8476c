import { PUBLIC_FIELDS } from './public-fields';

/**
 * What a reader of the content API may ask of each type, whatever the transport (REST, GraphQL,
 * another plugin): which fields filter and sort, which relations a filter may follow, and how deep.
 *
 * A filter follows at most one relation, so no query joins a chain such as figure → article →
 * figures; every relation it follows is narrowed to what the public may see of the target, so a
 * filter never matches on draft text.
 */
export type PublicType = keyof typeof PUBLIC_FIELDS;

export interface QueryProblem {
  path: string[];
  message: string;
}

interface Relation {
  target: PublicType;
  toMany: boolean;
}

// Structured values (rich text, JSON lists) are shown but not filtered on.
const NOT_FILTERABLE = new Set(['body', 'regions', 'evidence', 'nameVariants']);
const ROW_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt'];

const filterableFields = (type: PublicType): ReadonlySet<string> =>
  new Set([...ROW_FIELDS, ...PUBLIC_FIELDS[type].filter((field) => !NOT_FILTERABLE.has(field))]);

export const PUBLIC_RELATIONS: Record<PublicType, Readonly<Record<string, Relation>>> = {
  article: {
    figures: { target: 'figure', toMany: true },
    quotes: { target: 'quote', toMany: true },
  },
  figure: {
    article: { target: 'article', toMany: false },
    claimant: { target: 'official', toMany: false },
    partOf: { target: 'figure', toMany: false },
  },
  quote: {
    article: { target: 'article', toMany: false },
    speaker: { target: 'official', toMany: false },
  },
  correction: { article: { target: 'article', toMany: false } },
  official: {},
};

const FIELDS: Record<PublicType, ReadonlySet<string>> = {
  article: filterableFields('article'),
  figure: filterableFields('figure'),
  quote: filterableFields('quote'),
  correction: filterableFields('correction'),
  official: filterableFields('official'),
};

/**
 * The condition that keeps a query to what the public may see of a type: published rows of
 * articles; figures, quotes and corrections of published articles; every official.
 */
export const PUBLIC_ROWS: Record<PublicType, Record<string, unknown> | null> = {
  article: { publishedAt: { $notNull: true } },
  figure: { inPublishedArticle: true },
  quote: { inPublishedArticle: true },
  correction: { inPublishedArticle: true },
  official: null,
};

/** Relations a filter may follow from the type it starts on. */
export const FILTER_DEPTH = 1;
/** Levels of relations a single read may populate. */
export const POPULATE_DEPTH = 2;

const LOGICAL_LISTS = new Set(['$and', '$or']);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (type: PublicType, hopsLeft: number) => {
  const relations = hopsLeft > 0 ? Object.keys(PUBLIC_RELATIONS[type]) : [];
  return [...FIELDS[type], ...relations].join(', ');
};

/** The first part of `filters` the public may not use, with its path, or null. */
export function findFilterProblem(
  type: PublicType,
  filters: unknown,
  path: string[] = ['filters'],
  hopsLeft = FILTER_DEPTH
): QueryProblem | null {
  if (filters === undefined || filters === null) return null;
  if (Array.isArray(filters)) {
    for (const [index, item] of filters.entries()) {
      const problem = findFilterProblem(type, item, [...path, String(index)], hopsLeft);
      if (problem) return problem;
    }
    return null;
  }
  if (!isPlainObject(filters)) {
    return { path, message: `Filters on ${type} must be an object of fields and operators.` };
  }
  for (const [key, value] of Object.entries(filters)) {
    const here = [...path, key];
    if (LOGICAL_LISTS.has(key) || key === '$not') {
      const problem = findFilterProblem(type, value, here, hopsLeft);
      if (problem) return problem;
    } else if (FIELDS[type].has(key)) {
      continue;
    } else if (key in PUBLIC_RELATIONS[type]) {
      if (hopsLeft === 0) {
        return {
          path: here,
          message: `Filters follow at most ${FILTER_DEPTH} relation: "${key}" cannot be filtered on from ${type} here.`,
        };
      }
      const { target } = PUBLIC_RELATIONS[type][key];
      if (!isPlainObject(value)) continue;
      const problem = findFilterProblem(target, value, here, hopsLeft - 1);
      if (problem) return problem;
    } else {
      return {
        path: here,
        message: `"${key}" cannot be used to filter ${type}. Filter on: ${describe(type, hopsLeft)}.`,
      };
    }
  }
  return null;
}

/**
 * The same filters, with every relation they follow narrowed to the target's public rows. Expects
 * filters that `findFilterProblem` accepted.
 */
export function narrowRelationFilters(type: PublicType, filters: unknown): unknown {
  if (Array.isArray(filters)) return filters.map((item) => narrowRelationFilters(type, item));
  if (!isPlainObject(filters)) return filters;
  const narrowed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const relation = PUBLIC_RELATIONS[type][key];
    if (LOGICAL_LISTS.has(key) || key === '$not') {
      narrowed[key] = narrowRelationFilters(type, value);
    } else if (relation && isPlainObject(value)) {
      const publicRows = PUBLIC_ROWS[relation.target];
      const inner = narrowRelationFilters(relation.target, value) as Record<string, unknown>;
      narrowed[key] = publicRows ? { ...inner, ...publicRows } : inner;
    } else if (relation) {
      // A bare id compared with the relation: the same comparison, on public rows only.
      const publicRows = PUBLIC_ROWS[relation.target];
      narrowed[key] = publicRows ? { id: value, ...publicRows } : value;
    } else {
      narrowed[key] = value;
    }
  }
  return narrowed;
}

/** Filters of a content-API read, restricted to the type's public rows. */
export function publicFilters(type: PublicType, filters: unknown): Record<string, unknown> {
  const narrowed = narrowRelationFilters(type, filters);
  const publicRows = PUBLIC_ROWS[type];
  const given = isPlainObject(narrowed) && Object.keys(narrowed).length > 0 ? narrowed : null;
  if (!publicRows) return (given ?? {}) as Record<string, unknown>;
  return given ? { $and: [given, publicRows] } : { ...publicRows };
}

const sortPaths = (sort: unknown, prefix: string[] = []): string[][] => {
  if (sort === undefined || sort === null) return [];
  if (typeof sort === 'string') {
    return sort.split(',').map((part) => [...prefix, ...part.split(':')[0].trim().split('.')]);
  }
  if (Array.isArray(sort)) return sort.flatMap((item) => sortPaths(item, prefix));
  if (isPlainObject(sort)) {
    return Object.entries(sort).flatMap(([key, value]) =>
      isPlainObject(value) ? sortPaths(value, [...prefix, key]) : [[...prefix, key]]
    );
  }
  return [[...prefix, String(sort)]];
};

/**
 * Sort on the type's own fields, or on a field of a single related record that has no drafts
 * (a figure by its claimant's name); never through an article or a list.
 */
export function findSortProblem(type: PublicType, sort: unknown): QueryProblem | null {
  for (const fieldPath of sortPaths(sort)) {
    const [first, second, ...rest] = fieldPath;
    if (fieldPath.length === 1 && FIELDS[type].has(first)) continue;
    const relation = PUBLIC_RELATIONS[type][first];
    const throughOne =
      relation &&
      !relation.toMany &&
      !PUBLIC_ROWS[relation.target] &&
      rest.length === 0 &&
      FIELDS[relation.target].has(second);
    if (throughOne) continue;
    return {
      path: ['sort'],
      message: `"${fieldPath.join('.')}" cannot sort ${type}: sort on ${[...FIELDS[type]].join(', ')}.`,
    };
  }
  return null;
}

const POPULATE_OPTIONS = new Set(['fields', 'filters', 'sort', 'populate', 'on', 'count']);

/**
 * Populate only the public relations of a type (and an article's published editions), at most
 * `POPULATE_DEPTH` levels deep; a populated list may be filtered on the target's own fields.
 */
export function findPopulateProblem(
  type: PublicType,
  populate: unknown,
  path: string[] = ['populate'],
  depthLeft = POPULATE_DEPTH
): QueryProblem | null {
  if (populate === undefined || populate === null || populate === false) return null;
  const targetOf = (key: string): PublicType | null =>
    PUBLIC_RELATIONS[type][key]?.target ??
    (type === 'article' && key === 'localizations' ? 'article' : null);
  const tooDeep = (here: string[]): QueryProblem => ({
    path: here,
    message: `Relations are populated at most ${POPULATE_DEPTH} levels deep.`,
  });
  const unknown = (here: string[], key: string): QueryProblem => ({
    path: here,
    message: `"${key}" cannot be populated on ${type}.`,
  });

  if (typeof populate === 'string' || Array.isArray(populate)) {
    const entries = typeof populate === 'string' ? populate.split(',') : populate;
    for (const entry of entries) {
      if (typeof entry !== 'string') return { path, message: 'Populate names relations.' };
      const [key, ...deeper] = entry.trim().split('.');
      if (depthLeft === 0) return tooDeep([...path, key]);
      if (key === '*') continue;
      const target = targetOf(key);
      if (!target) return unknown([...path, key], key);
      const problem = deeper.length
        ? findPopulateProblem(target, deeper.join('.'), [...path, key], depthLeft - 1)
        : null;
      if (problem) return problem;
    }
    return null;
  }
  if (populate === true) return null;
  if (!isPlainObject(populate)) return { path, message: 'Populate names relations.' };

  for (const [key, value] of Object.entries(populate)) {
    const here = [...path, key];
    const target = targetOf(key);
    if (!target) return unknown(here, key);
    if (depthLeft === 0) return tooDeep(here);
    if (!isPlainObject(value)) continue;
    for (const option of Object.keys(value)) {
      if (!POPULATE_OPTIONS.has(option)) return unknown([...here, option], option);
    }
    const problem =
      findFilterProblem(target, value.filters, [...here, 'filters'], 0) ??
      findSortProblem(target, value.sort) ??
      findPopulateProblem(target, value.populate, [...here, 'populate'], depthLeft - 1);
    if (problem) return problem;
  }
  return null;
}
