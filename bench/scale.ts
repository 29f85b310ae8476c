/**
 * List and queue routes at 10,000 and at 100,000 figures, on the same server build and database:
 * p99 latency at each size and the ratio. The response cache is off, so every request is built.
 * Then the SQL each route costs at each size: once right after a change to the data (the queue
 * counts its statuses again, the tallies sum up again) and once more with nothing changed. Last,
 * the heap the CSV export takes, streamed in batches and read in one batch.
 * `npm run bench:scale [-- --json] [-- --duration=10 --connections=10]`
 */
import './lib/environment';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { demoAdminCredentials } from '../playground/src/demo/demo-admin';
import { setUpDemo } from '../playground/src/demo/set-up-demo';
import { dropTestDatabase } from '../tests/helpers/database';
import { startSecondInstance } from '../tests/helpers/second-instance';
import { startStrapi } from '../tests/helpers/strapi';
import { seedDataset } from './lib/dataset';
import { load, type LoadResult } from './lib/load';
import { queryCost, type QueryCost } from './lib/query-count';

process.env.FACT_DESK_RESPONSE_CACHE_ENTRIES = '0';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const settings = { duration: option('duration', 10), connections: option('connections', 10) };
const FIGURES_EACH = 20;
const SIZES = [10_000, 100_000];

const adminToken = async (app: Parameters<typeof request>[0]) => {
  const { email, password } = demoAdminCredentials();
  const login = await request(app).post('/admin/login').send({ email, password }).expect(200);
  return login.body.data.token as string;
};

interface Route {
  path: string;
  headers?: Record<string, string>;
}

const routesFor = (token: string): Record<string, Route> => {
  const asAdmin = { authorization: `Bearer ${token}` };
  return {
    figureList: { path: '/api/fact-desk/casualty-figures?pagination[pageSize]=25' },
    // The same page without its total, which costs a count over every public figure.
    figureListNoTotal: {
      path: '/api/fact-desk/casualty-figures?pagination[pageSize]=25&pagination[withCount]=false',
    },
    articleList: { path: '/api/fact-desk/articles?pagination[pageSize]=25' },
    queue: { path: '/fact-desk/queue?pageSize=25', headers: asAdmin },
    tallies: { path: '/api/fact-desk/tallies' },
    tallyFigures: { path: '/api/fact-desk/tallies/figures?category=intercepted&pageSize=25' },
    queueByStatus: {
      path: '/fact-desk/queue?status=unverified&sort=date:asc&pageSize=25',
      headers: asAdmin,
    },
  };
};

/** Requests sent to each route before it is measured: a fresh server compiles and caches first. */
const WARM_UP_REQUESTS = 20;

async function measureLoad() {
  const server = await startSecondInstance();
  try {
    const results: Record<string, LoadResult> = {};
    for (const [name, route] of Object.entries(routesFor(await adminToken(server.url)))) {
      console.error(`  ${name}…`);
      for (let at = 0; at < WARM_UP_REQUESTS; at += 1) {
        await request(server.url)
          .get(route.path)
          .set(route.headers ?? {})
          .expect(200);
      }
      results[name] = await load(server.url, { requests: [route] }, settings);
    }
    return results;
  } finally {
    await server.stop();
  }
}

interface RouteCost {
  afterChange: QueryCost;
  unchanged: QueryCost;
  /** Whole requests sent one at a time, with nothing changed: the median time. */
  medianMilliseconds: number;
}

const ALONE_REQUESTS = 21;

async function medianAlone(strapi: Core.Strapi, route: Route) {
  const times: number[] = [];
  for (let at = -WARM_UP_REQUESTS; at < ALONE_REQUESTS; at += 1) {
    const started = performance.now();
    await request(strapi.server.httpServer)
      .get(route.path)
      .set(route.headers ?? {})
      .expect(200);
    if (at >= 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(ALONE_REQUESTS / 2)];
}

/**
 * Each route's SQL, and its time when requests come one at a time, measured in the seeding
 * instance (its response cache is off too).
 */
async function measureQueries(strapi: Core.Strapi) {
  const token = await adminToken(strapi.server.httpServer);
  const results: Record<string, RouteCost> = {};
  for (const [name, route] of Object.entries(routesFor(token))) {
    await strapi.plugin('fact-desk').service('data-version').bump();
    const afterChange = await queryCost(strapi, route.path, route.headers);
    const unchanged = await queryCost(strapi, route.path, route.headers);
    results[name] = {
      afterChange,
      unchanged,
      medianMilliseconds: await medianAlone(strapi, route),
    };
  }
  return results;
}

interface ExportMemory {
  records: number;
  /** The most the heap grew above where it stood before the export, in MB. */
  streamedPeakMB: number;
  /**
   * The same export read from the database in one batch, as an export built whole would be; null
   * where the database refuses a query that large (SQLite's limit on bound variables).
   */
  wholePeakMB: number | null;
}

/** Writes the CSV export to nowhere, sampling the heap, and answers its records and peak. */
async function exportPeak(strapi: Core.Strapi, batchSize?: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  let records = 0;
  const stream = await strapi
    .plugin('fact-desk')
    .service('front-end')
    .figuresCsv({}, 'csv', batchSize ? { batchSize } : {});
  for await (const chunk of stream) {
    records += String(chunk).split('\r\n').length - 1;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  clearInterval(sampler);
  return { records: records - 1, peakMB: (peak - before) / 1e6 };
}

async function measureExport(strapi: Core.Strapi): Promise<ExportMemory> {
  const streamed = await exportPeak(strapi);
  const whole = await exportPeak(strapi, Number.MAX_SAFE_INTEGER).catch((error: unknown) => {
    console.error(`  one batch failed: ${String(error).slice(0, 120)}`);
    return null;
  });
  return {
    records: streamed.records,
    streamedPeakMB: streamed.peakMB,
    wholePeakMB: whole?.peakMB ?? null,
  };
}

async function main() {
  const strapi = await startStrapi();
  await setUpDemo(strapi);
  const bySize: Record<number, Record<string, LoadResult>> = {};
  const queriesBySize: Record<number, Record<string, RouteCost>> = {};
  const exportBySize: Record<number, ExportMemory> = {};
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
    bySize[size] = await measureLoad();
    queriesBySize[size] = await measureQueries(strapi);
    exportBySize[size] = await measureExport(strapi);
  }
  await strapi.destroy();
  const [small, large] = SIZES;
  const column = (text: string | number, width: number) => String(text).padStart(width);
  console.log(`\n${'route'.padEnd(18)} ${column('p99 @10k', 9)} ${column('p99 @100k', 10)} ratio`);
  const ratios: Record<string, number> = {};
  for (const name of Object.keys(bySize[small])) {
    ratios[name] = bySize[large][name].p99 / Math.max(1, bySize[small][name].p99);
    console.log(
      `${name.padEnd(18)} ${column(bySize[small][name].p99, 9)} ${column(bySize[large][name].p99, 10)} ${column(ratios[name].toFixed(2), 5)}`
    );
  }
  const cost = ({ queries, sqlMilliseconds }: QueryCost) =>
    `${queries} q ${sqlMilliseconds.toFixed(1)} ms`;
  console.log(
    `\nSQL of one request (after a change / unchanged since the last):\n${'route'.padEnd(18)} ${'@10k'.padEnd(34)} @100k`
  );
  for (const name of Object.keys(queriesBySize[small])) {
    const at = (size: number) =>
      `${cost(queriesBySize[size][name].afterChange)} / ${cost(queriesBySize[size][name].unchanged)}`;
    console.log(`${name.padEnd(18)} ${at(small).padEnd(34)} ${at(large)}`);
  }
  console.log(
    `\nOne request at a time, median of ${ALONE_REQUESTS} (ms):\n${'route'.padEnd(18)} ${column('@10k', 6)} ${column('@100k', 6)} ratio`
  );
  for (const name of Object.keys(queriesBySize[small])) {
    const [alone10k, alone100k] = SIZES.map((size) => queriesBySize[size][name].medianMilliseconds);
    console.log(
      `${name.padEnd(18)} ${column(alone10k.toFixed(1), 6)} ${column(alone100k.toFixed(1), 6)} ${column((alone100k / alone10k).toFixed(2), 5)}`
    );
  }
  console.log(
    `\nCSV export, heap growth at its peak (MB; run with NODE_OPTIONS=--expose-gc for steadier figures):\n${'size'.padEnd(8)} ${column('records', 8)} ${column('streamed', 9)} ${column('one batch', 10)}`
  );
  for (const size of SIZES) {
    const { records, streamedPeakMB, wholePeakMB } = exportBySize[size];
    console.log(
      `${String(size).padEnd(8)} ${column(records, 8)} ${column(streamedPeakMB.toFixed(1), 9)} ${column(wholePeakMB?.toFixed(1) ?? 'fails', 10)}`
    );
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ settings, bySize, ratios, queriesBySize, exportBySize }));
  }
  await dropTestDatabase();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
