import type { Core } from '@strapi/strapi';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { startDemo } from '../helpers/demo';
import { api } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';
const ARTICLE = 'plugin::fact-desk.article';
const SHEET = `/api/fact-desk/fact-sheets/${REFERENCE_SLUG}`;

let strapi: Core.Strapi;

beforeAll(async () => {
  ({ strapi } = await startDemo());
});

afterAll(async () => {
  await stopStrapi(strapi);
});

/** The response to a GET and the SQL queries it cost. */
async function fetchCounting(path: string) {
  let queries = 0;
  const count = () => {
    queries += 1;
  };
  strapi.db.connection.on('query', count);
  try {
    const response = await api(strapi).get(path);
    return { response, queries };
  } finally {
    strapi.db.connection.off('query', count);
  }
}

describe('the response cache of the content API', () => {
  it('serves a fact sheet already built without building it again', async () => {
    const built = await fetchCounting(SHEET);
    const again = await fetchCounting(SHEET);
    expect(again.response.status).toBe(200);
    expect(again.response.body).toEqual(built.response.body);
    expect(again.response.headers.etag).toBe(built.response.headers.etag);
    expect(again.queries).toBeLessThan(built.queries);
  });

  it('builds a response once when many ask for it at the same time', async () => {
    const single = await fetchCounting('/api/fact-desk/tallies?category=killed');
    let queries = 0;
    const count = () => {
      queries += 1;
    };
    strapi.db.connection.on('query', count);
    try {
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => api(strapi).get('/api/fact-desk/tallies?category=injured'))
      );
      expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
      expect(new Set(responses.map((response) => JSON.stringify(response.body))).size).toBe(1);
    } finally {
      strapi.db.connection.off('query', count);
    }
    // Ten builds would cost ten times one; waiting for one build costs little more than one.
    expect(queries).toBeLessThan(single.queries * 5);
  });

  it('never serves a response older than the data', async () => {
    const before = (await api(strapi).get(SHEET).expect(200)).body;
    const launched = await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } });
    await strapi.documents(FIGURE).update({
      documentId: launched!.documentId,
      data: { verificationStatus: 'single_source' },
    });
    const after = (await api(strapi).get(SHEET).expect(200)).body;
    expect(after).not.toEqual(before);
    expect(JSON.stringify(after)).toContain('single_source');
  });

  it('keeps its ETag while an editor saves a draft, and changes it when the draft is published', async () => {
    const etag = async () => (await api(strapi).get(SHEET).expect(200)).headers.etag;
    const before = await etag();
    const article = await strapi.documents(ARTICLE).findFirst({
      filters: { slug: REFERENCE_SLUG },
      status: 'published',
    });
    const edition = { documentId: article!.documentId, locale: article!.locale as string };
    await strapi.documents(ARTICLE).update({ ...edition, data: { title: 'Embargoed headline' } });
    expect(await etag()).toBe(before);
    await strapi.documents(ARTICLE).publish(edition);
    const published = await etag();
    expect(published).not.toBe(before);
    expect((await api(strapi).get(SHEET).expect(200)).body.data.title).toBe('Embargoed headline');
  });

  it('keeps its ETag while a figure of an unpublished article is edited', async () => {
    const etag = async () => (await api(strapi).get(SHEET).expect(200)).headers.etag;
    const draft = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: { title: 'Unpublished story', slug: 'unpublished-story', reviewState: 'in_progress' },
    });
    const figure = await strapi.documents(FIGURE).create({
      data: {
        asStated: '3 people were injured',
        category: 'injured',
        subject: 'people',
        count: 3,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: draft.documentId, locale: 'en' },
      },
    });
    const before = await etag();
    await strapi.documents(FIGURE).update({
      documentId: figure.documentId,
      data: { subject: 'residents' },
    });
    expect(await etag()).toBe(before);
  });

  it('is only reached once the route’s authentication has passed', async () => {
    const tokens = strapi.service('admin::api-token');
    const token = await tokens.create({ name: 'reader', type: 'read-only', lifespan: null });
    const asReader = () => api(strapi).get(SHEET).set('Authorization', `Bearer ${token.accessKey}`);
    await asReader().expect(200);
    await asReader().expect(200);
    await tokens.revoke(token.id);
    await asReader().expect(401);
  });
});
