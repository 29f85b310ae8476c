import path from 'path';
import type { Core } from '@strapi/strapi';

const readerSite = (env: Core.Config.Shared.ConfigParams['env']) =>
  env('READER_SITE_URL', 'http://127.0.0.1:4321');

// Strapi runs from the playground folder; the plugin is the repository around it. The admin build
// reads this file from source and the server from dist/, so the path must not depend on __dirname.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'fact-desk': {
    enabled: true,
    resolve: path.resolve(process.cwd(), '..'),
    config: {
      // The reader site (examples/reader-site): where readers find an article, and its preview.
      articleUrl: `${readerSite(env)}/{locale}/articles/{slug}`,
      previewUrl: `${readerSite(env)}/{locale}/preview?token={token}`,
      // The scale benchmark turns the response cache off to measure the queries themselves.
      responseCacheEntries: env.int('FACT_DESK_RESPONSE_CACHE_ENTRIES', 1000),
    },
  },
  graphql: {
    enabled: true,
    config: {
      endpoint: '/graphql',
      // Operation limits: how deep a selection may nest and how large a page may be.
      depthLimit: 8,
      defaultLimit: 25,
      maxLimit: 100,
      // Errors say what was wrong, never where in the server's code (Apollo adds stack traces
      // outside production).
      apolloServer: { includeStacktraceInErrorResponses: false },
    },
  },
});
