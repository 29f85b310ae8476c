import { MAX_PAGE_SIZE } from '../../../shared/vocabulary';
import type { QueryProblem } from './public-queries';

/** The largest page the plugin's content API serves, whatever the host app allows. */
/** The furthest a reader may page: a million records in. */
export const MAX_OFFSET = 1_000_000;

const isCount = (value: unknown, least: number, most: number): boolean => {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return Number.isInteger(number) && (number as number) >= least && (number as number) <= most;
};

const RULES: Record<string, { least: number; most: number; message: string }> = {
  page: {
    least: 1,
    most: MAX_OFFSET / MAX_PAGE_SIZE,
    message: `"page" is a whole number from 1 to ${MAX_OFFSET / MAX_PAGE_SIZE}.`,
  },
  pageSize: {
    least: 1,
    most: MAX_PAGE_SIZE,
    message: `Pages hold 1 to ${MAX_PAGE_SIZE} records: ask for the next page instead.`,
  },
  start: {
    least: 0,
    most: MAX_OFFSET,
    message: `"start" is a whole number from 0 to ${MAX_OFFSET}.`,
  },
  limit: {
    least: 1,
    most: MAX_PAGE_SIZE,
    message: `Pages hold 1 to ${MAX_PAGE_SIZE} records: ask for the next page instead.`,
  },
};

/**
 * The first problem in a reader's pagination (`page` and `pageSize`, or `start` and `limit`), or
 * null. `withCount` is true or false; nothing else is taken.
 */
export function findPaginationProblem(
  pagination: unknown,
  path: string[] = ['pagination']
): QueryProblem | null {
  if (pagination === undefined || pagination === null) return null;
  if (typeof pagination !== 'object' || Array.isArray(pagination)) {
    return { path, message: 'Pagination is an object such as { page: 1, pageSize: 25 }.' };
  }
  const given = pagination as Record<string, unknown>;
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const here = [...path, key];
    if (key === 'withCount') {
      if ([true, false, 'true', 'false'].includes(value as never)) continue;
      return { path: here, message: '"withCount" is true or false.' };
    }
    const rule = RULES[key];
    if (!rule) {
      return { path: here, message: `Paginate with page and pageSize, or start and limit.` };
    }
    if (!isCount(value, rule.least, rule.most)) return { path: here, message: rule.message };
  }
  const paged = given.page !== undefined || given.pageSize !== undefined;
  const offset = given.start !== undefined || given.limit !== undefined;
  if (paged && offset) {
    return { path, message: 'Use page and pageSize, or start and limit, not both.' };
  }
  return null;
}
