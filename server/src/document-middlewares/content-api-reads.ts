import type { Core } from '@strapi/strapi';
import type { Middleware } from '../utils/document-middleware';
import { errors } from '@strapi/utils';
import {
  findFieldsProblem,
  findFilterProblem,
  findFilterSizeProblem,
  findPopulateProblem,
  findSortProblem,
  publicFilters,
  type FieldKinds,
  type PublicType,
  type QueryProblem,
} from '../domain/public-queries';
import { findPaginationProblem } from '../domain/public-paging';
import { publicPopulate } from '../domain/public-populate';
import { findSearchProblem, searchFilter } from '../domain/public-search';
import { refuseQuery } from '../utils/refuse-query';
import { isContentApiRequest, isServerRead } from '../utils/request-origin';
import { publicFieldKinds, publicTypeOf } from '../utils/public-types';
import { isReadAction } from '../utils/read-actions';
import { PLUGIN_UID_PREFIX } from '../constants';

type Params = Record<string, unknown>;

// Ways to ask the document service about drafts, even with `status: 'published'`.
const DRAFT_QUESTIONS = ['hasPublishedVersion', 'publicationFilter'];
const PAGING = ['page', 'pageSize', 'start', 'limit'];

function refuseDrafts(params: Params): void {
  if (params.status !== undefined && params.status !== 'published') {
    refuseQuery({
      path: ['status'],
      message: 'Only published content is served: remove "status" or set it to "published".',
    });
  }
  for (const key of DRAFT_QUESTIONS) {
    if (params[key] !== undefined) {
      refuseQuery({ path: [key], message: `"${key}" asks about drafts, which are not served.` });
    }
  }
}

const withSearch = (type: PublicType, kinds: FieldKinds, params: Params): unknown => {
  const search = typeof params._q === 'string' ? params._q.trim() : '';
  if (!search) return params.filters;
  const searched = searchFilter(type, kinds, search);
  return params.filters === undefined ? searched : { $and: [params.filters, searched] };
};

/**
 * The first part of a reader's query (REST query string or document-service parameters) that
 * the read policy refuses, or null.
 */
export function findReaderQueryProblem(
  type: PublicType,
  kinds: FieldKinds,
  query: Params
): QueryProblem | null {
  return (
    findFilterSizeProblem(query.filters) ??
    findSearchProblem(query._q) ??
    findFilterProblem(type, query.filters, kinds) ??
    findSortProblem(type, query.sort) ??
    findFieldsProblem(type, query.fields) ??
    findPopulateProblem(type, query.populate, kinds)
  );
}

/** The parameters of a reader's query, checked, with the public scope added. */
export function publicReadParams(type: PublicType, kinds: FieldKinds, params: Params): Params {
  refuseDrafts(params);
  const paging = Object.fromEntries(PAGING.map((key) => [key, params[key]]));
  const problem = findPaginationProblem(paging) ?? findReaderQueryProblem(type, kinds, params);
  if (problem) refuseQuery(problem);
  const { _q: _search, ...rest } = params;
  return {
    ...rest,
    ...(params.populate !== undefined ? { populate: publicPopulate(type, params.populate) } : {}),
    status: 'published',
    filters: publicFilters(type, withSearch(type, kinds, params)),
  };
}

/**
 * The content API's read policy, for every door that reads through the document service (REST,
 * GraphQL, other plugins' content-API routes): published rows only, records of published
 * articles only, and filters, sort, search, pages and populate within the public allow-list.
 * Admin and Content Manager reads, and the plugin's own server reads, pass unchanged.
 */
export const contentApiReads =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith(PLUGIN_UID_PREFIX) || !isReadAction(ctx.action)) return next();
    if (isServerRead() || !isContentApiRequest(strapi)) return next();
    const type = publicTypeOf(ctx.uid);
    if (!type) throw new errors.ForbiddenError('This type is not served on the content API.');
    const params = (ctx.params ?? {}) as Params;
    ctx.params = publicReadParams(type, publicFieldKinds(strapi), params) as typeof ctx.params;
    return next();
  };
