import type { Core } from '@strapi/strapi';
import CachePolicy from 'http-cache-semantics';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { startDemo } from '../helpers/demo';
import { api } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

/**
 * Conditional GETs as RFC 9110 §13 has them, read back by http-cache-semantics (the RFC's
 * caching and revalidation rules as a library, as caches and CDNs apply them).
 */
const SHEET = `/api/fact-desk/fact-sheets/${REFERENCE_SLUG}`;

let strapi: Core.Strapi;

beforeAll(async () => {
  ({ strapi } = await startDemo());
});

afterAll(async () => {
  await stopStrapi(strapi);
});

type Headers = Record<string, string>;

const get = (path: string, headers: Headers = {}) => api(strapi).get(path).set(headers);

/** What a cache keeps of a 200, and the request it would send to revalidate it. */
async function cached(path: string) {
  const request = { url: path, method: 'GET', headers: { host: 'news.example' } };
  const response = await get(path).expect(200);
  const policy = new CachePolicy(request, {
    status: response.status,
    headers: response.headers as Headers,
  });
  return { request, response, policy, revalidation: policy.revalidationHeaders(request) };
}

describe('conditional requests to the front-end routes', () => {
  it('revalidate a kept fact sheet with 304 while nothing changed', async () => {
    const { request, policy, revalidation } = await cached(SHEET);
    expect(revalidation['if-none-match']).toMatch(/^W\/"/);
    const answer = await get(SHEET, revalidation as Headers).expect(304);
    const { modified } = policy.revalidatedPolicy(request, {
      status: answer.status,
      headers: answer.headers as Headers,
    });
    expect(modified).toBe(false);
  });

  it('compare entity tags weakly: the same tag without W/ matches', async () => {
    const { response } = await cached(SHEET);
    const strongForm = String(response.headers.etag).replace(/^W\//, '');
    await get(SHEET, { 'If-None-Match': `"other", ${strongForm}` }).expect(304);
  });

  it('answer * with 304 only where a representation exists, and never instead of an error', async () => {
    await get(SHEET, { 'If-None-Match': '*' }).expect(304);
    await get('/api/fact-desk/fact-sheets/no-such-story', { 'If-None-Match': '*' }).expect(404);
    await get(`${SHEET}?filters[title][$eq]=x`, { 'If-None-Match': '*' }).expect(400);
  });

  it('see a change of the plugin config: the publisher printed in ClaimReview', async () => {
    const path = `${SHEET}/claim-review`;
    const figure = await strapi
      .documents('plugin::fact-desk.casualty-figure')
      .findFirst({ filters: { count: 273 } });
    await strapi.documents('plugin::fact-desk.casualty-figure').update({
      documentId: figure!.documentId,
      data: {
        verificationStatus: 'verified',
        evidence: [{ url: 'https://example.org/air-force', publisher: 'Air Force' }],
      },
    });
    const { request, policy, revalidation } = await cached(path);
    const publisher = strapi.config.get('plugin::fact-desk.publisher');
    strapi.config.set('plugin::fact-desk.publisher', {
      name: 'Another newsroom',
      url: 'https://another.example',
    });
    try {
      const answer = await get(path, revalidation as Headers).expect(200);
      expect(answer.text).toContain('Another newsroom');
      const { modified } = policy.revalidatedPolicy(request, {
        status: answer.status,
        headers: answer.headers as Headers,
      });
      expect(modified).toBe(true);
    } finally {
      strapi.config.set('plugin::fact-desk.publisher', publisher);
    }
  });

  it('keep ClaimReview answers in the response cache, with their media type', async () => {
    // An address no test has asked for yet: the first answer is built, the second kept.
    const path = `${SHEET}/claim-review?locale=en`;
    const counted = async () => {
      let queries = 0;
      const count = () => {
        queries += 1;
      };
      strapi.db.connection.on('query', count);
      try {
        const response = await get(path).expect(200);
        return { response, queries };
      } finally {
        strapi.db.connection.off('query', count);
      }
    };
    const first = await counted();
    const again = await counted();
    expect(again.response.text).toBe(first.response.text);
    expect(again.response.headers['content-type']).toBe(first.response.headers['content-type']);
    expect(again.response.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(again.queries).toBeLessThan(first.queries);
  });
});
