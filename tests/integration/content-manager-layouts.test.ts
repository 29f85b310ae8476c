import type { Core } from '@strapi/strapi';
import { api } from '../helpers/http';
import { startDemo } from '../helpers/demo';
import { stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let token: string;

beforeAll(async () => {
  ({ strapi, token } = await startDemo());
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const configuration = async (uid: string) => {
  const response = await api(strapi)
    .get(`/content-manager/content-types/${uid}/configuration`)
    .set('Authorization', `Bearer ${token}`)
    .expect(200);
  return response.body.data.contentType;
};

describe('Content Manager layouts', () => {
  it.each([
    ['plugin::fact-desk.article', 'title', ['title', 'reviewState', 'outlet', 'eventDate']],
    [
      'plugin::fact-desk.casualty-figure',
      'asStated',
      ['asStated', 'category', 'count', 'verificationStatus'],
    ],
    ['plugin::fact-desk.official', 'name', ['name', 'kind', 'role', 'country']],
    ['plugin::fact-desk.quote', 'text', ['text', 'speaker', 'kind', 'verificationStatus']],
  ])('%s is named by %s and listed with useful columns', async (uid, mainField, columns) => {
    const config = await configuration(uid);
    expect(config.settings.mainField).toBe(mainField);
    expect(config.layouts.list).toEqual(columns);
  });

  it('names related records by a human label, not an id', async () => {
    const figure = await configuration('plugin::fact-desk.casualty-figure');
    expect(figure.metadatas.claimant.edit.mainField).toBe('name');
    expect(figure.metadatas.partOf.edit.mainField).toBe('asStated');
    expect(figure.metadatas.article.edit.mainField).toBe('title');
    const article = await configuration('plugin::fact-desk.article');
    expect(article.metadatas.quotes.edit.mainField).toBe('text');
  });

  it('labels fields for people, and leaves what the server stamps read-only', async () => {
    const figure = await configuration('plugin::fact-desk.casualty-figure');
    expect(figure.metadatas.asStated.edit.label).toBe('As stated');
    expect(figure.metadatas.asStated.list.label).toBe('As stated');
    expect(figure.metadatas.checkerNote.edit.label).toBe('Checker note (private)');
    expect(figure.metadatas.checkedAt.edit.editable).toBe(false);
    const article = await configuration('plugin::fact-desk.article');
    expect(article.metadatas.figures.edit.editable).toBe(false);
    expect(article.metadatas.quotes.edit.editable).toBe(false);
    const rows = figure.layouts.edit.map((row: { name: string }[]) =>
      row.map((field) => field.name)
    );
    expect(rows).toContainEqual(['correctionNote']);
  });

  it('groups the numbers of a figure on one row', async () => {
    const figure = await configuration('plugin::fact-desk.casualty-figure');
    const rows = figure.layouts.edit.map((row: { name: string }[]) =>
      row.map((field) => field.name)
    );
    expect(rows).toContainEqual(['count', 'low', 'high']);
  });
});
