import type { Core } from '@strapi/strapi';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { adminToken, api } from '../helpers/http';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';
import { getService } from '../../server/src/utils/get-service';

const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';
const AUDIT = 'plugin::fact-desk.audit-event';
const ARTICLE = 'plugin::fact-desk.article';

let strapi: Core.Strapi;
let token: string;
let adminId: number;
const ids: Record<string, string> = {};

const figureByStated = async (asStated: string) =>
  (await strapi.documents(FIGURE).findFirst({ filters: { asStated } }))!.documentId;

beforeAll(async () => {
  ({ strapi, token } = await startDemo());
  adminId = (
    await strapi.db.query('admin::user').findOne({ where: { email: demoAdminCredentials().email } })
  ).id;
  ids.killed = await figureByStated('a 28-year-old woman was killed');
  ids.exchange = await figureByStated('1,000 prisoners of war');
  ids.quote = (await strapi
    .documents(QUOTE)
    .findFirst({ filters: { kind: 'partial' } }))!.documentId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const editFigure = (documentId: string, body: Record<string, unknown>) =>
  api(strapi)
    .put(`/content-manager/collection-types/${FIGURE}/${documentId}`)
    .set('Authorization', `Bearer ${token}`)
    .send(body);

const eventsFor = (targetDocumentId: string) =>
  getService(strapi, 'audit-trail').events({ targetDocumentId });

const verifyOverHttp = async () =>
  (
    await api(strapi)
      .get('/fact-desk/audit/verify')
      .set('Authorization', `Bearer ${token}`)
      .expect(200)
  ).body.data;

describe('the audit trail', () => {
  it('records a status change with who, when, from, to and the note', async () => {
    await editFigure(ids.killed, {
      verificationStatus: 'disputed',
      checkerNote: 'Regional police give a different age.',
    }).expect(200);

    const [event] = await eventsFor(ids.killed);
    expect(event).toMatchObject({
      targetType: 'casualty-figure',
      field: 'verificationStatus',
      fromValue: 'unverified',
      toValue: 'disputed',
      note: 'Regional police give a different age.',
      actorId: adminId,
      actorName: 'Demo Editor',
    });
    expect(Date.now() - Date.parse(event.occurredAt)).toBeLessThan(60_000);
  });

  it('records each changed number and the claimant, and nothing for unaudited fields', async () => {
    const putin = (await strapi
      .documents('plugin::fact-desk.official')
      .findFirst({ filters: { name: 'Vladimir Putin' } }))!;
    await editFigure(ids.exchange, {
      count: 1200,
      checkerNote: 'An unaudited field: the checker’s own note.',
      claimant: { connect: [{ documentId: putin.documentId }] },
      correctionNote: 'The exchange covers 1,200 prisoners, not 1,000.',
    }).expect(200);

    const events = await eventsFor(ids.exchange);
    expect(events.map((event: any) => [event.field, event.fromValue, event.toValue])).toEqual([
      ['count', 1000, 1200],
      ['claimant', expect.any(String), putin.documentId],
    ]);
  });

  it('turns a change to a published figure into public corrections, officials by name', async () => {
    const response = await api(strapi)
      .get('/api/fact-desk/corrections')
      .query({
        'filters[targetDocumentId][$eq]': ids.exchange,
        'populate[article][fields][0]': 'slug',
        sort: 'field:desc',
      })
      .expect(200);
    expect(response.body.data).toHaveLength(2);
    const note = 'The exchange covers 1,200 prisoners, not 1,000.';
    expect(response.body.data).toMatchObject([
      { field: 'count', fromValue: '1000', toValue: '1200', publicNote: note },
      { field: 'claimant', toValue: 'Vladimir Putin', publicNote: note },
    ]);
    expect(response.body.data[1].fromValue).toEqual(expect.any(String));
    expect(response.body.data[0].targetType).toBe('casualty-figure');
    expect(response.body.data[0].article.slug).toBeDefined();
    const stored = await strapi.db.query(FIGURE).findOne({ where: { documentId: ids.exchange } });
    expect(stored.correctionNote).toBeNull();
  });

  it('records a quote text change, and no correction for a draft article', async () => {
    const draft = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: { title: 'Draft', slug: 'draft', reviewState: 'not_started' },
    });
    const quote = await strapi.documents(QUOTE).create({
      data: {
        text: 'First words.',
        language: 'en',
        kind: 'direct',
        verificationStatus: 'unverified',
        article: { documentId: draft.documentId, locale: 'en' },
      },
    });
    await strapi
      .documents(QUOTE)
      .update({ documentId: quote.documentId, data: { text: 'Second words.' } });

    const events = await eventsFor(quote.documentId);
    expect(events.map((event: any) => [event.field, event.fromValue, event.toValue])).toEqual([
      ['text', 'First words.', 'Second words.'],
    ]);
    const corrections = await strapi.db
      .query('plugin::fact-desk.correction')
      .count({ where: { targetDocumentId: quote.documentId } });
    expect(corrections).toBe(0);
  });

  it('forms an intact hash chain, verified over the admin route', async () => {
    const verdict = await verifyOverHttp();
    expect(verdict.intact).toBe(true);
    expect(verdict.events).toBe(await strapi.db.query(AUDIT).count());
    expect(verdict.events).toBeGreaterThanOrEqual(4);
  });

  it('cannot be written, changed or removed through the document service or the admin API', async () => {
    const first = await strapi.db.query(AUDIT).findOne({ where: { targetDocumentId: ids.killed } });
    await expect(
      strapi
        .documents(AUDIT)
        .update({ documentId: first.documentId, data: { toValue: 'verified' } as never })
    ).rejects.toMatchObject({ name: 'PolicyError' });
    await expect(
      strapi.documents(AUDIT).delete({ documentId: first.documentId })
    ).rejects.toMatchObject({
      name: 'PolicyError',
    });

    const before = await strapi.db.query(AUDIT).findMany({ orderBy: { id: 'asc' } });
    const attempts = [
      api(strapi)
        .put(`/content-manager/collection-types/${AUDIT}/${first.documentId}`)
        .send({ toValue: 'x' }),
      api(strapi).delete(`/content-manager/collection-types/${AUDIT}/${first.documentId}`),
      api(strapi).post(`/content-manager/collection-types/${AUDIT}`).send({ field: 'count' }),
    ];
    for (const attempt of attempts) {
      const response = await attempt.set('Authorization', `Bearer ${token}`);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(await strapi.db.query(AUDIT).findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('is not served by the content API', async () => {
    await api(strapi).get('/api/fact-desk/audit-events').expect(404);
    const figures = await api(strapi)
      .get('/api/fact-desk/casualty-figures')
      .query({ populate: '*' })
      .expect(200);
    expect(JSON.stringify(figures.body)).not.toContain('previousHash');
  });

  it('reports the first broken link when an event is tampered with below the API', async () => {
    const events = await strapi.db.query(AUDIT).findMany({ orderBy: { sequence: 'asc' } });
    const victim = events[1];
    await strapi.db
      .query(AUDIT)
      .update({ where: { id: victim.id }, data: { toValue: 'verified' } });

    const verdict = await verifyOverHttp();
    expect(verdict).toMatchObject({ intact: false, brokenAt: victim.sequence });
    expect(verdict.reason).toContain('does not match its hash');

    await strapi.db
      .query(AUDIT)
      .update({ where: { id: victim.id }, data: { toValue: victim.toValue } });
    expect((await verifyOverHttp()).intact).toBe(true);

    await strapi.db.query(AUDIT).delete({ where: { id: events[events.length - 1].id } });
    const truncated = await verifyOverHttp();
    expect(truncated).toMatchObject({ intact: false, brokenAt: events.length });
  });

  it('is verified only for admins holding the read-audit permission', async () => {
    const editorRole = await strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'strapi-editor' } });
    await strapi.service('admin::user').create({
      email: 'editor@fact-desk.test',
      password: 'Editor-Pass-1',
      firstname: 'Plain',
      lastname: 'Editor',
      isActive: true,
      registrationToken: null,
      roles: [editorRole.id],
    });
    const editorToken = await adminToken(strapi, 'editor@fact-desk.test', 'Editor-Pass-1');
    await api(strapi)
      .get('/fact-desk/audit/verify')
      .set('Authorization', `Bearer ${editorToken}`)
      .expect(403);
    await api(strapi).get('/fact-desk/audit/verify').expect(401);
  });
});
