import type { Core, UID } from '@strapi/strapi';
import { pagination as paging } from '@strapi/utils';
import { getService } from './get-service';

type Query = Record<string, unknown> & { pagination?: Record<string, unknown> };

type FindPage<Results> = (
  query: Query
) => Promise<{ results: Results; pagination: Record<string, unknown> }>;

/**
 * A page of a core list route, with the page total read from the kept counts rather than counted
 * on every request. A client that sets `pagination[withCount]` itself gets Strapi's own handling.
 */
export async function findWithKeptTotal<Results>(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  findPage: FindPage<Results>,
  query: Query
) {
  if (query.pagination?.withCount !== undefined || !strapi.config.get('api.rest.withCount', true)) {
    return findPage(query);
  }
  const { results, pagination } = await findPage({
    ...query,
    pagination: { ...query.pagination, withCount: false },
  });
  // What the core service counts: the same filters, status and locale; the page, the fields and
  // the relations asked for do not change the total.
  const {
    pagination: _pagination,
    populate: _populate,
    fields: _fields,
    sort: _sort,
    ...countParams
  } = query;
  const total = await getService(strapi, 'kept-counts').keep(
    `${uid} ${JSON.stringify(countParams)}`,
    () => strapi.documents(uid).count({ status: 'published', ...countParams } as never)
  );
  return {
    results,
    pagination:
      'page' in pagination
        ? paging.transformPagedPaginationInfo(pagination, total)
        : paging.transformOffsetPaginationInfo(pagination, total),
  };
}
