import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findFilterProblem, type PublicType, type QueryProblem } from '../domain/public-queries';
import { MAX_PAGE_SIZE } from '../controllers/content-api';

type Args = {
  filters?: unknown;
  pagination?: { limit?: number; pageSize?: number };
  status?: string;
};
type Resolve = (parent: unknown, args: Args, context: unknown, info: unknown) => unknown;
export type ResolverMiddleware = (
  resolve: Resolve,
  parent: unknown,
  args: Args,
  context: unknown,
  info: unknown
) => unknown;

const refuse = ({ path, message }: QueryProblem): never => {
  throw new errors.ValidationError(message, {
    errors: [{ path, message, name: 'ValidationError' }],
  });
};

function checkPublicationAndPage(args: Args): void {
  if (args.status !== undefined && args.status !== 'published') {
    refuse({ path: ['status'], message: 'Only published content is served: remove "status".' });
  }
  const { limit, pageSize } = args.pagination ?? {};
  for (const [name, size] of Object.entries({ limit, pageSize })) {
    if (size !== undefined && (size > MAX_PAGE_SIZE || size < 0)) {
      refuse({
        path: ['pagination', name],
        message: `Pages hold at most ${MAX_PAGE_SIZE} records: ask for the next page instead.`,
      });
    }
  }
}

/**
 * Root queries: GraphQL would clamp a page larger than its `maxLimit` without saying so; here it
 * gets the same error as on REST. Filters and drafts are judged by the document service's read
 * policy, which every root query passes.
 */
export const rootQueryLimits: ResolverMiddleware = (resolve, parent, args, context, info) => {
  checkPublicationAndPage(args);
  return resolve(parent, args, context, info);
};

/**
 * A relation's own arguments (`article { figures(filters: …) }`) are applied by GraphQL below the
 * document service, so they are judged here by the same rules: the target's own fields only,
 * published rows only, the same page size.
 */
export const relationQueryLimits =
  (strapi: Core.Strapi, target: PublicType, targetUid: string): ResolverMiddleware =>
  (resolve, parent, args, context, info) => {
    checkPublicationAndPage(args);
    if (args.filters !== undefined) {
      const { mappers } = strapi.plugin('graphql').service('utils');
      const filters = mappers.graphQLFiltersToStrapiQuery(
        args.filters,
        strapi.getModel(targetUid as never)
      );
      const problem = findFilterProblem(target, filters, ['filters'], 0);
      if (problem) refuse(problem);
    }
    return resolve(parent, args, context, info);
  };
