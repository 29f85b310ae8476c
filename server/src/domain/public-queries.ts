import { fieldKindOf, findOperandProblem, type FieldKind } from './filter-operands';
import { PUBLIC_FIELDS } from './public-fields';
import { isPlainObject } from './plain-object';

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

/** The relation `key` of `type`, looked up among the listed relations only (never `constructor`). */
export const relationOf = (type: PublicType, key: string): Relation | undefined =>
  Object.prototype.hasOwnProperty.call(PUBLIC_RELATIONS[type], key)
    ? PUBLIC_RELATIONS[type][key]
    : undefined;

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

/** Keys in one filter, at every level together. */
export const MAX_FILTER_TERMS = 40;
/** Relations one filter follows, each time it names one (in `$or` branches, say). */
export const MAX_RELATION_TERMS = 4;
/**
 * Of those, relations to a list (article → figures): each is a join that multiplies the rows the
 * database reads by the length of the list, so a filter names one at most.
 */
export const MAX_LIST_RELATION_TERMS = 1;

/** The kind of value each filterable field of each type is compared with. */
export type FieldKinds = Record<PublicType, Readonly<Record<string, FieldKind>>>;

/** The field kinds of every public type, read off its attributes (`{ count: { type: 'integer' } }`). */
export function fieldKindsOf(
  attributesOf: (type: PublicType) => Record<string, { type: string }>
): FieldKinds {
  const kindsOf = (type: PublicType) => {
    const fields: Record<string, FieldKind> = {
      id: 'number',
      documentId: 'text',
      createdAt: 'date',
      updatedAt: 'date',
    };
    for (const [name, attribute] of Object.entries(attributesOf(type))) {
      const kind = fieldKindOf(attribute.type);
      if (kind) fields[name] = kind;
    }
    return fields;
  };
  const types = Object.keys(PUBLIC_FIELDS) as PublicType[];
  return Object.fromEntries(types.map((type) => [type, kindsOf(type)])) as FieldKinds;
}

const LOGICAL = new Set(['$and', '$or', '$not']);
const describe = (type: PublicType, hopsLeft: number) => {
  const relations = hopsLeft > 0 ? Object.keys(PUBLIC_RELATIONS[type]) : [];
  return [...FIELDS[type], ...relations].join(', ');
};

interface FilterWalk {
  kinds: FieldKinds;
  terms: number;
  relations: number;
  listRelations: number;
}

function findRelationTermProblem(
  walk: FilterWalk,
  type: PublicType,
  key: string,
  path: string[],
  hopsLeft: number
): QueryProblem | null {
  if (hopsLeft === 0) {
    return {
      path,
      message: `Filters follow at most ${FILTER_DEPTH} relation: "${key}" cannot be filtered on from ${type} here.`,
    };
  }
  walk.relations += 1;
  if (relationOf(type, key)?.toMany) walk.listRelations += 1;
  if (walk.relations > MAX_RELATION_TERMS) {
    return { path, message: `A filter follows relations at most ${MAX_RELATION_TERMS} times.` };
  }
  if (walk.listRelations > MAX_LIST_RELATION_TERMS) {
    return {
      path,
      message: `A filter names one list of related records (such as "figures") at most once: ask separately and combine the answers.`,
    };
  }
  return null;
}

function walkFilters(
  walk: FilterWalk,
  type: PublicType,
  filters: unknown,
  path: string[],
  hopsLeft: number
): QueryProblem | null {
  if (filters === undefined || filters === null) return null;
  if (Array.isArray(filters)) {
    for (const [index, item] of filters.entries()) {
      const problem = walkFilters(walk, type, item, [...path, String(index)], hopsLeft);
      if (problem) return problem;
    }
    return null;
  }
  if (!isPlainObject(filters)) {
    return { path, message: `Filters on ${type} must be an object of fields and operators.` };
  }
  for (const [key, value] of Object.entries(filters)) {
    const here = [...path, key];
    walk.terms += 1;
    if (walk.terms > MAX_FILTER_TERMS) {
      return { path: here, message: `A filter holds at most ${MAX_FILTER_TERMS} conditions.` };
    }
    const kind = FIELDS[type].has(key) ? walk.kinds[type][key] : undefined;
    let problem: QueryProblem | null;
    if (LOGICAL.has(key)) {
      // Strapi reads a list under `$not` as raw columns, not fields: one object only.
      const fits = key === '$not' ? isPlainObject(value) : Array.isArray(value);
      problem = fits
        ? walkFilters(walk, type, value, here, hopsLeft)
        : {
            path: here,
            message:
              key === '$not'
                ? '"$not" takes one filter object, not a list.'
                : `"${key}" takes a list of filters.`,
          };
    } else if (kind) {
      problem = findOperandProblem(key, kind, value, here);
    } else if (relationOf(type, key)) {
      problem =
        findRelationTermProblem(walk, type, key, here, hopsLeft) ??
        (isPlainObject(value)
          ? walkFilters(walk, relationOf(type, key)!.target, value, here, hopsLeft - 1)
          : findOperandProblem(key, 'number', value, here));
    } else {
      problem = {
        path: here,
        message: `"${key}" cannot be used to filter ${type}. Filter on: ${describe(type, hopsLeft)}.`,
      };
    }
    if (problem) return problem;
  }
  return null;
}

/**
 * The first part of `filters` the public may not use, with its path, or null: fields outside the
 * allow-list, values of the wrong kind, relations beyond `hopsLeft`, and filters larger than the
 * budgets above.
 */
export function findFilterProblem(
  type: PublicType,
  filters: unknown,
  kinds: FieldKinds,
  { path = ['filters'], hopsLeft = FILTER_DEPTH }: { path?: string[]; hopsLeft?: number } = {}
): QueryProblem | null {
  const walk: FilterWalk = { kinds, terms: 0, relations: 0, listRelations: 0 };
  return walkFilters(walk, type, filters, path, hopsLeft);
}

/** How the database reads a condition: SQL's three truth values. */
type Truth = 'true' | 'false' | 'unknown';

const and = (truths: Truth[]): Truth =>
  truths.includes('false') ? 'false' : truths.includes('unknown') ? 'unknown' : 'true';
const or = (truths: Truth[]): Truth =>
  truths.includes('true') ? 'true' : truths.includes('unknown') ? 'unknown' : 'false';
const not = (truth: Truth): Truth =>
  truth === 'true' ? 'false' : truth === 'false' ? 'true' : 'unknown';

const isTrue = (value: unknown) => value === true || value === 'true';

/** What one operator of Strapi's query engine gives on a NULL column. */
function operatorOnNull(operator: string, value: unknown): Truth {
  switch (operator) {
    case '$null':
      return isTrue(value) ? 'true' : 'false';
    case '$notNull':
      return isTrue(value) ? 'false' : 'true';
    case '$eq':
    case '$eqi':
      return value === null ? 'true' : 'unknown';
    case '$ne':
    case '$nei':
      return value === null ? 'false' : 'unknown';
    case '$in':
      return Array.isArray(value) && value.length === 0 ? 'false' : 'unknown';
    case '$notIn':
      return Array.isArray(value) && value.length === 0 ? 'true' : 'unknown';
    case '$not':
      return not(conditionOnNull(value));
    default:
      return 'unknown';
  }
}

/** A field's condition (a bare value, a list, or operators) on a NULL column. */
function conditionOnNull(condition: unknown): Truth {
  if (condition === null) return 'true';
  if (Array.isArray(condition)) return operatorOnNull('$in', condition);
  if (!isPlainObject(condition)) return 'unknown';
  return and(Object.entries(condition).map(([operator, value]) => operatorOnNull(operator, value)));
}

/**
 * What filters on a related record give where no record is related: the joined columns are all
 * NULL. Expects filters that `findFilterProblem` accepted.
 */
export function filtersOnNoRecord(type: PublicType, filters: unknown): Truth {
  if (Array.isArray(filters)) return and(filters.map((item) => filtersOnNoRecord(type, item)));
  if (!isPlainObject(filters)) return 'unknown';
  return and(
    Object.entries(filters).map(([key, value]) => {
      const relation = relationOf(type, key);
      if (key === '$and') return filtersOnNoRecord(type, value);
      if (key === '$or' && Array.isArray(value)) {
        return or(value.map((item) => filtersOnNoRecord(type, item)));
      }
      if (key === '$not') return not(filtersOnNoRecord(type, value));
      if (relation && isPlainObject(value)) return filtersOnNoRecord(relation.target, value);
      return conditionOnNull(value);
    })
  );
}

/** Conditions on a joined record that hold (or not, or are unknown) whatever its columns hold. */
const ALWAYS: Record<Truth, Record<string, unknown>> = {
  true: { id: { $notNull: true } },
  false: { id: { $null: true } },
  unknown: { id: { $lt: null } },
};

/**
 * The condition on one related record, read on its public rows only. A related record the public
 * may not see reads as no record at all, with SQL's truth value included (which a `$not` around it
 * would turn), so that no filter tells a hidden record from an absent one. Articles come in a
 * draft and a published edition linked together, and a public record always has its published
 * one: a hidden edition never stands in for an absent article, so those need only the first half.
 */
function relatedPublicRows(relation: Relation, inner: unknown): unknown {
  const publicRows = PUBLIC_ROWS[relation.target];
  if (!publicRows) return inner;
  const seen = { $and: [inner, { $or: [publicRows, { id: { $null: true } }] }] };
  const truth = filtersOnNoRecord(relation.target, inner);
  if (relation.toMany || relation.target === 'article' || truth === 'false') return seen;
  const hidden = { $and: [{ id: { $notNull: true } }, { $not: publicRows }] };
  return { $or: [seen, { $and: [hidden, ALWAYS[truth]] }] };
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
    const relation = relationOf(type, key);
    if (LOGICAL.has(key)) {
      narrowed[key] = narrowRelationFilters(type, value);
    } else if (relation && isPlainObject(value)) {
      // `$and` and `$or`, because operators (`$not`, `$or`) and fields cannot share one object.
      narrowed[key] = relatedPublicRows(relation, narrowRelationFilters(relation.target, value));
    } else if (relation) {
      // A bare id (or list of ids) compared with the relation: the same on the related id.
      narrowed[key] = relatedPublicRows(relation, { id: value });
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

interface SortTerm {
  path: string[];
  direction: unknown;
}

const sortTerms = (sort: unknown, prefix: string[] = []): SortTerm[] => {
  if (sort === undefined || sort === null) return [];
  if (typeof sort === 'string') {
    return sort.split(',').map((part) => {
      const [field, direction = 'asc', ...extra] = part.trim().split(':');
      return { path: [...prefix, ...field.split('.')], direction: extra.length ? part : direction };
    });
  }
  if (Array.isArray(sort)) return sort.flatMap((item) => sortTerms(item, prefix));
  if (isPlainObject(sort)) {
    return Object.entries(sort).flatMap(([key, value]) =>
      isPlainObject(value)
        ? sortTerms(value, [...prefix, key])
        : [{ path: [...prefix, key], direction: value }]
    );
  }
  return [{ path: [...prefix, String(sort)], direction: 'asc' }];
};

/** Fields one sort orders by. */
export const MAX_SORT_TERMS = 5;
const DIRECTIONS = new Set(['asc', 'desc']);

/**
 * Sort on the type's own fields, or on a field of a single related record that has no drafts
 * (a figure by its claimant's name); never through an article or a list. Related records
 * populated or resolved under another (`populate[figures][sort]`) sort on their own fields.
 */
export function findSortProblem(
  type: PublicType,
  sort: unknown,
  { ownFieldsOnly = false }: { ownFieldsOnly?: boolean } = {}
): QueryProblem | null {
  const terms = sortTerms(sort);
  if (terms.length > MAX_SORT_TERMS) {
    return { path: ['sort'], message: `Sort by at most ${MAX_SORT_TERMS} fields.` };
  }
  for (const { path: fieldPath, direction } of terms) {
    const [first, second, ...rest] = fieldPath;
    if (typeof direction !== 'string' || !DIRECTIONS.has(direction.toLowerCase())) {
      return {
        path: ['sort'],
        message: `"${fieldPath.join('.')}" sorts "asc" or "desc", not "${String(direction)}".`,
      };
    }
    if (fieldPath.length === 1 && FIELDS[type].has(first)) continue;
    const relation = relationOf(type, first);
    const throughOne =
      !ownFieldsOnly &&
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
  kinds: FieldKinds,
  path: string[] = ['populate'],
  depthLeft = POPULATE_DEPTH
): QueryProblem | null {
  if (populate === undefined || populate === null || populate === false) return null;
  const targetOf = (key: string): PublicType | null =>
    relationOf(type, key)?.target ??
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
        ? findPopulateProblem(target, deeper.join('.'), kinds, [...path, key], depthLeft - 1)
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
      findFieldsProblem(target, value.fields, [...here, 'fields']) ??
      findFilterProblem(target, value.filters, kinds, {
        path: [...here, 'filters'],
        hopsLeft: 0,
      }) ??
      findSortProblem(target, value.sort, { ownFieldsOnly: true }) ??
      findPopulateProblem(target, value.populate, kinds, [...here, 'populate'], depthLeft - 1);
    if (problem) return problem;
  }
  return null;
}

const SHOWN_ROW_FIELDS = [...ROW_FIELDS, 'publishedAt', 'locale'];

/** `fields` name the type's public fields only. */
export function findFieldsProblem(
  type: PublicType,
  fields: unknown,
  path: string[] = ['fields']
): QueryProblem | null {
  if (fields === undefined || fields === null) return null;
  const names = typeof fields === 'string' ? fields.split(',') : fields;
  if (!Array.isArray(names)) return { path, message: 'Fields is a list of field names.' };
  const shown = new Set<string>([...SHOWN_ROW_FIELDS, ...PUBLIC_FIELDS[type]]);
  for (const [index, name] of names.entries()) {
    if (typeof name !== 'string' || !shown.has(name.trim())) {
      return {
        path: [...path, String(index)],
        message: `"${String(name)}" is not a field of ${type} that is served. Ask for: ${[...shown].join(', ')}.`,
      };
    }
  }
  return null;
}

/** Nesting levels, keys and list values in one filter as sent, before it is read. */
export const MAX_FILTER_NESTING = 10;
export const MAX_FILTER_KEYS = 2 * MAX_FILTER_TERMS;
export const MAX_FILTER_VALUES = 400;

/**
 * The size of a filter as a client sent it, measured before anything converts it (GraphQL's
 * arguments are turned into a query by Strapi before the document service sees them, at a cost
 * that grows faster than their size). Stops counting at the first limit passed.
 */
export function findFilterSizeProblem(
  filters: unknown,
  path: string[] = ['filters']
): QueryProblem | null {
  let keys = 0;
  let values = 0;
  const tooLarge = (): QueryProblem => ({
    path,
    message: `A filter holds at most ${MAX_FILTER_KEYS} keys and ${MAX_FILTER_VALUES} values, ${MAX_FILTER_NESTING} levels deep.`,
  });
  const walk = (node: unknown, depth: number): QueryProblem | null => {
    if (depth > MAX_FILTER_NESTING) return tooLarge();
    if (Array.isArray(node)) {
      if (node.length === 0) return { path, message: 'Lists in a filter hold at least one value.' };
      values += node.length;
      if (values > MAX_FILTER_VALUES) return tooLarge();
      for (const item of node) {
        const problem = walk(item, depth + 1);
        if (problem) return problem;
      }
    } else if (isPlainObject(node)) {
      const entries = Object.values(node);
      keys += entries.length;
      if (keys > MAX_FILTER_KEYS) return tooLarge();
      for (const value of entries) {
        const problem = walk(value, depth + 1);
        if (problem) return problem;
      }
    }
    return null;
  };
  return walk(filters, 0);
}
