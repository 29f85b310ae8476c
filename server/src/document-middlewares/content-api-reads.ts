import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  findFilterProblem,
  findPopulateProblem,
  findSortProblem,
  publicFilters,
  type PublicType,
  type QueryProblem,
} from '../domain/public-queries';
import { MAX_PAGE_SIZE } from '../controllers/content-api';
import { isContentApiRequest, isServerRead } from '../utils/request-origin';
import { isReadAction } from './read-actions';

type Middleware = Modules.Documents.Middleware.Middleware;
type Params = Record<string, unknown>;

const PUBLIC_TYPES: Record<string, PublicType> = {
  'plugin::fact-desk.article': 'article',
  'plugin::fact-desk.casualty-figure': 'figure',
  'plugin::fact-desk.quote': 'quote',
  'plugin::fact-desk.correction': 'correction',
  'plugin::fact-desk.official': 'official',
};

// Ways to ask the document service about drafts, even with `status: 'published'`.
const DRAFT_QUESTIONS = ['hasPublishedVersion', 'publicationFilter'];

const refuse = ({ path, message }: QueryProblem): never => {
  throw new errors.ValidationError(message, {
    errors: [{ path, message, name: 'ValidationError' }],
  });
};

function checkPageSize(params: Params): void {
  const sizes = [params.limit, params.pageSize].filter((size) => size !== undefined).map(Number);
  if (!sizes.some((size) => size > MAX_PAGE_SIZE || size < 0)) return;
  refuse({
    path: ['pagination', params.pageSize !== undefined ? 'pageSize' : 'limit'],
    message: `Pages hold at most ${MAX_PAGE_SIZE} records: ask for the next page instead.`,
  });
}

/** The parameters of a reader's query, checked, with the public scope added. */
export function publicReadParams(type: PublicType, params: Params): Params {
  if (params.status !== undefined && params.status !== 'published') {
    refuse({
      path: ['status'],
      message: 'Only published content is served: remove "status" or set it to "published".',
    });
  }
  for (const key of DRAFT_QUESTIONS) {
    if (params[key] !== undefined) {
      refuse({ path: [key], message: `"${key}" asks about drafts, which are not served.` });
    }
  }
  checkPageSize(params);
  const problem =
    findFilterProblem(type, params.filters) ??
    findSortProblem(type, params.sort) ??
    findPopulateProblem(type, params.populate);
  if (problem) refuse(problem);
  return { ...params, status: 'published', filters: publicFilters(type, params.filters) };
}

/**
 * The content API's read policy, for every door that reads through the document service (REST,
 * GraphQL, other plugins' content-API routes): published rows only, records of published
 * articles only, and filters, sort and populate within the public allow-list. Admin and Content
 * Manager reads, and the plugin's own server reads, pass unchanged.
 */
export const contentApiReads =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith('plugin::fact-desk.') || !isReadAction(ctx.action)) return next();
    if (isServerRead() || !isContentApiRequest(strapi)) return next();
    const type = PUBLIC_TYPES[ctx.uid];
    if (!type) throw new errors.ForbiddenError('This type is not served on the content API.');
    ctx.params = publicReadParams(type, (ctx.params ?? {}) as Params) as typeof ctx.params;
    return next();
  };
