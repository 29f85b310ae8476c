import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { graphql } from '../helpers/graphql';
import { api } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * What a hostile reader sends to stall the server, to guess private text or to break a query:
 * each is a 400 naming the part at fault, answered at once, over REST and GraphQL alike.
 */
const FIGURE = 'plugin::fact-desk.casualty-figure';
const PRIVATE_WORD = 'checkeronlyword';
const NOWHERE = 'wordthatisnowhere';

let strapi: Core.Strapi;

beforeAll(async () => {
  strapi = await startStrapi();
  await setUpDemo(strapi);
  const figure = await strapi
    .documents(FIGURE)
    .findFirst({ filters: { inPublishedArticle: true } });
  await strapi.documents(FIGURE).update({
    documentId: figure!.documentId,
    data: { checkerNote: `Call back the ministry: ${PRIVATE_WORD}` },
  });
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const rest = (path: string) => api(strapi).get(`/api/fact-desk${path}`);
const ask = () => graphql(strapi);
const timed = async <Result>(work: () => Promise<Result>) => {
  const started = Date.now();
  const result = await work();
  return { result, milliseconds: Date.now() - started };
};

describe('a filter that would join a list many times', () => {
  const orTerms = (count: number, prefix: string) =>
    Array.from(
      { length: count },
      (_, index) => `filters[$or][${index}][figures][asStated][$contains]=${prefix}${index}`
    ).join('&');

  it('is refused at once on REST, naming the second list', async () => {
    const { result, milliseconds } = await timed(() => rest(`/articles?${orTerms(21, 'x')}`));
    expect(result.status).toBe(400);
    expect(result.body.error.details.errors[0].path).toEqual(['filters', '$or', '1', 'figures']);
    expect(milliseconds).toBeLessThan(1000);
  });

  it('is refused at once on GraphQL', async () => {
    const terms = Array.from(
      { length: 21 },
      (_, index) => `{ figures: { asStated: { contains: "x${index}" } } }`
    ).join(', ');
    const { result, milliseconds } = await timed(() =>
      ask()(`{ factDeskArticles(filters: { or: [${terms}] }) { title } }`)
    );
    expect(result.errors?.[0].message).toMatch(/one list of related records/);
    expect(milliseconds).toBeLessThan(1000);
  });
});

describe('a search', () => {
  it('matches public text only, so it cannot find a word in a checker’s note', async () => {
    const total = async (word: string) =>
      (await rest(`/casualty-figures?_q=${word}`).expect(200)).body.meta.pagination.total;
    expect(await total('drones')).toBeGreaterThan(0);
    expect(await total(PRIVATE_WORD)).toBe(await total(NOWHERE));
    expect(await total(PRIVATE_WORD)).toBe(0);
  });
});

describe('malformed REST queries', () => {
  it('get a 400 naming the part at fault, never a 500', async () => {
    for (const [path, errorPath] of [
      ['/articles?filters[figures][0][asStated]=x', ['filters', 'figures', '0']],
      ['/casualty-figures?filters[count][$between][0]=1', ['filters', 'count', '$between']],
      ['/casualty-figures?filters[count][$gt]=abc', ['filters', 'count', '$gt']],
      ['/casualty-figures?filters[count][$containsi]=1', ['filters', 'count', '$containsi']],
      ['/casualty-figures?filters[statedAt][$lt]=soon', ['filters', 'statedAt', '$lt']],
      ['/casualty-figures?_q[0]=a', ['_q']],
      ['/casualty-figures?pagination[pageSize]=abc', ['pagination', 'pageSize']],
      ['/casualty-figures?pagination[page]=-1', ['pagination', 'page']],
      ['/articles?pagination[start]=0&pagination[pageSize]=5', ['pagination']],
      ['/casualty-figures?sort=count:sideways', ['sort']],
      ['/articles?populate[figures][sort]=claimant.name', ['sort']],
      ['/articles?sort=__proto__', ['sort']],
      ['/articles?sort=constructor', ['sort']],
      ['/articles?sort=title:asc:desc', ['sort']],
      ['/casualty-figures?fields=constructor', ['fields', '0']],
      ['/casualty-figures?fields[0]=checkerNote', ['fields', '0']],
      [
        '/articles?populate[figures][fields][0]=checkerNote',
        ['populate', 'figures', 'fields', '0'],
      ],
      ['/casualty-figures?filters[checkerNote][$contains]=x', ['filters', 'checkerNote']],
      ['/casualty-figures?filters[count][$foo]=1', ['filters', 'count', '$foo']],
      ['/casualty-figures?filters[$not][0][asStated][$contains]=drones', ['filters', '$not']],
      ['/casualty-figures?filters[partOf][$not][0][count]=100', ['filters', 'partOf', '$not']],
      ['/quotes?filters[$not][0][roleAsPublished][$null]=true', ['filters', '$not']],
      [
        '/casualty-figures?filters[$and][0][$not][0][partOf][count]=100',
        ['filters', '$and', '0', '$not'],
      ],
      ['/casualty-figures?filters[statedAt][$eq]=2025-02-30', ['filters', 'statedAt', '$eq']],
      ['/casualty-figures?filters[createdAt][$gt]=2025-02-30', ['filters', 'createdAt', '$gt']],
    ]) {
      const response = await rest(path as string);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect({ path, at: response.body.error.details.errors[0].path }).toEqual({
        path,
        at: errorPath,
      });
    }
  });

  it('find records with no related record as well as with one', async () => {
    const wholes = await strapi.db.query(FIGURE).count({
      where: { partOf: { id: { $null: true } }, inPublishedArticle: true },
    });
    expect(wholes).toBeGreaterThan(0);
    const response = await rest('/casualty-figures?filters[partOf][id][$null]=true').expect(200);
    expect(response.body.meta.pagination.total).toBe(wholes);
  });

  it('keep working when well formed: negation inside a relation', async () => {
    const all = (await rest('/casualty-figures').expect(200)).body.meta.pagination.total;
    const response = await rest(
      '/casualty-figures?filters[article][$not][title][$eq]=no such title'
    ).expect(200);
    expect(response.body.meta.pagination.total).toBe(all);
  });
});

// Each fragment spreads the one before twice: 2^depth fields once expanded.
const fragmentBomb = (depth: number) => {
  const fragments = Array.from({ length: depth }, (_, level) =>
    level === 0
      ? 'fragment F0 on FactDeskOfficial { name }'
      : `fragment F${level} on FactDeskOfficial { ...F${level - 1} ...F${level - 1} }`
  );
  return `{ factDeskOfficials(pagination: { limit: 1 }) { ...F${depth - 1} } } ${fragments.join(' ')}`;
};

describe('GraphQL operations', () => {
  const figureAliases = (count: number) =>
    Array.from({ length: count }, (_, index) => `a${index}: figures { count }`).join(' ');

  it('refuse a sort through a relation inside a relation, without echoing SQL', async () => {
    const answer = await ask()(`{ factDeskArticles { figures(sort: "claimant.name") { count } } }`);
    expect(answer.errors?.[0].message).toMatch(/cannot sort/);
    expect(JSON.stringify(answer)).not.toMatch(/select |from `|from "/i);
  });

  it('refuse malformed values and pages with a message naming the argument', async () => {
    for (const query of [
      `{ factDeskCasualtyFigures(filters: { count: { between: [1] } }) { count } }`,
      `{ factDeskCasualtyFigures(pagination: { page: -1 }) { count } }`,
      `{ factDeskCasualtyFigures(sort: "count:sideways") { count } }`,
      `{ factDeskArticles(sort: "__proto__") { title } }`,
    ]) {
      const answer = await ask()(query);
      expect({ query, error: answer.errors?.[0].extensions?.error?.name }).toEqual({
        query,
        error: 'ValidationError',
      });
    }
  });

  it('refuse hundreds of aliases, six root queries, a fragment bomb, a fragment cycle and relations three deep, at once', async () => {
    const rootAliases = Array.from(
      { length: 6 },
      (_, index) => `r${index}: factDeskArticles { title }`
    ).join(' ');
    for (const [query, message] of [
      [
        `{ factDeskArticles(pagination: { limit: 100 }) { ${figureAliases(300)} } }`,
        /at most 300 fields/,
      ],
      [`{ ${rootAliases} }`, /at most 5 queries/],
      [fragmentBomb(25), /at most 300 fields/],
      [
        'fragment F on FactDeskArticle { title ...G } fragment G on FactDeskArticle { slug ...F } { factDeskArticles { ...F } }',
        /Fragment "F" spreads itself/,
      ],
      [
        `{ factDeskCasualtyFigures { article { figures { claimant { name } } } } }`,
        /at most 2 levels/,
      ],
    ] as [string, RegExp][]) {
      const { result, milliseconds } = await timed(() => ask()(query));
      expect({ query: query.slice(0, 60), message: result.errors?.[0].message }).toEqual({
        query: query.slice(0, 60),
        message: expect.stringMatching(message),
      });
      expect(milliseconds).toBeLessThan(1000);
    }
  });

  it('refuse variables nested thousands of levels deep with a 400, in a POST body or a GET query', async () => {
    let filters: object = { title: { eq: 'x' } };
    for (let depth = 0; depth < 1500; depth += 1) filters = { and: [filters] };
    const query = `query ($filters: FactDeskArticleFiltersInput) {
      factDeskArticles(filters: $filters) { title }
    }`;
    const posted = await api(strapi).post('/graphql').send({ query, variables: { filters } });
    expect(posted.status).toBe(400);
    expect(posted.body.errors[0].message).toMatch(/nest at most 100 levels/);

    let shallower: object = { title: { eq: 'x' } };
    for (let depth = 0; depth < 150; depth += 1) shallower = { and: [shallower] };
    const got = await api(strapi)
      .get('/graphql')
      .set('apollo-require-preflight', 'true')
      .query({ query, variables: JSON.stringify({ filters: shallower }) });
    expect(got.status).toBe(400);
    expect(got.body.errors[0].message).toMatch(/nest at most 100 levels/);
  });

  it('refuse a filter too large to convert before converting it, inline or in variables', async () => {
    const nested = (depth: number): string =>
      depth === 0 ? '{ count: { eq: 1 } }' : `{ not: ${nested(depth - 1)} }`;
    const ors = Array.from({ length: 2000 }, (_, index) => `{ count: { eq: ${index} } }`);
    const values = Array.from({ length: 5000 }, (_, index) => index).join(', ');
    for (const filters of [
      nested(1000),
      `{ or: [${ors.join(', ')}] }`,
      `{ count: { in: [${values}] } }`,
    ]) {
      const { result, milliseconds } = await timed(() =>
        ask()(`{ factDeskCasualtyFigures(filters: ${filters}) { count } }`)
      );
      expect(result.errors?.[0].message).toMatch(/at most (5000 tokens|80 keys)/);
      expect(milliseconds).toBeLessThan(1000);
    }
    const nestedVariable = (depth: number): object =>
      depth === 0 ? { count: { eq: 1 } } : { not: nestedVariable(depth - 1) };
    for (const filters of [
      nestedVariable(40),
      { or: Array.from({ length: 300 }, (_, index) => ({ count: { eq: index } })) },
      { count: { in: [] } },
    ]) {
      const { result, milliseconds } = await timed(() =>
        ask()(
          `query ($filters: FactDeskCasualtyFigureFiltersInput) {
            factDeskCasualtyFigures(filters: $filters) { count }
          }`,
          { filters }
        )
      );
      expect(result.errors?.[0].extensions?.error?.details.errors[0].path).toEqual(['filters']);
      expect(milliseconds).toBeLessThan(1000);
    }
  });

  it('stop resolving relations once a request has asked for 150', async () => {
    const aliases = Array.from({ length: 100 }, (_, index) => `a${index}: article { slug }`).join(
      ' '
    );
    const { result, milliseconds } = await timed(() =>
      ask()(`{ factDeskCasualtyFigures(pagination: { limit: 100 }) { ${aliases} } }`)
    );
    expect(result.errors?.[0].message).toMatch(/at most 150/);
    expect(milliseconds).toBeLessThan(3000);
  });

  it('serve a front end’s nested read within the limits', async () => {
    const answer = await ask()(`{
      factDeskArticles(pagination: { limit: 100 }) {
        title
        figures(pagination: { limit: 100 }, sort: "count:desc") { count claimant { name } }
        quotes { text speaker { name } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.factDeskArticles.length).toBeGreaterThan(0);
  });
});
