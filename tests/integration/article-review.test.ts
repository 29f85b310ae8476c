import type { Core } from '@strapi/strapi';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { referenceFigures, referenceQuotes } from '../../playground/src/demo/reference-story';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { adminToken, api } from '../helpers/http';
import { addRivalLaunchClaim } from '../helpers/rival-claim';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';

let strapi: Core.Strapi;
let token: string;
let articleId: string;

beforeAll(async () => {
  strapi = await startStrapi();
  articleId = (await setUpDemo(strapi)).story.documentId;
  const { email, password } = demoAdminCredentials();
  token = await adminToken(strapi, email, password);

  const launched = await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } });
  await strapi
    .documents(FIGURE)
    .update({ documentId: launched!.documentId, data: { checkerNote: 'desk-only-note' } });
  await addRivalLaunchClaim(strapi, articleId);
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const review = () =>
  api(strapi)
    .get(`/fact-desk/articles/${articleId}/review`)
    .set('Authorization', `Bearer ${token}`);

describe('the review of an article', () => {
  it('lists its figures and quotes with the arithmetic of their parts', async () => {
    const { body } = await review().expect(200);
    expect(body.data.figures).toHaveLength(referenceFigures.length + 1);
    expect(body.data.quotes).toHaveLength(referenceQuotes.length);
    const launched = body.data.figures.find((figure: any) => figure.count === 273);
    expect(launched.arithmetic).toEqual({
      parts: expect.arrayContaining([88, 128]),
      accountedFor: 216,
      unaccounted: 57,
    });
    const wounded = body.data.figures.find((figure: any) => figure.count === 3);
    expect(wounded.arithmetic).toEqual({ parts: [1], accountedFor: 1, unaccounted: 2 });
  });

  it('shows the rule warnings: claimants who disagree', async () => {
    const { body } = await review().expect(200);
    const launched = body.data.figures.find((figure: any) => figure.count === 273);
    expect(launched.findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'figure.contested', path: ['count'] }),
    ]);
    expect(launched.findings[0].message).toContain('no more than 100 drones');
  });

  it('says whether it may be published and what stops it', async () => {
    const { body } = await review().expect(200);
    expect(body.data.publication.blockers).toHaveLength(
      referenceFigures.length + 1 + referenceQuotes.length
    );
    // The demo admin is a super admin, who may publish with unchecked items.
    expect(body.data.publication.allowed).toBe(true);
    expect(JSON.stringify(body)).not.toContain('desk-only-note');
  });

  it('is for signed-in admins only', async () => {
    await api(strapi).get(`/fact-desk/articles/${articleId}/review`).expect(401);
  });
});
