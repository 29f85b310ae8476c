import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { api } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';

let strapi: Core.Strapi;
let figureTotal: number;

/** The SQL statements that one GET sends, and its body. */
async function getWithQueries(path: string) {
  const statements: string[] = [];
  const onQuery = ({ sql }: { sql: string }) => statements.push(sql);
  strapi.db.connection.on('query', onQuery);
  try {
    const { body } = await api(strapi).get(path).expect(200);
    return { body, statements };
  } finally {
    strapi.db.connection.off('query', onQuery);
  }
}

const countsFigures = (sql: string) => /count\(/i.test(sql) && sql.includes('casualty_figures');

beforeAll(async () => {
  strapi = await startStrapi();
  await setUpDemo(strapi);
  figureTotal = await strapi.documents(FIGURE).count({});
});

afterAll(async () => {
  await stopStrapi(strapi);
});

describe('list totals', () => {
  it('gives the page total and page count, counted once until the data changes', async () => {
    const path = '/api/fact-desk/casualty-figures?pagination[pageSize]=4';
    const first = await getWithQueries(path);
    expect(first.body.meta.pagination).toEqual({
      page: 1,
      pageSize: 4,
      pageCount: Math.ceil(figureTotal / 4),
      total: figureTotal,
    });
    expect(first.statements.some(countsFigures)).toBe(true);

    const again = await getWithQueries(path);
    expect(again.body.meta.pagination.total).toBe(figureTotal);
    expect(again.statements.some(countsFigures)).toBe(false);

    // A change to the data: the total is counted again and follows it.
    const prisoners = (await strapi.documents(FIGURE).findFirst({ filters: { count: 1000 } }))!;
    await strapi.documents(FIGURE).delete({ documentId: prisoners.documentId });
    const after = await getWithQueries(path);
    expect(after.statements.some(countsFigures)).toBe(true);
    expect(after.body.meta.pagination.total).toBe(figureTotal - 1);
    figureTotal -= 1;
  });

  it('counts what the filters match, per query', async () => {
    const killed = await strapi.documents(FIGURE).count({ filters: { category: 'killed' } });
    const { body } = await api(strapi)
      .get('/api/fact-desk/casualty-figures?filters[category][$eq]=killed')
      .expect(200);
    expect(body.meta.pagination.total).toBe(killed);
    expect(killed).toBeLessThan(figureTotal);
  });

  it('answers offset pagination with start, limit and total', async () => {
    const { body } = await api(strapi)
      .get('/api/fact-desk/casualty-figures?pagination[start]=2&pagination[limit]=3')
      .expect(200);
    expect(body.meta.pagination).toEqual({ start: 2, limit: 3, total: figureTotal });
    expect(body.data).toHaveLength(3);
  });

  it('leaves the total out when the client asks, and refuses a malformed withCount', async () => {
    const { body } = await api(strapi)
      .get('/api/fact-desk/casualty-figures?pagination[withCount]=false')
      .expect(200);
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 25 });
    const refused = await api(strapi)
      .get('/api/fact-desk/casualty-figures?pagination[withCount]=maybe')
      .expect(400);
    expect(refused.body.error.message).toMatch(/withCount/);
  });

  it('gives the article list its total of published articles in the asked locale', async () => {
    const published = await strapi
      .documents('plugin::fact-desk.article')
      .count({ status: 'published', locale: 'en' });
    const { body } = await api(strapi).get('/api/fact-desk/articles').expect(200);
    expect(body.meta.pagination.total).toBe(published);
    expect(published).toBeGreaterThan(0);
  });
});
