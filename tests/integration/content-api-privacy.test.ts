import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { api } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';

const SECRET_NOTE = 'checker-note-do-not-publish';
const SECRET_INTERNAL = 'internal-note-do-not-publish';
const SECRET_DRAFT_TITLE = 'Draft headline nobody may read yet';
const UNPUBLISHED_CHANGE = 'Unpublished edit of the published headline';
const PRIVATE_KEYS = [
  'checkerNote',
  'checkedBy',
  'internalNotes',
  'createdBy',
  'updatedBy',
  'password',
];

let strapi: Core.Strapi;
let draftArticleId: string;
let draftFigureId: string;
let draftQuoteId: string;
let publishedFigureId: string;

beforeAll(async () => {
  strapi = await startStrapi();
  const { story } = await setUpDemo(strapi);

  const draft = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: { title: SECRET_DRAFT_TITLE, slug: 'draft-story', reviewState: 'in_progress' },
  });
  draftArticleId = draft.documentId;
  const draftFigure = await strapi.documents(FIGURE).create({
    data: {
      asStated: 'twelve people were killed',
      category: 'killed',
      subject: 'people',
      count: 12,
      qualifier: 'exact',
      verificationStatus: 'unverified',
      article: { documentId: draftArticleId, locale: 'en' },
    },
  });
  draftFigureId = draftFigure.documentId;
  const draftQuote = await strapi.documents(QUOTE).create({
    data: {
      text: 'Words from a story that is not out yet.',
      language: 'en',
      kind: 'direct',
      verificationStatus: 'unverified',
      article: { documentId: draftArticleId, locale: 'en' },
    },
  });
  draftQuoteId = draftQuote.documentId;

  const [figure] = await strapi.documents(FIGURE).findMany({ filters: { count: 273 } });
  publishedFigureId = figure.documentId;
  await strapi.documents(FIGURE).update({
    documentId: publishedFigureId,
    data: { checkerNote: SECRET_NOTE, verificationStatus: 'single_source' },
  });
  const [quote] = await strapi.documents(QUOTE).findMany({ limit: 1 });
  await strapi
    .documents(QUOTE)
    .update({ documentId: quote.documentId, data: { checkerNote: SECRET_NOTE } });
  await strapi.documents(ARTICLE).update({
    documentId: story.documentId,
    locale: 'en',
    data: { internalNotes: SECRET_INTERNAL, title: UNPUBLISHED_CHANGE },
  });
  // Publish only the note; then leave an unpublished change to the headline in the draft.
  await strapi.documents(ARTICLE).update({
    documentId: story.documentId,
    locale: 'en',
    data: { title: 'Russia launches record 273 drones at Ukraine after Istanbul talks fail' },
  });
  await strapi.documents(ARTICLE).publish({ documentId: story.documentId, locale: 'en' });
  await strapi.documents(ARTICLE).update({
    documentId: story.documentId,
    locale: 'en',
    data: { title: UNPUBLISHED_CHANGE },
  });
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const get = (path: string) => api(strapi).get(`/api/fact-desk${path}`);

describe('drafts on the content API', () => {
  it('lists only the published article, with its published headline', async () => {
    const response = await get('/articles').query({ locale: 'en' }).expect(200);
    expect(response.body.data.map((article: any) => article.slug)).toEqual([REFERENCE_SLUG]);
    expect(response.body.meta.pagination.total).toBe(1);
    expect(JSON.stringify(response.body)).not.toContain(UNPUBLISHED_CHANGE);
  });

  it('answers 404 for a draft article', async () => {
    await get(`/articles/${draftArticleId}`).expect(404);
  });

  it('refuses to serve drafts when asked for them', async () => {
    for (const path of [
      '/articles',
      '/casualty-figures',
      '/quotes',
      `/articles/${draftArticleId}`,
    ]) {
      const response = await get(path).query({ status: 'draft' }).expect(400);
      expect(response.body.error.details.errors[0].path).toEqual(['status']);
    }
  });

  it("never serves a draft article's figures or quotes", async () => {
    const figures = await get('/casualty-figures')
      .query({ 'pagination[pageSize]': 100 })
      .expect(200);
    expect(figures.body.data.map((figure: any) => figure.documentId)).not.toContain(draftFigureId);
    expect(figures.body.meta.pagination.total).toBe(figures.body.data.length);

    const quotes = await get('/quotes').query({ 'pagination[pageSize]': 100 }).expect(200);
    expect(quotes.body.data.map((quote: any) => quote.documentId)).not.toContain(draftQuoteId);

    await get(`/casualty-figures/${draftFigureId}`).expect(404);
    await get(`/quotes/${draftQuoteId}`).expect(404);
  });

  it('finds nothing when filtering on the draft article', async () => {
    const byId = await get('/casualty-figures')
      .query({ 'filters[article][documentId][$eq]': draftArticleId })
      .expect(200);
    expect(byId.body.data).toEqual([]);
    expect(byId.body.meta.pagination.total).toBe(0);

    const byTitle = await get('/quotes')
      .query({ 'filters[article][title][$eq]': SECRET_DRAFT_TITLE })
      .expect(200);
    expect(byTitle.body.data).toEqual([]);
  });

  it('shows the published article, not its draft, through a figure', async () => {
    const response = await get(`/casualty-figures/${publishedFigureId}`)
      .query({ 'populate[article][fields][0]': 'title' })
      .expect(200);
    expect(response.body.data.article.title).toBe(
      'Russia launches record 273 drones at Ukraine after Istanbul talks fail'
    );
  });
});

describe('private fields on the content API', () => {
  const readPaths = () => [
    '/articles?populate=*',
    '/articles?populate[figures][populate]=*&populate[quotes][populate]=*',
    '/casualty-figures?populate=*',
    `/casualty-figures/${publishedFigureId}?populate=*`,
    '/quotes?populate=*',
    '/officials?populate=*',
  ];

  it('are absent from every response', async () => {
    for (const path of readPaths()) {
      const response = await api(strapi).get(`/api/fact-desk${path}`).expect(200);
      const body = JSON.stringify(response.body);
      expect(body).not.toContain(SECRET_NOTE);
      expect(body).not.toContain(SECRET_INTERNAL);
      for (const key of PRIVATE_KEYS) expect(body).not.toContain(`"${key}"`);
    }
  });

  it('cannot be used to filter, sort or populate', async () => {
    const attempts = [
      `/casualty-figures?filters[checkerNote][$eq]=${SECRET_NOTE}`,
      '/casualty-figures?filters[checkerNote][$null]=false',
      '/casualty-figures?sort=checkerNote',
      '/casualty-figures?populate=checkedBy',
      `/articles?filters[internalNotes][$contains]=internal`,
      '/articles?filters[createdBy][password][$null]=false',
      '/quotes?filters[checkedBy][email][$null]=false',
    ];
    for (const path of attempts) {
      const response = await api(strapi).get(`/api/fact-desk${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(JSON.stringify(response.body)).not.toContain(SECRET_NOTE);
    }
  });
});
