import jwt from 'jsonwebtoken';
import type { Core } from '@strapi/strapi';
import { createAuthor, createDeskEditor } from '../helpers/desk-editor';
import { startDemo } from '../helpers/demo';
import { adminToken, api } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const DRAFT_TITLE = 'Draft headline no reader has seen';

let strapi: Core.Strapi;
let superToken: string;
let articleId: string;

const previewUrlFor = (token: string, uid: string, query: Record<string, string>) =>
  api(strapi)
    .get(`/content-manager/preview/url/${uid}`)
    .query(query)
    .set('Authorization', `Bearer ${token}`);

const previewSheet = (token: string) =>
  api(strapi).get('/api/fact-desk/previews/fact-sheet').query({ token });

/** The token in the reader site's preview link the admin hands to an editor. */
async function previewToken(adminJwt: string, locale = 'en'): Promise<string> {
  const { body } = await previewUrlFor(adminJwt, ARTICLE, {
    documentId: articleId,
    locale,
    status: 'draft',
  }).expect(200);
  const url = new URL(body.data.url);
  expect(`${url.origin}${url.pathname}`).toBe(`http://127.0.0.1:4321/${locale}/preview`);
  return url.searchParams.get('token')!;
}

beforeAll(async () => {
  ({ strapi, token: superToken, articleId } = await startDemo());
  // An edit saved in the draft only: the published edition keeps its title.
  await strapi.documents(ARTICLE).update({
    documentId: articleId,
    locale: 'en',
    data: { title: DRAFT_TITLE },
  });
});

afterAll(async () => {
  await stopStrapi(strapi);
});

describe("the editor's preview", () => {
  it('shows the draft with its figures and verdicts, and readers still get the published edition', async () => {
    const response = await previewSheet(await previewToken(superToken)).expect(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['x-robots-tag']).toBe('noindex');
    const sheet = response.body.data;
    expect(sheet.title).toBe(DRAFT_TITLE);
    expect(sheet.locale).toBe('en');
    const launched = sheet.figures.find((figure: { count: number }) => figure.count === 273);
    expect(launched.verificationStatus).toEqual(expect.any(String));
    expect(launched.parts.map((part: { count: number }) => part.count).sort()).toEqual([128, 88]);
    // Public fields only, as readers would see them.
    expect(JSON.stringify(sheet)).not.toMatch(/checkerNote|inPublishedArticle|revision/);

    const published = await api(strapi).get(`/api/fact-desk/fact-sheets/${REFERENCE_SLUG}`);
    expect(published.status).toBe(200);
    expect(published.body.data.title).not.toBe(DRAFT_TITLE);
    const listed = await api(strapi)
      .get('/api/fact-desk/articles')
      .query({ status: 'draft', filters: { title: { $eq: DRAFT_TITLE } } });
    expect(JSON.stringify(listed.body)).not.toContain(DRAFT_TITLE);
  });

  it('gives the edition of the locale the admin previews', async () => {
    const { body } = await previewSheet(await previewToken(superToken, 'uk')).expect(200);
    expect(body.data.locale).toBe('uk');
    expect(body.data.title).not.toBe(DRAFT_TITLE);
  });

  it('is refused with a 401 for a token altered, signed with another key or of another kind', async () => {
    const token = await previewToken(superToken);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const otherArticle = Buffer.from(JSON.stringify({ ...claims, documentId: 'x' })).toString(
      'base64url'
    );
    const forged = [
      `${header}.${otherArticle}.${signature}`,
      jwt.sign({ documentId: articleId, locale: 'en' }, 'not-the-key', {
        audience: 'fact-desk-preview',
      }),
      jwt.sign({ documentId: articleId, locale: 'en' }, 'not-the-key', { algorithm: 'none' }),
      // The admin's own session token is no preview token.
      superToken,
      'not-a-token',
    ];
    for (const candidate of forged) {
      const { body } = await previewSheet(candidate).expect(401);
      expect(body.error.message).toMatch(/open the preview again/);
      expect(JSON.stringify(body)).not.toContain(DRAFT_TITLE);
    }
  });

  it('shows nothing to an author of the article who may read only the figures and quotes they created', async () => {
    const author = await createAuthor(strapi, 'own-records@fact-desk.test');
    const authorToken = await adminToken(strapi, author.email, author.password);
    const own = await api(strapi)
      .post(`/content-manager/collection-types/${ARTICLE}`)
      .query({ locale: 'en' })
      .set('Authorization', `Bearer ${authorToken}`)
      .send({ title: 'An author’s own story' })
      .expect(201);
    const ownArticle = own.body.data.documentId;
    // Someone else's figure in it, which the author may not read in the Content Manager.
    await strapi.documents(FIGURE).create({
      data: {
        asStated: 'seventy-seven people were injured',
        category: 'injured',
        subject: 'people',
        count: 77,
        qualifier: 'exact',
        verificationStatus: 'unverified',
        article: { documentId: ownArticle, locale: 'en' },
      } as never,
    });
    const refused = await previewUrlFor(authorToken, ARTICLE, {
      documentId: ownArticle,
      locale: 'en',
      status: 'draft',
    });
    expect(refused.status).toBe(204);
  });

  it('ends at once for an admin deactivated or no longer allowed to read the draft', async () => {
    const reader = await createDeskEditor(strapi, 'short-lived@fact-desk.test', [], ['read']);
    const readerToken = await adminToken(strapi, reader.email, reader.password);
    const token = await previewToken(readerToken);
    await previewSheet(token).expect(200);
    const user = await strapi.db
      .query('admin::user')
      .findOne({ where: { email: reader.email }, populate: ['roles'] });
    await strapi.db
      .query('admin::user')
      .update({ where: { id: user.id }, data: { isActive: false } });
    const { body } = await previewSheet(token).expect(401);
    expect(JSON.stringify(body)).not.toContain(DRAFT_TITLE);

    const other = await createDeskEditor(strapi, 'loses-read@fact-desk.test', [], ['read']);
    const otherToken = await previewToken(await adminToken(strapi, other.email, other.password));
    await previewSheet(otherToken).expect(200);
    const withRole = await strapi.db
      .query('admin::user')
      .findOne({ where: { email: other.email }, populate: ['roles'] });
    await strapi.db
      .query('admin::permission')
      .deleteMany({ where: { role: withRole.roles[0].id, subject: ARTICLE } });
    await previewSheet(otherToken).expect(401);
  });

  it('needs a token: without one, a 400 at the parameter', async () => {
    const { body } = await api(strapi).get('/api/fact-desk/previews/fact-sheet').expect(400);
    expect(body.error.details.errors).toEqual([expect.objectContaining({ path: ['token'] })]);
  });

  it('is offered only to an admin who may read the draft, and only for articles', async () => {
    const noReading = await createDeskEditor(strapi, 'no-reading@fact-desk.test', [], []);
    const noReadingToken = await adminToken(strapi, noReading.email, noReading.password);
    const refused = await previewUrlFor(noReadingToken, ARTICLE, {
      documentId: articleId,
      locale: 'en',
      status: 'draft',
    });
    expect(refused.status).toBe(204);

    // May read the article's title and slug only: the preview would show the rest.
    const someFields = await createDeskEditor(
      strapi,
      'some-fields@fact-desk.test',
      [],
      ['read'],
      undefined,
      {
        article: ['title', 'slug'],
      }
    );
    const someFieldsToken = await adminToken(strapi, someFields.email, someFields.password);
    const limited = await previewUrlFor(someFieldsToken, ARTICLE, {
      documentId: articleId,
      locale: 'en',
      status: 'draft',
    });
    expect(limited.status).toBe(204);

    const figure = await strapi.documents(FIGURE).findFirst({ filters: { count: 273 } });
    const ofFigure = await previewUrlFor(superToken, FIGURE, {
      documentId: figure!.documentId,
      status: 'draft',
    });
    expect(ofFigure.status).toBe(204);

    await previewUrlFor('', ARTICLE, { documentId: articleId, status: 'draft' }).expect(401);
  });
});
