import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { startDemo } from '../helpers/demo';
import { api } from '../helpers/http';
import { startSecondInstance, type SecondInstance } from '../helpers/second-instance';
import { stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';

let strapi: Core.Strapi;
let tokenA: string;
let tokenB: string;
let second: SecondInstance;
let figureId: string;

const checkPath = () => `/fact-desk/checks/casualty-figure/${figureId}`;
const onB = () => request(second.url);

beforeAll(async () => {
  ({ strapi, token: tokenA } = await startDemo());
  second = await startSecondInstance();
  const { email, password } = demoAdminCredentials();
  tokenB = (await onB().post('/admin/login').send({ email, password }).expect(200)).body.data.token;
  figureId = (await strapi.documents(FIGURE).findFirst({ filters: { count: 1000 } }))!.documentId;
});

afterAll(async () => {
  await second?.stop();
  await stopStrapi(strapi);
});

describe('two Strapi instances on one database', () => {
  it('read through one the verdict written through the other', async () => {
    const before = (
      await onB().get(checkPath()).set('Authorization', `Bearer ${tokenB}`).expect(200)
    ).body.data;
    await api(strapi)
      .put(checkPath())
      .set('Authorization', `Bearer ${tokenA}`)
      .send({ verificationStatus: 'single_source', revision: before.revision })
      .expect(200);
    const after = (
      await onB().get(checkPath()).set('Authorization', `Bearer ${tokenB}`).expect(200)
    ).body.data;
    expect(after).toMatchObject({
      verificationStatus: 'single_source',
      revision: before.revision + 1,
    });
  });

  it('refuse a stale write on either, whichever wrote last', async () => {
    const { revision } = (
      await onB().get(checkPath()).set('Authorization', `Bearer ${tokenB}`).expect(200)
    ).body.data;
    await onB()
      .put(checkPath())
      .set('Authorization', `Bearer ${tokenB}`)
      .send({ verificationStatus: 'disputed', checkerNote: 'Only one source.', revision })
      .expect(200);
    const stale = await api(strapi)
      .put(checkPath())
      .set('Authorization', `Bearer ${tokenA}`)
      .send({ verificationStatus: 'unverified', revision })
      .expect(409);
    expect(stale.body.error.message).toMatch(/changed since you opened it/);
    const stored = await strapi.db.query(FIGURE).findOne({ where: { documentId: figureId } });
    expect(stored.verificationStatus).toBe('disputed');
  });

  it('revalidate a cached fact sheet against the data the other changed', async () => {
    const sheet = `/api/fact-desk/fact-sheets/${REFERENCE_SLUG}`;
    const first = await onB().get(sheet).expect(200);
    const etag = first.headers.etag as string;
    await onB().get(sheet).set('If-None-Match', etag).expect(304);
    const { revision } = (
      await api(strapi).get(checkPath()).set('Authorization', `Bearer ${tokenA}`).expect(200)
    ).body.data;
    await api(strapi)
      .put(checkPath())
      .set('Authorization', `Bearer ${tokenA}`)
      .send({ verificationStatus: 'unverified', revision })
      .expect(200);
    const fresh = await onB().get(sheet).set('If-None-Match', etag).expect(200);
    expect(fresh.headers.etag).not.toBe(etag);
  });
});
