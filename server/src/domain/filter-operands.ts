import { isPlainObject } from './plain-object';
import { isCalendarDay } from '../../../shared/fields';

/**
 * What a filter may compare a field with, by the kind of field: the operators that make sense for
 * it and values of the right shape, so that a mistyped filter is a 400 naming the field rather
 * than a database error.
 */
export type FieldKind = 'text' | 'number' | 'boolean' | 'date';

export interface OperandProblem {
  path: string[];
  message: string;
}

const COMPARISONS = ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte'];
const TEXT_MATCHES = [
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
];
const LISTS = ['$in', '$notIn'];
const PRESENCE = ['$null', '$notNull'];

/** Values in one `$in` list. */
export const MAX_LIST_VALUES = 100;
/** Characters in one compared value. */
export const MAX_VALUE_LENGTH = 500;

const operatorsFor = (kind: FieldKind): ReadonlySet<string> =>
  new Set([
    ...COMPARISONS,
    ...LISTS,
    ...PRESENCE,
    '$between',
    '$not',
    ...(kind === 'text' ? TEXT_MATCHES : []),
  ]);

const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const BOOLEAN_TEXT = new Set(['true', 'false']);

const EXPECTED: Record<FieldKind, string> = {
  text: 'a piece of text',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date such as 2024-03-01',
};

function fitsKind(kind: FieldKind, value: unknown): boolean {
  if (typeof value === 'string' && value.length > MAX_VALUE_LENGTH) return false;
  switch (kind) {
    case 'text':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    case 'number':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && NUMBER.test(value))
      );
    case 'boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && BOOLEAN_TEXT.has(value));
    case 'date':
      return (
        typeof value === 'string' &&
        DATE.test(value) &&
        isCalendarDay(value.slice(0, 10)) &&
        !Number.isNaN(Date.parse(value))
      );
  }
}

const wrongValue = (field: string, kind: FieldKind, path: string[]): OperandProblem => ({
  path,
  message: `"${field}" is compared with ${EXPECTED[kind]} (at most ${MAX_VALUE_LENGTH} characters).`,
});

function findListProblem(
  field: string,
  kind: FieldKind,
  values: unknown,
  path: string[],
  exactly?: number
): OperandProblem | null {
  const list = Array.isArray(values) ? values : [values];
  if (list.length === 0) return { path, message: `"${field}" is compared with an empty list.` };
  if (exactly !== undefined && list.length !== exactly) {
    return { path, message: `"${field}" between takes exactly two values, low and high.` };
  }
  if (list.length > MAX_LIST_VALUES) {
    return { path, message: `A list holds at most ${MAX_LIST_VALUES} values.` };
  }
  const wrong = list.findIndex((value) => !fitsKind(kind, value));
  return wrong === -1 ? null : wrongValue(field, kind, [...path, String(wrong)]);
}

function findOperatorValueProblem(
  field: string,
  kind: FieldKind,
  operator: string,
  value: unknown,
  path: string[]
): OperandProblem | null {
  if (operator === '$not') return findOperandProblem(field, kind, value, path);
  if (LISTS.includes(operator)) return findListProblem(field, kind, value, path);
  if (operator === '$between') return findListProblem(field, kind, value, path, 2);
  if (PRESENCE.includes(operator)) {
    return fitsKind('boolean', value) ? null : wrongValue(operator, 'boolean', path);
  }
  return fitsKind(kind, value) ? null : wrongValue(field, kind, path);
}

/**
 * The first problem in what a filter compares `field` with: a bare value, a list of values, or
 * an object of operators (`{ $gt: 3 }`, `{ $not: { $eq: 3 } }`), or null.
 */
export function findOperandProblem(
  field: string,
  kind: FieldKind,
  condition: unknown,
  path: string[]
): OperandProblem | null {
  if (Array.isArray(condition)) return findListProblem(field, kind, condition, path);
  if (!isPlainObject(condition)) {
    return fitsKind(kind, condition) ? null : wrongValue(field, kind, path);
  }
  const allowed = operatorsFor(kind);
  for (const [operator, value] of Object.entries(condition)) {
    const here = [...path, operator];
    if (!allowed.has(operator)) {
      return {
        path: here,
        message: `"${operator}" cannot compare "${field}". Use one of: ${[...allowed].join(', ')}.`,
      };
    }
    const problem = findOperatorValueProblem(field, kind, operator, value, here);
    if (problem) return problem;
  }
  return null;
}

/** The kind of filter value a Strapi attribute type takes, or null if it is not filtered on. */
export function fieldKindOf(attributeType: string): FieldKind | null {
  switch (attributeType) {
    case 'string':
    case 'text':
    case 'email':
    case 'uid':
    case 'enumeration':
      return 'text';
    case 'integer':
    case 'biginteger':
    case 'float':
    case 'decimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
    case 'datetime':
    case 'timestamp':
      return 'date';
    default:
      return null;
  }
}
