import type { Core } from '@strapi/strapi';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { adminToken, api } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const CM = '/content-manager/collection-types';

let strapi: Core.Strapi;
let superToken: string;
let editorToken: string;
let editorRoleId: number;
const ids: Record<string, string> = {};

const source = [{ url: 'https://example.org/report', publisher: 'Example' }];

async function createAdmin(email: string, roleId: number) {
  await strapi.service('admin::user').create({
    email,
    password: 'Checker-Pass-1',
    firstname: 'Desk',
    lastname: email.split('@')[0],
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  return adminToken(strapi, email, 'Checker-Pass-1');
}

const grant = (action: string, subject: string | null = null, properties: object = {}) =>
  strapi.admin.services.permission.createMany([
    { action, subject, properties, conditions: [], role: editorRoleId },
  ]);

/** An editor who may read, edit and publish the plugin's figures and articles in the Content Manager. */
async function grantContentManagerAccess() {
  for (const uid of [FIGURE, ARTICLE]) {
    const fields = Object.keys(strapi.contentType(uid as typeof FIGURE).attributes);
    const properties = uid === ARTICLE ? { fields, locales: ['en', 'uk'] } : { fields };
    for (const action of ['read', 'update', 'publish']) {
      if (action === 'publish' && uid !== ARTICLE) continue;
      await grant(
        `plugin::content-manager.explorer.${action}`,
        uid,
        action === 'publish' ? { locales: ['en', 'uk'] } : properties
      );
    }
  }
}

const editFigure = (token: string, documentId: string, body: Record<string, unknown>) =>
  api(strapi)
    .put(`${CM}/${FIGURE}/${documentId}`)
    .set('Authorization', `Bearer ${token}`)
    .send(body);

const publish = (token: string, documentId: string) =>
  api(strapi)
    .post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=en`)
    .set('Authorization', `Bearer ${token}`)
    .send({});

beforeAll(async () => {
  strapi = await startStrapi();
  await setUpDemo(strapi);
  const { email, password } = demoAdminCredentials();
  superToken = await adminToken(strapi, email, password);
  editorRoleId = (
    await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })
  ).id;
  await grantContentManagerAccess();
  editorToken = await createAdmin('editor@fact-desk.test', editorRoleId);
  ids.figure = (await strapi.documents(FIGURE).findFirst({ filters: { count: 1000 } }))!.documentId;

  const draft = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: { title: 'Floods in the valley', slug: 'floods', reviewState: 'in_progress' },
  });
  ids.draft = draft.documentId;
  const figure = await strapi.documents(FIGURE).create({
    data: {
      asStated: 'twelve people died',
      category: 'killed',
      subject: 'people',
      count: 12,
      qualifier: 'exact',
      verificationStatus: 'unverified',
      article: { documentId: draft.documentId, locale: 'en' },
    },
  });
  ids.draftFigure = figure.documentId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

describe('changing a verdict', () => {
  it('needs the "Change verification status" permission', async () => {
    const refused = await editFigure(editorToken, ids.figure, {
      verificationStatus: 'single_source',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('Change verification status');
    const stored = await strapi.db.query(FIGURE).findOne({ where: { documentId: ids.figure } });
    expect(stored.verificationStatus).toBe('unverified');

    await grant('plugin::fact-desk.verification.change');
    await editFigure(editorToken, ids.figure, { verificationStatus: 'single_source' }).expect(200);
  });

  it('by the admin who set the numbers is refused under the four-eyes rule', async () => {
    const figure = await strapi.documents(FIGURE).create({
      data: {
        asStated: 'four bridges were damaged',
        category: 'other',
        subject: 'bridges',
        count: 4,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: ids.draft, locale: 'en' },
      },
    });
    await editFigure(editorToken, figure.documentId, { count: 5 }).expect(200);
    const refused = await editFigure(editorToken, figure.documentId, {
      verificationStatus: 'verified',
      evidence: source,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['verificationStatus']);
    expect(refused.body.error.message).toContain('another checker');

    await editFigure(superToken, figure.documentId, {
      verificationStatus: 'verified',
      evidence: source,
    }).expect(200);
  });

  it('of a published figure, a new number needs the right to publish unchecked items', async () => {
    const refused = await editFigure(editorToken, ids.figure, { count: 1200 });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('Publish with unchecked items');
    await editFigure(superToken, ids.figure, { count: 1200 }).expect(200);
  });
});

describe('the publish gate', () => {
  it('refuses to publish an article with unchecked items, listing them', async () => {
    const refused = await publish(editorToken, ids.draft);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('"twelve people died" (unverified)');
    expect(refused.body.error.details.errors[0].path).toEqual(['figures']);
    const published = await strapi
      .documents(ARTICLE)
      .findOne({ documentId: ids.draft, status: 'published' });
    expect(published).toBeNull();
  });

  it('lets a publisher with the bypass permission through', async () => {
    await grant('plugin::fact-desk.publish.bypass-gate');
    await publish(editorToken, ids.draft).expect(200);
  });

  it('always refuses an article stating something incorrect', async () => {
    await strapi.documents(FIGURE).update({
      documentId: ids.draftFigure,
      data: { verificationStatus: 'incorrect', checkerNote: 'The council counted eight.' },
    });
    const refused = await publish(superToken, ids.draft);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('found incorrect');
  });
});
