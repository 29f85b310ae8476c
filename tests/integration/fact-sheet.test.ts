import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import {
  REFERENCE_SLUG,
  referenceArticleUk,
  referenceFigures,
  referenceQuotes,
} from '../../playground/src/demo/reference-story';
import { api } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';

let strapi: Core.Strapi;

beforeAll(async () => {
  strapi = await startStrapi();
  await setUpDemo(strapi);
  const killed = await strapi.documents(FIGURE).findFirst({ filters: { category: 'killed' } });
  await strapi.documents(FIGURE).update({
    documentId: killed!.documentId,
    data: {
      verificationStatus: 'verified',
      evidence: [
        { url: 'https://t.me/kyivoda/1', publisher: 'Kyiv Regional Military Administration' },
      ],
      checkerNote: 'private-note-for-the-desk',
    },
  });
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const sheet = (slug = REFERENCE_SLUG) => api(strapi).get(`/api/fact-desk/fact-sheets/${slug}`);

const flatten = (figures: any[]): any[] =>
  figures.flatMap((figure) => [figure, ...flatten(figure.parts)]);

describe('GET /api/fact-desk/fact-sheets/:slug', () => {
  it('serves the reference story with its figures nested under their wholes', async () => {
    const { body } = await sheet().expect(200);
    const data = body.data;
    expect(data).toMatchObject({ slug: REFERENCE_SLUG, outlet: 'Scoop Hub', locale: 'en' });
    expect(flatten(data.figures)).toHaveLength(referenceFigures.length);

    const launched = data.figures.find((figure: any) => figure.count === 273);
    expect(launched.claimant.name).toBe("Ukraine's Air Force");
    expect(launched.parts.map((part: any) => part.count).sort()).toEqual([128, 88]);
    const wounded = data.figures.find(
      (figure: any) => figure.category === 'injured' && figure.count === 3
    );
    expect(wounded.parts).toHaveLength(1);
    expect(wounded.parts[0].subject).toBe('children');
    expect(data.figures.some((figure: any) => figure.count === 88)).toBe(false);
  });

  it('gives quotes with their speakers, a verification summary, sources and corrections', async () => {
    const { body } = await sheet().expect(200);
    const data = body.data;
    expect(data.quotes).toHaveLength(referenceQuotes.length);
    expect(data.quotes.map((quote: any) => quote.speaker.name)).toContain('Kyrylo Budanov');
    expect(data.verification.figures).toMatchObject({
      verified: 1,
      unverified: referenceFigures.length - 1,
    });
    expect(data.verification.quotes.unverified).toBe(referenceQuotes.length);
    const killed = data.figures.find((figure: any) => figure.category === 'killed');
    expect(killed.evidence[0].url).toBe('https://t.me/kyivoda/1');
    expect(data.corrections).toEqual([]);
  });

  it('never shows a private field', async () => {
    const text = JSON.stringify((await sheet().expect(200)).body);
    expect(text).not.toContain('private-note-for-the-desk');
    for (const key of [
      'checkerNote',
      'checkedBy',
      'internalNotes',
      'createdBy',
      'updatedBy',
      'revision',
      'correctionNote',
    ]) {
      expect(text).not.toContain(`"${key}"`);
    }
  });

  it('serves the Ukrainian edition by its own slug, with the same figures', async () => {
    const { body } = await sheet(referenceArticleUk.slug).expect(200);
    expect(body.data.title).toBe(referenceArticleUk.title);
    expect(flatten(body.data.figures)).toHaveLength(referenceFigures.length);
  });

  it('answers 404 for an unknown or unpublished slug', async () => {
    await sheet('no-such-story').expect(404);
    await strapi.documents('plugin::fact-desk.article').create({
      locale: 'en',
      data: { title: 'Unpublished', slug: 'unpublished-story', reviewState: 'not_started' },
    });
    await sheet('unpublished-story').expect(404);
  });

  it('refuses parameters it does not take', async () => {
    const response = await sheet().query({ populate: '*' }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['populate']);
    await sheet().query({ 'filters[checkerNote][$null]': 'false' }).expect(400);
  });
});

describe('caching', () => {
  it('answers with a weak ETag and the configured Cache-Control', async () => {
    const response = await sheet().expect(200);
    expect(response.headers.etag).toMatch(/^W\/".+"$/);
    expect(response.headers['cache-control']).toBe(
      'public, max-age=60, stale-while-revalidate=300'
    );
  });

  it('answers If-None-Match with 304 and no body, until the data changes', async () => {
    const { headers } = await sheet().expect(200);
    const revalidated = await sheet().set('If-None-Match', headers.etag).expect(304);
    expect(revalidated.text).toBeFalsy();

    const figure = await strapi.documents(FIGURE).findFirst({ filters: { count: 1000 } });
    await strapi
      .documents(FIGURE)
      .update({ documentId: figure!.documentId, data: { count: 1200 } });
    const changed = await sheet().set('If-None-Match', headers.etag).expect(200);
    expect(changed.headers.etag).not.toBe(headers.etag);
    expect(flatten(changed.body.data.figures).some((figure: any) => figure.count === 1200)).toBe(
      true
    );
    expect(changed.body.data.corrections).toHaveLength(1);
  });

  it('tags the core routes too', async () => {
    const list = await api(strapi).get('/api/fact-desk/casualty-figures').expect(200);
    await api(strapi)
      .get('/api/fact-desk/casualty-figures')
      .set('If-None-Match', list.headers.etag)
      .expect(304);
  });
});
