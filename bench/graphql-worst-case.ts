/**
 * The heaviest GraphQL request the read limits let through, timed against the plugin's fact
 * sheet on the same data in the same run: `npx tsx bench/graphql-worst-case.ts [--articles=200]`.
 * The read policy promises that no request runs longer than a second; this prints what the
 * largest allowed one costs here, and how many fact sheets it is worth.
 */
import './lib/environment';
import { performance } from 'perf_hooks';
import { setUpDemo } from '../playground/src/demo/set-up-demo';
import { dropTestDatabase } from '../tests/helpers/database';
import { graphql } from '../tests/helpers/graphql';
import { startStrapi, stopStrapi } from '../tests/helpers/strapi';
import { seedDataset } from './lib/dataset';
import { graphqlFactSheet } from './lib/graphql-queries';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

// Five root queries (the most one request may ask), each a hundred articles with a hundred
// figures and their claimants: the resolution budget (200) stops it part way.
const root = (alias: string) => `${alias}: factDeskArticles(pagination: { limit: 100 }) {
  title
  figures(pagination: { limit: 100 }) { asStated count claimant { name } }
  quotes(pagination: { limit: 100 }) { text speaker { name } }
}`;
const WORST = `{ ${['a', 'b', 'c', 'd', 'e'].map(root).join(' ')} }`;

async function main() {
  const strapi = await startStrapi();
  try {
    await setUpDemo(strapi);
    const [slug] = await seedDataset(strapi, {
      articles: option('articles', 200),
      figuresEach: 20,
      quotesEach: 5,
      slugPrefix: 'worst-case',
    });
    const ask = graphql(strapi);
    const time = async (query: string, variables?: Record<string, unknown>) => {
      const started = performance.now();
      const answer = await ask(query, variables);
      return { ms: performance.now() - started, errors: answer.errors?.length ?? 0 };
    };
    const sheet = graphqlFactSheet(slug);
    const worst: number[] = [];
    const sheets: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      worst.push((await time(WORST)).ms);
      sheets.push((await time(sheet.query, sheet.variables)).ms);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[2];
    const summary = {
      worstCaseMs: Math.round(median(worst)),
      factSheetMs: Math.round(median(sheets)),
      worstCaseVsFactSheetRatio: median(worst) / median(sheets),
    };
    console.log(
      `heaviest allowed GraphQL request: ${summary.worstCaseMs} ms (median of 5); ` +
        `fact sheet: ${summary.factSheetMs} ms; ratio ${summary.worstCaseVsFactSheetRatio.toFixed(1)}x`
    );
    console.log(JSON.stringify(summary));
  } finally {
    await stopStrapi(strapi);
    await dropTestDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
