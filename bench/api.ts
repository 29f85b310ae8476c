/**
 * The content API under load, side by side with stock Strapi REST, on one dataset in one run:
 * `npm run bench [-- --json] [-- --duration=10 --connections=20 --articles=1000]`.
 * SQLite by default; PostgreSQL with DATABASE_CLIENT=postgres and the usual DATABASE_* variables.
 */
import './lib/environment';
import request from 'supertest';
import { setUpDemo } from '../playground/src/demo/set-up-demo';
import { dropTestDatabase } from '../tests/helpers/database';
import { startSecondInstance } from '../tests/helpers/second-instance';
import { startStrapi } from '../tests/helpers/strapi';
import { seedDataset } from './lib/dataset';
import { asLoadRequest, graphqlFactSheet, graphqlStock } from './lib/graphql-queries';
import { load, type LoadResult, type LoadTarget } from './lib/load';
import { queriesFor } from './lib/query-count';
import { readPolicyCost } from './lib/read-policy-cost';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

const settings = {
  articles: option('articles', 1000),
  duration: option('duration', 10),
  connections: option('connections', 20),
};
const factSheet = (slug: string) => `/api/fact-desk/fact-sheets/${slug}`;
const stockRest = (slug: string) =>
  `/api/fact-desk/articles?filters[slug][$eq]=${slug}` +
  '&populate[figures][populate]=claimant&populate[quotes][populate]=speaker';

async function main() {
  const log = (line: string) => console.error(line);
  log(
    `Seeding ${settings.articles} articles (20 figures, 5 quotes each) on ${process.env.DATABASE_CLIENT}…`
  );
  const strapi = await startStrapi();
  await setUpDemo(strapi);
  const slugs = await seedDataset(strapi, {
    articles: settings.articles,
    figuresEach: 20,
    quotesEach: 5,
    slugPrefix: 'bench-story',
  });
  const [oneFigure] = await seedDataset(strapi, {
    articles: 1,
    figuresEach: 1,
    quotesEach: 5,
    slugPrefix: 'bench-one',
  });
  const [manyFigures] = await seedDataset(strapi, {
    articles: 1,
    figuresEach: 200,
    quotesEach: 5,
    slugPrefix: 'bench-two-hundred',
  });
  const queriesOneFigure = await queriesFor(strapi, factSheet(oneFigure), factSheet(slugs[0]));
  const queriesTwoHundredFigures = await queriesFor(
    strapi,
    factSheet(manyFigures),
    factSheet(slugs[1])
  );
  const graphqlQueriesOneFigure = await queriesFor(
    strapi,
    graphqlFactSheet(oneFigure),
    graphqlFactSheet(slugs[2])
  );
  const graphqlQueriesTwoHundredFigures = await queriesFor(
    strapi,
    graphqlFactSheet(manyFigures),
    graphqlFactSheet(slugs[3])
  );
  log('Timing the read policy against the same reads without it…');
  const policy = await readPolicyCost(strapi);
  await strapi.destroy();

  log('Starting Strapi in production mode in its own process…');
  const server = await startSecondInstance();
  try {
    const sample = slugs.filter((_, at) => at % Math.max(1, Math.floor(slugs.length / 100)) === 0);
    const etags = await Promise.all(
      sample.map(
        async (slug) =>
          (await request(server.url).get(factSheet(slug)).expect(200)).headers.etag as string
      )
    );
    const targets: Record<string, LoadTarget> = {
      factSheet: { requests: sample.map((slug) => ({ path: factSheet(slug) })) },
      stockRest: { requests: sample.map((slug) => ({ path: stockRest(slug) })) },
      revalidate: {
        requests: sample.map((slug, at) => ({
          path: factSheet(slug),
          headers: { 'if-none-match': etags[at] },
        })),
      },
      graphqlFactSheet: { requests: sample.map((slug) => asLoadRequest(graphqlFactSheet(slug))) },
      graphqlStock: { requests: sample.map((slug) => asLoadRequest(graphqlStock(slug))) },
      articleList: { requests: [{ path: '/api/fact-desk/articles?pagination[pageSize]=25' }] },
      figureList: {
        requests: [{ path: '/api/fact-desk/casualty-figures?pagination[pageSize]=25' }],
      },
      tallies: { requests: [{ path: '/api/fact-desk/tallies' }] },
    };
    const results: Record<string, LoadResult> = {};
    for (const [name, target] of Object.entries(targets)) {
      log(`Loading ${name} (${settings.connections} connections, ${settings.duration} s)…`);
      results[name] = await load(server.url, target, settings);
    }

    const ratio = (a: string, b: string) =>
      results[a].requestsPerSecond / results[b].requestsPerSecond;
    const summary = {
      database: process.env.DATABASE_CLIENT,
      ...settings,
      results,
      factSheetVsRestRatio: ratio('factSheet', 'stockRest'),
      revalidateVsRestRatio: ratio('revalidate', 'stockRest'),
      queriesOneFigure,
      queriesTwoHundredFigures,
      graphqlFactSheetVsStockRatio: ratio('graphqlFactSheet', 'graphqlStock'),
      graphqlQueriesOneFigure,
      graphqlQueriesTwoHundredFigures,
      readPolicyRatio: policy.readPolicyRatio,
    };
    console.log(
      `\n${'route'.padEnd(16)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)}`
    );
    for (const [name, result] of Object.entries(results)) {
      console.log(
        `${name.padEnd(16)} ${result.requestsPerSecond.toFixed(0).padStart(9)} ${String(result.p50).padStart(7)} ` +
          `${String(result.p99).padStart(7)} ${String(result.errors).padStart(7)}`
      );
    }
    console.log(`\nfact sheet / stock REST req/s:   ${summary.factSheetVsRestRatio.toFixed(2)}x`);
    console.log(`304 revalidation / stock REST:   ${summary.revalidateVsRestRatio.toFixed(2)}x`);
    console.log(
      `SQL queries per fact sheet:      ${queriesOneFigure} with 1 figure, ${queriesTwoHundredFigures} with 200`
    );
    console.log(
      `GraphQL fact sheet / stock:      ${summary.graphqlFactSheetVsStockRatio.toFixed(2)}x`
    );
    console.log(
      `SQL queries per GraphQL sheet:   ${graphqlQueriesOneFigure} with 1 figure, ${graphqlQueriesTwoHundredFigures} with 200`
    );
    console.log(
      `read policy / none, findMany:    ${policy.readPolicyRatio.toFixed(2)}x ` +
        `(${policy.readsPerSecondWithPolicy.toFixed(0)} vs ${policy.readsPerSecondWithoutPolicy.toFixed(0)} reads/s)`
    );
    if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
  } finally {
    await server.stop();
    await dropTestDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
