import type { Core } from '@strapi/strapi';
import { READ_ACTIONS } from '../../playground/src/demo/public-access';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { graphql } from '../helpers/graphql';
import { api, authenticatedReaderToken } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';
const DRAFT_MARK = 'draft-only-marker';
const SECRET = 'private-marker';

let strapi: Core.Strapi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  strapi = await startStrapi();
  const { story } = await setUpDemo(strapi);
  ids.article = story.documentId;
  ids.figure = (await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } }))!.documentId;
  ids.official = (await strapi.documents('plugin::fact-desk.official').findFirst({}))!.documentId;
  await strapi.documents(FIGURE).update({
    documentId: ids.figure,
    data: {
      verificationStatus: 'verified',
      evidence: [{ url: 'https://example.org/a' }],
      checkerNote: SECRET,
    },
  });
  await strapi
    .documents(ARTICLE)
    .update({ documentId: ids.article, locale: 'en', data: { internalNotes: SECRET } });
  await strapi.documents(ARTICLE).publish({ documentId: ids.article, locale: 'en' });

  // A draft story whose records are checked: none of it may appear anywhere.
  const draft = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: { title: `${DRAFT_MARK} headline`, slug: 'draft-story', reviewState: 'checked' },
  });
  ids.draft = draft.documentId;
  const draftFigure = await strapi.documents(FIGURE).create({
    data: {
      asStated: `${DRAFT_MARK} 40 killed`,
      category: 'killed',
      subject: 'civilians',
      count: 40,
      qualifier: 'exact',
      region: 'Kyiv Oblast',
      occurredFrom: '2025-05-18',
      verificationStatus: 'verified',
      evidence: [{ url: 'https://example.org/draft' }],
      claimant: ids.official,
      article: { documentId: draft.documentId, locale: 'en' },
    },
  });
  ids.draftFigure = draftFigure.documentId;
  await strapi.documents(QUOTE).create({
    data: {
      text: `${DRAFT_MARK} words`,
      language: 'en',
      kind: 'direct',
      verificationStatus: 'single_source',
      speaker: ids.official,
      article: { documentId: draft.documentId, locale: 'en' },
    },
  });
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const ROUTES = () => [
  '/articles',
  `/articles/${ids.article}`,
  '/casualty-figures',
  `/casualty-figures/${ids.figure}`,
  '/quotes',
  '/corrections',
  '/officials',
  `/officials/${ids.official}`,
  `/fact-sheets/${REFERENCE_SLUG}`,
  `/fact-sheets/${REFERENCE_SLUG}/claim-review`,
  '/tallies',
  '/tallies/figures',
  '/exports/figures.csv',
  '/exports/figures.hxl.csv',
];

const ATTACKS = [
  `filters[checkerNote][$eq]=${SECRET}`,
  'filters[checkerNote][$null]=false',
  'filters[internalNotes][$containsi]=private',
  'filters[checkedBy][email][$null]=false',
  'filters[createdBy][password][$notNull]=true',
  'filters[$or][0][checkerNote][$null]=false',
  'sort=checkerNote:asc',
  'sort[0]=createdBy.password',
  'populate=checkedBy',
  'populate[createdBy][fields][0]=password',
  'populate[article][populate][checkedBy]=*',
  'fields[0]=checkerNote',
  'lookup[checkerNote]=x',
  'status=draft',
];

const body = (response: { text: string }) => response.text;

describe('private fields through parameters', () => {
  it('give a 400 or exactly the baseline on every route, the count included', async () => {
    for (const route of ROUTES()) {
      const baseline = await api(strapi).get(`/api/fact-desk${route}`).expect(200);
      for (const attack of ATTACKS) {
        const response = await api(strapi).get(`/api/fact-desk${route}?${attack}`);
        const outcome =
          response.status === 400
            ? 'refused'
            : body(response) === body(baseline)
              ? 'baseline'
              : 'DIFFERENT';
        expect({ route, attack, outcome }).toEqual({
          route,
          attack,
          outcome: expect.stringMatching(/^(refused|baseline)$/),
        });
        expect(body(response)).not.toContain(SECRET);
      }
    }
  });

  it('refuse pages larger than 100', async () => {
    const response = await api(strapi)
      .get('/api/fact-desk/casualty-figures?pagination[pageSize]=1000')
      .expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['pagination', 'pageSize']);
    await api(strapi).get('/api/fact-desk/casualty-figures?pagination[pageSize]=-1').expect(400);
    await api(strapi).get('/api/fact-desk/casualty-figures?pagination[pageSize]=100').expect(200);
  });
});

describe('drafts', () => {
  it('appear on no route, directly or through relations', async () => {
    const everything = [
      ...ROUTES(),
      '/articles?populate=*',
      '/casualty-figures?populate=*&pagination[pageSize]=100',
      '/quotes?populate=*&pagination[pageSize]=100',
      `/officials/${ids.official}`,
      '/tallies?category=killed',
      '/tallies/figures?category=killed&pageSize=100',
      '/exports/figures.csv?region=Kyiv%20Oblast',
    ];
    for (const route of everything) {
      const response = await api(strapi).get(`/api/fact-desk${route}`).expect(200);
      expect({ route, leaks: body(response).includes(DRAFT_MARK) }).toEqual({
        route,
        leaks: false,
      });
    }
    await api(strapi).get('/api/fact-desk/fact-sheets/draft-story').expect(404);
    await api(strapi).get('/api/fact-desk/fact-sheets/draft-story/claim-review').expect(404);
    await api(strapi).get(`/api/fact-desk/casualty-figures/${ids.draftFigure}`).expect(404);
  });
});

describe('permissions', () => {
  it('give 403 to a role without the route permission', async () => {
    const token = await authenticatedReaderToken(strapi, 'reader');
    for (const route of ROUTES()) {
      const response = await api(strapi)
        .get(`/api/fact-desk${route}`)
        .set('Authorization', `Bearer ${token}`);
      expect({ route, status: response.status }).toEqual({ route, status: 403 });
    }
  });

  it('are needed by every content-API route: none is open with auth: false but the preview', () => {
    const routers = Object.values(strapi.plugin('fact-desk').routes) as {
      type?: string;
      routes: any[];
    }[];
    const contentApiRoutes = routers
      .filter((router) => router.type !== 'admin')
      .flatMap((router) => router.routes);
    // The editor's preview is opened by a token the admin signs (preview.test.ts), not a role.
    const isPreview = (route: any) => route.handler === 'preview.factSheet';
    expect(contentApiRoutes.filter(isPreview)).toHaveLength(1);
    const granted = contentApiRoutes.filter((route) => !isPreview(route));
    expect(granted.length).toBe(READ_ACTIONS.length);
    for (const route of granted) expect(route.config?.auth).not.toBe(false);
  });
});

describe('the same catalogue over GraphQL', () => {
  const LISTS = [
    ['factDeskArticles', 'title slug'],
    ['factDeskCasualtyFigures', 'asStated count'],
    ['factDeskQuotes', 'text'],
    ['factDeskCorrections', 'documentId'],
    ['factDeskOfficials', 'name'],
  ];
  const GRAPHQL_ATTACKS = [
    `filters: { checkerNote: { eq: "${SECRET}" } }`,
    'filters: { checkerNote: { null: false } }',
    'filters: { internalNotes: { containsi: "private" } }',
    'filters: { checkedBy: { email: { null: false } } }',
    'filters: { createdBy: { password: { notNull: true } } }',
    'filters: { or: [{ checkerNote: { null: false } }] }',
    'sort: "checkerNote:asc"',
    'sort: "createdBy.password"',
    'sort: "article.internalNotes"',
    'status: DRAFT',
  ];
  const ask = (query: string, token?: string) => graphql(strapi, token)(query);

  it('give an error or exactly the baseline on every list, and never a private value', async () => {
    for (const [list, fields] of LISTS) {
      const baseline = await ask(`{ ${list}(pagination: { limit: 100 }) { ${fields} } }`);
      expect(baseline.errors).toBeUndefined();
      for (const attack of GRAPHQL_ATTACKS) {
        const answer = await ask(
          `{ ${list}(${attack}, pagination: { limit: 100 }) { ${fields} } }`
        );
        const outcome = answer.errors?.length
          ? 'refused'
          : JSON.stringify(answer.data) === JSON.stringify(baseline.data)
            ? 'baseline'
            : 'DIFFERENT';
        expect({ list, attack, outcome }).toEqual({
          list,
          attack,
          outcome: expect.stringMatching(/^(refused|baseline)$/),
        });
        expect(JSON.stringify(answer)).not.toContain(SECRET);
      }
    }
  });

  it('select no private field and no one who checked', async () => {
    for (const query of [
      '{ factDeskCasualtyFigures { checkerNote } }',
      '{ factDeskCasualtyFigures { checkedBy { email } } }',
      '{ factDeskArticles { internalNotes } }',
      '{ factDeskArticles { createdBy { email } } }',
      '{ factDeskQuotes { checkerNote } }',
    ]) {
      const answer = await ask(query);
      expect({ query, refused: Boolean(answer.errors?.length) }).toEqual({ query, refused: true });
      expect(JSON.stringify(answer)).not.toContain(SECRET);
    }
  });

  it('show no draft, directly, through relations or in the typed queries', async () => {
    // Two requests: one asks at most five queries.
    const lists = await ask(`{
      factDeskArticles(pagination: { limit: 100 }) {
        title figures(pagination: { limit: 100 }) { asStated } quotes { text }
      }
      factDeskCasualtyFigures(pagination: { limit: 100 }) { asStated article { title } }
      factDeskQuotes(pagination: { limit: 100 }) { text article { title } }
      factDeskOfficials(pagination: { limit: 100 }) { name }
    }`);
    const typed = await ask(`{
      factDeskTallies(category: "killed") { figureCount claimants { claimant { name } } }
      factDeskTallyFigures(category: "killed") { data { documentId asStated } }
      factDeskSpeakerPage(documentId: "${ids.official}") { quotes { documentId } }
      draftSheet: factDeskFactSheet(slug: "draft-story") { title }
    }`);
    for (const answer of [lists, typed]) {
      expect(answer.errors).toBeUndefined();
      expect(JSON.stringify(answer)).not.toContain(DRAFT_MARK);
      expect(JSON.stringify(answer)).not.toContain(ids.draftFigure);
    }
    expect(typed.data.draftSheet).toBeNull();
    const draft = await ask(`{ factDeskArticle(documentId: "${ids.draft}") { title } }`);
    expect(draft.data?.factDeskArticle ?? null).toBeNull();
  });

  it("answer errors without the server's stack traces, whatever the environment", () => {
    // Jest runs with NODE_ENV=test, where Apollo leaves them out anyway: the setting is the check.
    expect(strapi.config.get('plugin::graphql.apolloServer')).toMatchObject({
      includeStacktraceInErrorResponses: false,
    });
  });

  it('need the route permission: a role without it is refused every query', async () => {
    const token = await authenticatedReaderToken(strapi, 'graphql-reader');
    for (const [list, fields] of LISTS) {
      const answer = await ask(`{ ${list} { ${fields} } }`, token);
      expect({ list, code: answer.errors?.[0].extensions?.code }).toEqual({
        list,
        code: 'FORBIDDEN',
      });
    }
  });
});
