import type { Core } from '@strapi/strapi';
import { READ_ACTIONS } from '../../playground/src/demo/public-access';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
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

  it('are needed by every content-API route: none is open with auth: false', () => {
    const routers = Object.values(strapi.plugin('fact-desk').routes) as {
      type?: string;
      routes: any[];
    }[];
    const contentApiRoutes = routers
      .filter((router) => router.type !== 'admin')
      .flatMap((router) => router.routes);
    expect(contentApiRoutes.length).toBe(READ_ACTIONS.length);
    for (const route of contentApiRoutes) expect(route.config?.auth).not.toBe(false);
  });
});
