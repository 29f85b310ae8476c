import http from 'http';
import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import { startDemo } from '../helpers/demo';
import { api } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const CM = '/content-manager/collection-types';
const EVENTS = [
  'fact-desk.verdict.update',
  'fact-desk.correction.publish',
  'fact-desk.figure.withdraw',
  'fact-desk.public.update',
];

interface Delivery {
  event: string;
  header: string | undefined;
  secret: string | undefined;
  body: {
    event: string;
    article: { documentId: string; editions: { locale: string; slug: string }[] };
    record: { type: string; documentId: string };
    revalidate: string[];
  };
}

let strapi: Core.Strapi;
let token: string;
let articleId: string;
let receiver: http.Server;
const deliveries: Delivery[] = [];

/** Waits until a delivery of `event` about `documentId` arrives (webhooks are sent in the background). */
async function delivered(event: string, documentId: string): Promise<Delivery> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const found = deliveries.find(
      (delivery) => delivery.event === event && delivery.body.record.documentId === documentId
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No ${event} for ${documentId} within 10 s; got ${JSON.stringify(deliveries)}`);
}

const asAdmin = {
  put: (path: string, body: object) =>
    api(strapi).put(path).set('Authorization', `Bearer ${token}`).send(body),
  post: (path: string, body: object) =>
    api(strapi).post(path).set('Authorization', `Bearer ${token}`).send(body),
  get: (path: string) => api(strapi).get(path).set('Authorization', `Bearer ${token}`),
};

const figureWithCount = async (count: number) =>
  (await strapi.documents(FIGURE).findFirst({ filters: { count } }))!;

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const body = JSON.parse(raw);
      deliveries.push({
        event: body.event,
        header: request.headers['x-strapi-event'] as string | undefined,
        secret: request.headers['x-revalidate-secret'] as string | undefined,
        body,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  ({ strapi, token, articleId } = await startDemo());
  const { port } = receiver.address() as AddressInfo;
  await asAdmin
    .post('/admin/webhooks', {
      name: 'Reader site',
      url: `http://127.0.0.1:${port}/revalidate`,
      headers: { 'x-revalidate-secret': 'shared-secret' },
      events: EVENTS,
    })
    .expect(201);
});

afterAll(async () => {
  await stopStrapi(strapi);
  await new Promise((resolve) => receiver.close(resolve));
});

describe("the plugin's webhook events", () => {
  it("are events Strapi's webhook settings accept, next to its own; unknown ones are refused", async () => {
    await asAdmin
      .post('/admin/webhooks', {
        name: 'Typo',
        url: 'http://127.0.0.1:9/x',
        headers: {},
        events: ['fact-desk.verdict.updated'],
      })
      .expect(400);
  });

  it('tell a verdict change on a published figure, through the Content Manager, with the routes to revalidate', async () => {
    const figure = await figureWithCount(1000);
    await asAdmin
      .put(`${CM}/${FIGURE}/${figure.documentId}`, {
        verificationStatus: 'disputed',
        checkerNote: 'A second source gives another number.',
      })
      .expect(200);
    const delivery = await delivered('fact-desk.verdict.update', figure.documentId);
    expect(delivery.header).toBe('fact-desk.verdict.update');
    expect(delivery.secret).toBe('shared-secret');
    expect(delivery.body.record).toEqual({
      type: 'casualty-figure',
      documentId: figure.documentId,
    });
    expect(delivery.body.article.documentId).toBe(articleId);
    expect(delivery.body.article.editions).toEqual([
      { locale: 'en', slug: REFERENCE_SLUG },
      { locale: 'uk', slug: expect.any(String) },
    ]);
    expect(delivery.body.revalidate).toEqual(
      expect.arrayContaining([
        `/api/fact-desk/fact-sheets/${REFERENCE_SLUG}?locale=en`,
        `/api/fact-desk/fact-sheets/${REFERENCE_SLUG}/claim-review?locale=en`,
        '/api/fact-desk/tallies',
        '/api/fact-desk/exports/figures.csv',
      ])
    );
    // Every route named answers: the payload names routes that exist.
    for (const route of delivery.body.revalidate) {
      const response = await api(strapi).get(route);
      expect([route, response.status]).toEqual([route, 200]);
    }
  });

  it('tell a correction of a published figure, and a figure taken off a published article', async () => {
    const threeWounded = await figureWithCount(3);
    await strapi.documents(FIGURE).update({
      documentId: threeWounded.documentId,
      data: { count: 4, correctionNote: 'A fourth person was treated in hospital.' } as never,
    });
    const correction = await delivered('fact-desk.correction.publish', threeWounded.documentId);
    expect(correction.body.article.documentId).toBe(articleId);
    expect(
      deliveries.some(
        (d) =>
          d.event === 'fact-desk.verdict.update' &&
          d.body.record.documentId === threeWounded.documentId
      )
    ).toBe(false);

    const previousRecord = await figureWithCount(267);
    await strapi.documents(FIGURE).delete({ documentId: previousRecord.documentId });
    const withdrawn = await delivered('fact-desk.figure.withdraw', previousRecord.documentId);
    expect(withdrawn.body.record.type).toBe('casualty-figure');
    expect(withdrawn.body.revalidate).toContain(
      `/api/fact-desk/fact-sheets/${REFERENCE_SLUG}?locale=en`
    );
  });

  it('tell anything readers are served that changed, by its record, and not a draft saved', async () => {
    const official = await strapi.db
      .query('plugin::fact-desk.official')
      .findOne({ where: { name: "Ukraine's Air Force" } });
    await strapi.documents('plugin::fact-desk.official').update({
      documentId: official.documentId,
      data: { role: 'Air defence command' } as never,
    });
    const renamed = await delivered('fact-desk.public.update', official.documentId);
    expect(renamed.body.record).toEqual({ type: 'official', documentId: official.documentId });

    await strapi.documents(ARTICLE).update({
      documentId: articleId,
      locale: 'en',
      data: { standfirst: 'A draft standfirst no reader has seen.' } as never,
    });
    await strapi.documents(ARTICLE).unpublish({ documentId: articleId, locale: 'uk' });
    const unpublished = await delivered('fact-desk.public.update', articleId);
    expect(unpublished.body.record).toEqual({ type: 'article', documentId: articleId });
    // One event for the unpublication, none for the draft saved before it; no draft text in any.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      deliveries.filter(
        (d) => d.event === 'fact-desk.public.update' && d.body.record.documentId === articleId
      )
    ).toHaveLength(1);
    expect(JSON.stringify(deliveries)).not.toContain('A draft standfirst');
  });

  it('say nothing of records no reader is served, of a story deleted unread, or of a draft discarded', async () => {
    const draft = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: { title: 'Unpublished story', body: [] } as never,
    });
    const hidden = await strapi.documents(FIGURE).create({
      data: {
        asStated: 'five people were killed',
        category: 'killed',
        subject: 'people',
        count: 5,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: draft.documentId, locale: 'en' },
      } as never,
    });
    await strapi.documents(FIGURE).update({
      documentId: hidden.documentId,
      data: { verificationStatus: 'disputed', checkerNote: 'Unconfirmed.' } as never,
    });
    // A story deleted before anyone read it, and a draft discarded: readers see nothing new.
    await strapi.documents(ARTICLE).delete({ documentId: draft.documentId, locale: '*' });
    const publicUpdatesOfStory = () =>
      deliveries.filter(
        (d) => d.event === 'fact-desk.public.update' && d.body.record.documentId === articleId
      ).length;
    const before = publicUpdatesOfStory();
    await strapi.documents(ARTICLE).discardDraft({ documentId: articleId, locale: 'en' });
    // A public change after it: once its event is in, the hidden one would have been too.
    const figure = await figureWithCount(128);
    await strapi.documents(FIGURE).update({
      documentId: figure.documentId,
      data: { verificationStatus: 'disputed', checkerNote: 'Unconfirmed.' } as never,
    });
    await delivered('fact-desk.verdict.update', figure.documentId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deliveries.filter((d) => d.body.record.documentId === hidden.documentId)).toEqual([]);
    expect(deliveries.filter((d) => d.body.record.documentId === draft.documentId)).toEqual([]);
    expect(publicUpdatesOfStory()).toBe(before);
  });
});
