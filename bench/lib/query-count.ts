import type { Core } from '@strapi/strapi';
import request from 'supertest';

export interface QueryCost {
  queries: number;
  /** Time from each query sent to its answer, summed (queries that overlap count twice). */
  sqlMilliseconds: number;
}

interface KnexQuery {
  __knexQueryUid: string;
}

/** A GraphQL query sent as a POST to `/graphql`. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

const send = (strapi: Core.Strapi, target: string | GraphQLRequest) =>
  typeof target === 'string'
    ? request(strapi.server.httpServer).get(target)
    : request(strapi.server.httpServer).post('/graphql').send(target);

/** The SQL queries one GET (or GraphQL query) costs when it runs now, and the time they take. */
export async function queryCost(
  strapi: Core.Strapi,
  target: string | GraphQLRequest,
  headers: Record<string, string> = {}
): Promise<QueryCost> {
  const sent = new Map<string, number>();
  let sqlMilliseconds = 0;
  const onQuery = (query: KnexQuery) => sent.set(query.__knexQueryUid, performance.now());
  const onAnswer = (_response: unknown, query: KnexQuery) => {
    sqlMilliseconds += performance.now() - (sent.get(query.__knexQueryUid) ?? performance.now());
  };
  const connection = strapi.db.connection;
  connection.on('query', onQuery);
  connection.on('query-response', onAnswer);
  try {
    await send(strapi, target).set(headers).expect(200);
  } finally {
    connection.off('query', onQuery);
    connection.off('query-response', onAnswer);
  }
  return { queries: sent.size, sqlMilliseconds };
}

/**
 * The SQL queries one GET costs when its response is built (not served from the response cache),
 * counted on the database connection after a warm-up request to another path.
 */
export async function queriesFor(
  strapi: Core.Strapi,
  target: string | GraphQLRequest,
  warmUp: string | GraphQLRequest
): Promise<number> {
  await send(strapi, warmUp).expect(200);
  return (await queryCost(strapi, target)).queries;
}
