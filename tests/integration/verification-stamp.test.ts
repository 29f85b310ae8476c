import type { Core } from '@strapi/strapi';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { api } from '../helpers/http';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';

let strapi: Core.Strapi;
let token: string;
let adminId: number;
let figureId: string;

beforeAll(async () => {
  ({ strapi, token } = await startDemo());
  adminId = (
    await strapi.db.query('admin::user').findOne({ where: { email: demoAdminCredentials().email } })
  ).id;
  figureId = (await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } }))!.documentId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const stored = () =>
  strapi.db.query(FIGURE).findOne({ where: { documentId: figureId }, populate: ['checkedBy'] });

const update = (body: Record<string, unknown>) =>
  api(strapi)
    .put(`/content-manager/collection-types/${FIGURE}/${figureId}`)
    .set('Authorization', `Bearer ${token}`)
    .send(body);

describe('who checked and when', () => {
  it('are stamped from the signed-in admin when the status changes, whatever the request says', async () => {
    const started = Date.now();
    await update({
      verificationStatus: 'verified',
      evidence: [
        { url: 'https://www.facebook.com/kpszsu/posts/1', publisher: "Ukraine's Air Force" },
      ],
      checkedBy: 999,
      checkedAt: '2000-01-01T00:00:00.000Z',
    }).expect(200);

    const figure = await stored();
    expect(figure.verificationStatus).toBe('verified');
    expect(figure.checkedBy.id).toBe(adminId);
    expect(new Date(figure.checkedAt).getTime()).toBeGreaterThanOrEqual(started - 1000);
  });

  it('are left alone by an edit that does not change the status', async () => {
    const before = await stored();
    await update({ subject: 'drones and decoys', checkedAt: '2000-01-01T00:00:00.000Z' }).expect(
      200
    );
    const after = await stored();
    expect(after.checkedAt).toEqual(before.checkedAt);
    expect(after.checkedBy.id).toBe(adminId);
  });
});
