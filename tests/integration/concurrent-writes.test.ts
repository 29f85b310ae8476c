import type { Core } from '@strapi/strapi';
import { api } from '../helpers/http';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';
import { getService } from '../../server/src/utils/get-service';

const FIGURE = 'plugin::fact-desk.casualty-figure';
const WRITERS = 20;

let strapi: Core.Strapi;
let token: string;
let figureId: string;

beforeAll(async () => {
  ({ strapi, token } = await startDemo());
  figureId = (await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } }))!.documentId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const eventsOfFigure = () =>
  getService(strapi, 'audit-trail').events({ targetDocumentId: figureId });

describe(`${WRITERS} editors saving the same figure from the same revision`, () => {
  it('lets exactly one through, refuses the others with 409, and audits only the one', async () => {
    const { revision } = await strapi.db.query(FIGURE).findOne({ where: { documentId: figureId } });

    const responses = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) =>
        api(strapi)
          .put(`/content-manager/collection-types/${FIGURE}/${figureId}`)
          .set('Authorization', `Bearer ${token}`)
          .send({ count: 274 + writer, revision })
      )
    );

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(WRITERS - 1);

    const refused = responses.find((response) => response.status === 409)!;
    expect(refused.body.error.name).toBe('ConflictError');
    expect(refused.body.error.message).toContain('changed since you opened it');

    const winner = responses.find((response) => response.status === 200)!;
    const stored = await strapi.db.query(FIGURE).findOne({ where: { documentId: figureId } });
    expect(stored.count).toBe(winner.body.data.count);
    expect(stored.revision).toBe(revision + 1);

    const events = await eventsOfFigure();
    expect(events.map(({ field, fromValue, toValue }) => ({ field, fromValue, toValue }))).toEqual([
      { field: 'count', fromValue: 273, toValue: stored.count },
    ]);
    expect(await getService(strapi, 'audit-trail').verify()).toMatchObject({
      intact: true,
    });
  });

  it('refuses a write from an older revision after the fact', async () => {
    const response = await api(strapi)
      .put(`/content-manager/collection-types/${FIGURE}/${figureId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ count: 300, revision: 0 })
      .expect(409);
    expect(response.body.error.details.errors[0].path).toEqual(['revision']);
  });
});
