import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { createDeskEditor } from '../helpers/desk-editor';
import { startDemo } from '../helpers/demo';
import { snapshotPluginData } from '../helpers/snapshot';
import { adminToken, api } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

const story = fs.readFileSync(
  path.resolve(__dirname, '..', '..', 'playground', 'data', 'reference-story.txt'),
  'utf8'
);

let strapi: Core.Strapi;
let token: string;
let articleId: string;

beforeAll(async () => {
  ({ strapi, token, articleId } = await startDemo());
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const extract = (body: unknown) =>
  api(strapi)
    .post('/fact-desk/extract')
    .set('Authorization', `Bearer ${token}`)
    .send(body as object);

describe('POST /fact-desk/extract', () => {
  it('returns the figures and officials of a text in the documented shape', async () => {
    const { body } = await extract({ text: story }).expect(200);
    expect(body.figures).toHaveLength(10);
    expect(body.figures[0]).toEqual({
      category: 'launched',
      subject: 'drones and decoys',
      count: 273,
      low: null,
      high: null,
      qualifier: 'exact',
      asStated: '273 drones and decoys',
      start: story.indexOf('273 drones and decoys'),
      end: story.indexOf('273 drones and decoys') + '273 drones and decoys'.length,
      claimant: 'Ukraine’s Air Force',
      partOf: null,
    });
    expect(body.officials).toContainEqual(
      expect.objectContaining({ name: 'Kyrylo Budanov', role: 'Ukrainian intelligence chief' })
    );
  });

  it('answers a request without text with a 400 naming the field', async () => {
    const { body } = await extract({}).expect(400);
    expect(body.error.details.errors[0]).toMatchObject({ path: ['text'] });
    const tooLong = await extract({ text: 'x'.repeat(200_001) }).expect(400);
    expect(tooLong.body.error.details.errors[0].path).toEqual(['text']);
    await extract({ text: story, extra: true }).expect(400);
  });

  it('is for signed-in admins only', async () => {
    await api(strapi).post('/fact-desk/extract').send({ text: story }).expect(401);
  });
});

describe('long texts', () => {
  // Every token a number, in one sentence: the text that made reading take seconds.
  const longText = '1 '.repeat(100_000);
  const extractionConfig = 'plugin::fact-desk.extraction';

  it('are read off the server thread: other requests are answered meanwhile', async () => {
    const finished: string[] = [];
    const reading = extract({ text: longText }).then((response) => {
      finished.push('extraction');
      return response;
    });
    // Jest and Strapi share a thread here: this timer fires only while that thread is free.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await api(strapi).get('/_health').expect(204);
    finished.push('health');
    const response = await reading;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ figures: [], officials: [] });
    expect(finished).toEqual(['health', 'extraction']);
  });

  it('get a 503 with Retry-After when the readers are all busy, and nothing is lost after', async () => {
    const configured = strapi.config.get(extractionConfig);
    strapi.config.set(extractionConfig, { ...(configured as object), queue: 0 });
    try {
      const first = extract({ text: longText }).then((response) => response);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const second = await extract({ text: story }).expect(503);
      expect(second.headers['retry-after']).toBe('5');
      expect(second.body.error.message).toMatch(/reading other texts/);
      expect((await first).status).toBe(200);
    } finally {
      strapi.config.set(extractionConfig, configured);
    }
    const { body } = await extract({ text: story }).expect(200);
    expect(body.figures).toHaveLength(10);
  });

  it('get a 503 when one takes longer than the configured time, and the next text is read', async () => {
    const configured = strapi.config.get(extractionConfig);
    strapi.config.set(extractionConfig, { ...(configured as object), timeoutMs: 100 });
    try {
      const { body, headers } = await extract({ text: longText }).expect(503);
      expect(body.error.message).toMatch(/took longer than 0.1 s/);
      expect(headers['retry-after']).toBe('5');
    } finally {
      strapi.config.set(extractionConfig, configured);
    }
    const { body } = await extract({ text: story }).expect(200);
    expect(body.figures).toHaveLength(10);
  });
});

describe('the copy against the records, in the review of an article', () => {
  const FIGURE = 'plugin::fact-desk.casualty-figure';
  const review = async () =>
    (
      await api(strapi)
        .get(`/fact-desk/articles/${articleId}/review`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body.data.copy;
  const proposal = {
    category: 'launched',
    subject: 'drones and decoys',
    count: 273,
    low: null,
    high: null,
    qualifier: 'exact',
    asStated: '273 drones and decoys',
    claimant: 'Ukraine’s Air Force',
  };
  const createFigure = (body: object, as = token) =>
    api(strapi)
      .post(`/fact-desk/articles/${articleId}/figures`)
      .set('Authorization', `Bearer ${as}`)
      .send(body);

  it('has nothing to say about the seeded story', async () => {
    expect(await review()).toEqual({ uncovered: [], mismatched: [] });
  });

  it('warns when a record no longer matches the copy, and offers the number as a record', async () => {
    const launched = await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } });
    await strapi
      .documents(FIGURE)
      .update({ documentId: launched!.documentId, data: { count: 237 } });
    const copy = await review();
    expect(copy.mismatched).toEqual([
      expect.objectContaining({ id: launched!.documentId, problem: 'number_differs' }),
    ]);
    expect(copy.uncovered).toEqual([expect.objectContaining({ count: 273, category: 'launched' })]);
  });

  it('creates the figure an editor confirms, unverified, with its claimant linked', async () => {
    const { body } = await createFigure(proposal).expect(201);
    expect(body.data.claimantLinked).toBe(true);
    const created = await strapi.db.query(FIGURE).findOne({
      where: { documentId: body.data.documentId },
      populate: { claimant: { select: ['name'] }, article: { select: ['documentId'] } },
    });
    expect(created).toMatchObject({
      count: 273,
      verificationStatus: 'unverified',
      claimant: { name: "Ukraine's Air Force" },
      article: { documentId: articleId },
    });
    expect((await review()).uncovered).toEqual([]);
  });

  it('refuses a bad proposal with the field at fault, and an editor who may not create figures', async () => {
    const before = await snapshotPluginData(strapi);
    const { body } = await createFigure({ ...proposal, count: -3 }).expect(400);
    expect(body.error.details.errors[0].path).toEqual(['count']);
    await createFigure({ ...proposal, subject: '' }).expect(400);
    const reader = await createDeskEditor(strapi, 'reader@fact-desk.test', [], ['read', 'update']);
    const readerToken = await adminToken(strapi, reader.email, reader.password);
    await createFigure(proposal, readerToken).expect(403);
    await api(strapi)
      .post('/fact-desk/articles/no-such-article/figures')
      .set('Authorization', `Bearer ${token}`)
      .send(proposal)
      .expect(404);
    expect(await snapshotPluginData(strapi)).toEqual(before);
  });
});
