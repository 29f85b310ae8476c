import type { Core } from '@strapi/strapi';
import { referenceFigures, referenceQuotes } from '../../playground/src/demo/reference-story';
import { api } from '../helpers/http';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';

let strapi: Core.Strapi;
let token: string;

beforeAll(async () => {
  ({ strapi, token } = await startDemo());
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const queue = (query: Record<string, string | number> = {}) =>
  api(strapi).get('/fact-desk/queue').query(query).set('Authorization', `Bearer ${token}`);

describe('the fact-check queue', () => {
  it('holds every figure and quote that needs a check, with counts per status', async () => {
    const { body } = await queue({ pageSize: 100 }).expect(200);
    const all = referenceFigures.length + referenceQuotes.length;
    expect(body.meta.pagination.total).toBe(all);
    expect(body.data).toHaveLength(all);
    expect(body.meta.counts.unverified).toBe(all);
    expect(body.data[0]).toEqual(
      expect.objectContaining({ type: expect.any(String), label: expect.any(String), revision: 0 })
    );
  });

  it('pages through figures and quotes in one date order, undated ones last when newest come first', async () => {
    // Some records without a date, some with other dates, spread over both types.
    const figures = await strapi.documents(FIGURE).findMany({ sort: 'id:asc' });
    // Clearing a date: the document service's types have no null for dates, the query engine does.
    await strapi.db
      .query(FIGURE)
      .update({ where: { documentId: figures[1].documentId }, data: { statedAt: null } });
    await strapi
      .documents(FIGURE)
      .update({ documentId: figures[2].documentId, data: { statedAt: '2025-06-01' } });
    const quotes = await strapi.documents('plugin::fact-desk.quote').findMany({ sort: 'id:asc' });
    await strapi.db
      .query('plugin::fact-desk.quote')
      .update({ where: { documentId: quotes[0].documentId }, data: { saidAt: null } });

    for (const sort of ['date:desc', 'date:asc']) {
      const whole = (await queue({ sort, pageSize: 100 }).expect(200)).body.data;
      const paged = [];
      for (let page = 1; page <= Math.ceil(whole.length / 4); page += 1) {
        paged.push(...(await queue({ sort, page, pageSize: 4 }).expect(200)).body.data);
      }
      expect(paged.map((item: any) => item.documentId)).toEqual(
        whole.map((item: any) => item.documentId)
      );
      const dates = whole.map((item: any) => item.date);
      const dated = dates.filter((date: string | null) => date !== null);
      expect(dated).toEqual(
        [...dated].sort((a, b) => (sort === 'date:asc' ? a.localeCompare(b) : b.localeCompare(a)))
      );
      const undatedAt = dates
        .map((date: string | null, at: number) => (date === null ? at : -1))
        .filter((at: number) => at >= 0);
      const undated = dates.length - dated.length;
      expect(undated).toBeGreaterThanOrEqual(2);
      expect(undatedAt).toEqual(
        Array.from({ length: undated }, (_, at) =>
          sort === 'date:desc' ? dates.length - undated + at : at
        )
      );
    }
  });

  it('shrinks when a figure is verified', async () => {
    const figure = await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } });
    await strapi.documents(FIGURE).update({
      documentId: figure!.documentId,
      data: { verificationStatus: 'verified', evidence: [{ url: 'https://example.org/a' }] },
    });
    const { body } = await queue().expect(200);
    expect(body.meta.pagination.total).toBe(referenceFigures.length + referenceQuotes.length - 1);
    expect(body.meta.counts.verified).toBe(1);
    expect(body.data.map((item: any) => item.documentId)).not.toContain(figure!.documentId);
  });

  it('filters by status, claimant and region, and pages', async () => {
    const verified = await queue({ status: 'verified' }).expect(200);
    expect(verified.body.data.map((item: any) => item.label)).toEqual(['273 drones and decoys']);

    const kalashnyk = await strapi
      .documents('plugin::fact-desk.official')
      .findFirst({ filters: { name: 'Mykola Kalashnyk' } });
    const byClaimant = await queue({ claimant: kalashnyk!.documentId, pageSize: 100 }).expect(200);
    expect(
      byClaimant.body.data.every((item: any) => item.claimant.name === 'Mykola Kalashnyk')
    ).toBe(true);
    expect(byClaimant.body.data).toHaveLength(4);

    const kyiv = await queue({ region: 'kyiv oblast' }).expect(200);
    expect(kyiv.body.data.map((item: any) => item.label).sort()).toEqual([
      'a 28-year-old woman was killed',
      'a four-year-old child',
      'three others—including a four-year-old child—were wounded',
    ]);

    const page = await queue({ pageSize: 5, page: 2 }).expect(200);
    expect(page.body.data).toHaveLength(5);
    expect(page.body.meta.pagination).toMatchObject({ page: 2, pageSize: 5 });
  });

  it('refuses unknown parameters and oversized pages', async () => {
    await queue({ pageSize: 1000 }).expect(400);
    await queue({ status: 'maybe' }).expect(400);
    await queue({ 'filters[checkerNote][$null]': 'false' }).expect(400);
    await api(strapi).get('/fact-desk/queue').expect(401);
  });
});
