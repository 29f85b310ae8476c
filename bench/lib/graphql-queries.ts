import type { GraphQLRequest } from './query-count';

/** One article's checked numbers through the plugin's typed fact-sheet query. */
export const graphqlFactSheet = (slug: string): GraphQLRequest => ({
  query: `query ($slug: String!) {
    factDeskFactSheet(slug: $slug) {
      title
      figures { asStated count verificationStatus claimant { name } parts { asStated count } }
      quotes { text verificationStatus speaker { name } }
    }
  }`,
  variables: { slug },
});

/** The same content through Strapi's stock GraphQL types, relation by relation. */
export const graphqlStock = (slug: string): GraphQLRequest => ({
  query: `query ($slug: String!) {
    factDeskArticles(filters: { slug: { eq: $slug } }) {
      title
      figures(pagination: { limit: 100 }) {
        asStated count verificationStatus claimant { name } partOf { documentId }
      }
      quotes(pagination: { limit: 100 }) { text verificationStatus speaker { name } }
    }
  }`,
  variables: { slug },
});

export const asLoadRequest = (body: GraphQLRequest) => ({
  path: '/graphql',
  method: 'POST' as const,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
