import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import type * as GraphQLRequest from 'graphql-request' with { 'resolution-mode': 'import' };

// graphql-request ships CommonJS for require() but declares its types as an ES module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ClientError, GraphQLClient } = require('graphql-request') as typeof GraphQLRequest;

export interface GraphQLAnswer<Data = any> {
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/**
 * A real GraphQL client (graphql-request) against the test server's `/graphql`, anonymous unless a
 * token is given. Errors are returned, not thrown, so a test can assert on them.
 */
export function graphql(strapi: Core.Strapi, token?: string) {
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const client = new GraphQLClient(`http://127.0.0.1:${port}/graphql`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return async <Data = any>(
    query: string,
    variables?: Record<string, unknown>
  ): Promise<GraphQLAnswer<Data>> => {
    try {
      const { data, errors } = await client.rawRequest<Data>(query, variables);
      return { data, errors: errors as GraphQLAnswer['errors'] };
    } catch (error) {
      if (error instanceof ClientError) {
        return {
          data: error.response.data as Data | undefined,
          errors: error.response.errors as GraphQLAnswer['errors'],
        };
      }
      throw error;
    }
  };
}
