import type { Core } from '@strapi/strapi';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import {
  referenceArticleUk,
  referenceFigures,
  referenceQuotes,
} from '../../playground/src/demo/reference-story';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { adminToken, api } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const ARTICLE = 'plugin::fact-desk.article';

let strapi: Core.Strapi;
let documentId: string;
let token: string;

beforeAll(async () => {
  strapi = await startStrapi();
  ({ documentId } = (await setUpDemo(strapi)).story);
  const { email, password } = demoAdminCredentials();
  token = await adminToken(strapi, email, password);
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const sharedPopulate = {
  'populate[figures][fields][0]': 'count',
  'populate[quotes][fields][0]': 'text',
};

const figuresOfEnglishEdition = async () => {
  const english = await strapi
    .documents(ARTICLE)
    .findOne({ documentId, locale: 'en', populate: ['figures'] });
  return (english!.figures as unknown[]).length;
};

describe('the Ukrainian edition', () => {
  it('is listed in Ukrainian with the figures and quotes of the story', async () => {
    const response = await api(strapi)
      .get('/api/fact-desk/articles')
      .query({ locale: 'uk', ...sharedPopulate })
      .expect(200);
    const [article] = response.body.data;
    expect(article.title).toBe(referenceArticleUk.title);
    expect(article.locale).toBe('uk');
    expect(
      article.figures
        .map((figure: { count: number }) => figure.count)
        .sort((a: number, b: number) => a - b)
    ).toEqual(referenceFigures.map((figure) => figure.count).sort((a, b) => a - b));
    expect(article.quotes).toHaveLength(referenceQuotes.length);
  });

  it('is served alone with the same figures', async () => {
    const response = await api(strapi)
      .get(`/api/fact-desk/articles/${documentId}`)
      .query({ locale: 'uk', populate: '*' })
      .expect(200);
    expect(response.body.data.figures).toHaveLength(referenceFigures.length);
    expect(JSON.stringify(response.body)).not.toContain('checkerNote');
  });

  it('does not take figures away from the English edition', async () => {
    const [figure] = await strapi
      .documents('plugin::fact-desk.casualty-figure')
      .findMany({ limit: 1 });
    await expect(
      strapi.documents(ARTICLE).update({
        documentId,
        locale: 'uk',
        data: { figures: { connect: [figure.documentId] } } as never,
      })
    ).rejects.toMatchObject({ name: 'ValidationError' });

    const response = await api(strapi)
      .put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=uk`)
      .set('Authorization', `Bearer ${token}`)
      .send({ quotes: { connect: [{ documentId: 'any', locale: null }] } })
      .expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['quotes']);
    expect(response.body.error.message).toContain('"en" edition');
    expect(await figuresOfEnglishEdition()).toBe(referenceFigures.length);
  });
});
