import type { Core } from '@strapi/strapi';
import {
  findFilterProblem,
  findFilterSizeProblem,
  findSortProblem,
  POPULATE_DEPTH,
  type PublicType,
} from '../domain/public-queries';
import { findPaginationProblem } from '../domain/public-paging';
import { refuseQuery } from '../utils/refuse-query';
import { publicFieldKinds, PUBLIC_UIDS } from '../utils/public-types';
import { operationShape, type OperationInfo } from './operation-shape';
import { publicRowsOnly } from './public-rows';

type Args = {
  filters?: unknown;
  sort?: unknown;
  pagination?: unknown;
  status?: string;
};
type Resolve = (parent: unknown, args: Args, context: object, info: OperationInfo) => unknown;
export type ResolverMiddleware = (
  resolve: Resolve,
  parent: unknown,
  args: Args,
  context: object,
  info: OperationInfo
) => unknown;

/** Fields one operation selects, aliases and fragments included. */
export const MAX_SELECTIONS = 300;
/** Root queries in one operation. */
export const MAX_ROOT_FIELDS = 5;
/**
 * Queries and relation lists the plugin resolves for one request: each is a database query, and
 * aliases multiply them (`a1: figures … a300: figures` under a hundred articles).
 */
export const MAX_RESOLUTIONS = 150;

const shapes = new WeakMap<object, ReturnType<typeof operationShape>>();
const resolutions = new WeakMap<object, number>();

function checkOperation(info: OperationInfo, entityTypes: readonly string[]): void {
  let shape = shapes.get(info.operation);
  if (!shape) {
    shape = operationShape(info, entityTypes, MAX_SELECTIONS);
    shapes.set(info.operation, shape);
  }
  if (shape.selections > MAX_SELECTIONS) {
    refuseQuery({
      path: ['query'],
      message: `A query selects at most ${MAX_SELECTIONS} fields, fragments expanded; this one selects more.`,
    });
  }
  if (shape.rootFields > MAX_ROOT_FIELDS) {
    refuseQuery({
      path: ['query'],
      message: `A request asks at most ${MAX_ROOT_FIELDS} queries at once; send the rest separately.`,
    });
  }
  if (shape.relationDepth > POPULATE_DEPTH) {
    refuseQuery({
      path: ['query'],
      message: `Relations are followed at most ${POPULATE_DEPTH} levels deep, as in populate.`,
    });
  }
}

/**
 * Counts one resolution; past the budget, the first one is refused with an error saying why and
 * every later one answers `true` (skip it): building and sending an error for each of thousands
 * of aliased relations would cost more than the budget saves.
 */
function overBudget(context: object): boolean {
  const count = (resolutions.get(context) ?? 0) + 1;
  resolutions.set(context, count);
  if (count <= MAX_RESOLUTIONS) return false;
  if (count === MAX_RESOLUTIONS + 1) {
    refuseQuery({
      path: ['query'],
      message: `One request resolves at most ${MAX_RESOLUTIONS} lists and records: ask for fewer at once; what follows the first ${MAX_RESOLUTIONS} is left empty.`,
    });
  }
  return true;
}

function checkPublicationAndPage(args: Args): void {
  // First, before Strapi converts the filters: converting a huge one is itself the cost.
  const sizeProblem = findFilterSizeProblem(args.filters);
  if (sizeProblem) refuseQuery(sizeProblem);
  if (args.status !== undefined && args.status !== 'published') {
    refuseQuery({
      path: ['status'],
      message: 'Only published content is served: remove "status".',
    });
  }
  const problem = findPaginationProblem(args.pagination);
  if (problem) refuseQuery(problem);
}

/**
 * The limits of every GraphQL read of the plugin's types, beside the document service's read
 * policy: the operation's size and relation depth, the work one request may cause, and a page
 * larger than allowed refused rather than clamped without a word.
 */
export function graphqlReadLimits(strapi: Core.Strapi, entityTypes: readonly string[]) {
  const operation: ResolverMiddleware = (resolve, parent, args, context, info) => {
    checkOperation(info, entityTypes);
    if (overBudget(context)) return null;
    return resolve(parent, args, context, info);
  };

  const rootQuery: ResolverMiddleware = (resolve, parent, args, context, info) => {
    checkPublicationAndPage(args);
    return operation(resolve, parent, args, context, info);
  };

  /**
   * A relation's own arguments (`article { figures(filters: …) }`) are applied by GraphQL below
   * the document service, so they are judged here by the same rules as a populated relation:
   * the target's own fields, published rows, the same page size.
   */
  /** `skipped`: what the field answers past the budget (an empty list, or nothing). */
  const relation =
    (target: PublicType, skipped: [] | null): ResolverMiddleware =>
    async (resolve, parent, args, context, info) => {
      checkPublicationAndPage(args);
      if (overBudget(context)) return skipped === null ? null : [];
      if (args.filters !== undefined) {
        const { mappers } = strapi.plugin('graphql').service('utils');
        const filters = mappers.graphQLFiltersToStrapiQuery(
          args.filters,
          strapi.getModel(PUBLIC_UIDS[target])
        );
        const problem = findFilterProblem(target, filters, publicFieldKinds(strapi), {
          hopsLeft: 0,
        });
        if (problem) refuseQuery(problem);
      }
      const sortProblem = findSortProblem(target, args.sort, { ownFieldsOnly: true });
      if (sortProblem) refuseQuery(sortProblem);
      return publicRowsOnly(target, await resolve(parent, args, context, info));
    };

  return { operation, rootQuery, relation };
}
