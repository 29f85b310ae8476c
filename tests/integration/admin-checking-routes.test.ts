import type { Core } from '@strapi/strapi';
import { createDeskEditor } from '../helpers/desk-editor';
import { startDemo } from '../helpers/demo';
import { adminToken, api } from '../helpers/http';
import { addRivalLaunchClaim } from '../helpers/rival-claim';
import { snapshotPluginData } from '../helpers/snapshot';
import { stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';
const CHANGE_VERDICTS = 'plugin::fact-desk.verification.change';

let strapi: Core.Strapi;
let superToken: string;
let checkerToken: string;
let readerToken: string;
let verdictsOnlyToken: string;
const ids: Record<string, string> = {};

const figureId = async (count: number) =>
  (await strapi.documents(FIGURE).findFirst({ filters: { count } }))!.documentId;

const as = (token: string) => ({
  get: (path: string) => api(strapi).get(path).set('Authorization', `Bearer ${token}`),
  put: (path: string, body: object) =>
    api(strapi).put(path).set('Authorization', `Bearer ${token}`).send(body),
});

beforeAll(async () => {
  let articleId: string;
  ({ strapi, token: superToken, articleId } = await startDemo());
  await addRivalLaunchClaim(strapi, articleId);
  const checker = await createDeskEditor(strapi, 'checker@fact-desk.test', [CHANGE_VERDICTS]);
  const reader = await createDeskEditor(strapi, 'reader@fact-desk.test', []);
  // May change verification status, but may not update the records in the Content Manager.
  const verdictsOnly = await createDeskEditor(
    strapi,
    'verdicts-only@fact-desk.test',
    [CHANGE_VERDICTS],
    ['read']
  );
  verdictsOnlyToken = await adminToken(strapi, verdictsOnly.email, verdictsOnly.password);
  checkerToken = await adminToken(strapi, checker.email, checker.password);
  readerToken = await adminToken(strapi, reader.email, reader.password);
  ids.launched = await figureId(273);
  ids.shotDown = await figureId(88);
  ids.prisoners = await figureId(1000);
  ids.article = articleId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

describe('the custom fields', () => {
  it('are registered for any content type to use, and used by figures and quotes', () => {
    const registry = strapi.get('custom-fields');
    expect(registry.get('plugin::fact-desk.verification-status')).toMatchObject({ type: 'string' });
    expect(registry.get('plugin::fact-desk.evidence')).toMatchObject({ type: 'json' });
    for (const uid of [FIGURE, 'plugin::fact-desk.quote'] as const) {
      const { attributes } = strapi.contentType(uid);
      expect(attributes.verificationStatus).toMatchObject({
        customField: 'plugin::fact-desk.verification-status',
      });
      expect(attributes.evidence).toMatchObject({ customField: 'plugin::fact-desk.evidence' });
    }
  });
});

describe('the side panel of a figure', () => {
  it('gives its article, its parts with their arithmetic, and other claimants', async () => {
    const { body } = await as(readerToken)
      .get(`/fact-desk/figures/${ids.launched}/review`)
      .expect(200);
    expect(body.data.article).toEqual({ documentId: ids.article, title: expect.any(String) });
    expect(body.data.whole).toBeNull();
    expect(body.data.parts.map((part: { count: number }) => part.count).sort()).toEqual([128, 88]);
    expect(body.data.figure.arithmetic).toEqual({
      parts: expect.arrayContaining([88, 128]),
      accountedFor: 216,
      unaccounted: 57,
    });
    expect(body.data.otherClaims).toEqual([
      expect.objectContaining({ count: 100, claimantName: 'Vladimir Putin' }),
    ]);
    expect(body.data.figure.findings).toEqual([
      expect.objectContaining({ code: 'figure.contested', severity: 'warning' }),
    ]);
  });

  it('gives a part the figure it is part of', async () => {
    const { body } = await as(readerToken)
      .get(`/fact-desk/figures/${ids.shotDown}/review`)
      .expect(200);
    expect(body.data.whole).toMatchObject({ id: ids.launched, count: 273 });
    expect(body.data.parts).toEqual([]);
  });

  it('answers 404 for an unknown figure and 401 without a session', async () => {
    await as(readerToken).get('/fact-desk/figures/no-such-figure/review').expect(404);
    await api(strapi).get(`/fact-desk/figures/${ids.launched}/review`).expect(401);
  });
});

describe('verdicts from the queue', () => {
  const path = () => `/fact-desk/checks/casualty-figure/${ids.prisoners}`;
  const current = async () => (await as(readerToken).get(path()).expect(200)).body.data;

  it('show the stored status, and who set it and when', async () => {
    expect(await current()).toEqual({
      documentId: ids.prisoners,
      verificationStatus: 'unverified',
      checkedAt: null,
      checkedBy: null,
      revision: expect.any(Number),
    });
  });

  it('are refused to an editor without the permission, and nothing changes', async () => {
    const before = await snapshotPluginData(strapi);
    const { revision } = await current();
    await as(readerToken)
      .put(path(), { verificationStatus: 'single_source', revision })
      .expect(403);
    expect(await snapshotPluginData(strapi)).toEqual(before);
  });

  it('are refused to a checker the Content Manager does not let update the record', async () => {
    const before = await snapshotPluginData(strapi);
    const { revision } = await current();
    await as(verdictsOnlyToken)
      .put(path(), { verificationStatus: 'incorrect', checkerNote: 'not mine to judge', revision })
      .expect(403);
    expect(await snapshotPluginData(strapi)).toEqual(before);
  });

  it('go through the rules: a dispute without a note is a 400 on checkerNote', async () => {
    const before = await snapshotPluginData(strapi);
    const { revision } = await current();
    const { body } = await as(checkerToken)
      .put(path(), { verificationStatus: 'disputed', revision })
      .expect(400);
    expect(body.error.details.errors).toEqual([expect.objectContaining({ path: ['checkerNote'] })]);
    expect(await snapshotPluginData(strapi)).toEqual(before);
  });

  it('refuse a body they do not understand, naming the field', async () => {
    const { revision } = await current();
    const { body } = await as(checkerToken)
      .put(path(), { verificationStatus: 'maybe', revision })
      .expect(400);
    expect(body.error.details.errors[0].path).toEqual(['verificationStatus']);
    await as(checkerToken)
      .put(path(), { verificationStatus: 'disputed', revision, checkedBy: 1 })
      .expect(400);
  });

  it('are stored with the note, the checker and the time, and a stale revision is a 409', async () => {
    const { revision } = await current();
    const { body } = await as(checkerToken)
      .put(path(), { verificationStatus: 'disputed', checkerNote: 'No second source.', revision })
      .expect(200);
    expect(body.data).toMatchObject({
      verificationStatus: 'disputed',
      checkedBy: expect.stringContaining('Desk'),
      checkedAt: expect.any(String),
      revision: revision + 1,
    });
    const stored = await strapi.db.query(FIGURE).findOne({ where: { documentId: ids.prisoners } });
    expect(stored.checkerNote).toBe('No second source.');

    await as(checkerToken)
      .put(path(), { verificationStatus: 'single_source', revision })
      .expect(409);
    expect((await current()).verificationStatus).toBe('disputed');
  });

  it('answer 404 for an unknown record and 400 for an unknown type', async () => {
    await as(superToken)
      .put('/fact-desk/checks/casualty-figure/no-such-figure', {
        verificationStatus: 'verified',
        revision: 0,
      })
      .expect(404);
    await as(superToken).get(`/fact-desk/checks/article/${ids.article}`).expect(400);
  });
});
