/**
 * List and queue routes at 10,000 and at 100,000 figures, on the same server build and database:
 * p99 latency at each size and the ratio. The response cache is off, so every request is built.
 * `npm run bench:scale [-- --json] [-- --duration=10 --connections=10]`
 */
import './lib/environment';
import request from 'supertest';
import { demoAdminCredentials } from '../playground/src/demo/demo-admin';
import { setUpDemo } from '../playground/src/demo/set-up-demo';
import { dropTestDatabase } from '../tests/helpers/database';
import { startSecondInstance } from '../tests/helpers/second-instance';
import { startStrapi } from '../tests/helpers/strapi';
import { seedDataset } from './lib/dataset';
import { load, type LoadResult } from './lib/load';

process.env.FACT_DESK_RESPONSE_CACHE_ENTRIES = '0';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const settings = { duration: option('duration', 10), connections: option('connections', 10) };
const FIGURES_EACH = 20;
const SIZES = [10_000, 100_000];

async function measure() {
  const server = await startSecondInstance();
  try {
    const { email, password } = demoAdminCredentials();
    const token = (
      await request(server.url).post('/admin/login').send({ email, password }).expect(200)
    ).body.data.token as string;
    const routes = {
      figureList: { path: '/api/fact-desk/casualty-figures?pagination[pageSize]=25' },
      articleList: { path: '/api/fact-desk/articles?pagination[pageSize]=25' },
      queue: {
        path: '/fact-desk/queue?pageSize=25',
        headers: { authorization: `Bearer ${token}` },
      },
      queueByStatus: {
        path: '/fact-desk/queue?status=unverified&sort=date:asc&pageSize=25',
        headers: { authorization: `Bearer ${token}` },
      },
    };
    const results: Record<string, LoadResult> = {};
    for (const [name, route] of Object.entries(routes)) {
      console.error(`  ${name}…`);
      results[name] = await load(server.url, { requests: [route] }, settings);
    }
    return results;
  } finally {
    await server.stop();
  }
}

async function main() {
  const strapi = await startStrapi();
  await setUpDemo(strapi);
  const bySize: Record<number, Record<string, LoadResult>> = {};
  let seeded = 0;
  let round = 0;
  for (const size of SIZES) {
    const articles = Math.ceil((size - seeded) / FIGURES_EACH);
    console.error(`Seeding ${articles} more articles (${size} figures in all)…`);
    await seedDataset(strapi, {
      articles,
      figuresEach: FIGURES_EACH,
      quotesEach: 5,
      slugPrefix: `scale-${round}`,
    });
    seeded += articles * FIGURES_EACH;
    round += 1;
    // The seeding instance stays up, idle, while a separate production server is measured.
    console.error(`Measuring at ${size} figures:`);
    bySize[size] = await measure();
  }
  await strapi.destroy();
  const [small, large] = SIZES;
  console.log(
    `\n${'route'.padEnd(14)} ${'p99 @10k'.padStart(9)} ${'p99 @100k'.padStart(10)} ${'ratio'.padStart(6)}`
  );
  const ratios: Record<string, number> = {};
  for (const name of Object.keys(bySize[small])) {
    ratios[name] = bySize[large][name].p99 / Math.max(1, bySize[small][name].p99);
    console.log(
      `${name.padEnd(14)} ${String(bySize[small][name].p99).padStart(9)} ${String(bySize[large][name].p99).padStart(10)} ${ratios[name].toFixed(2).padStart(6)}`
    );
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify({ settings, bySize, ratios }));
  await dropTestDatabase();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
