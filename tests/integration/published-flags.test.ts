import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { api } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';

let strapi: Core.Strapi;
let story: string;
let figureTotal: number;
let quoteTotal: number;

/** The documentIds the content API lists, and the total it reports. */
async function listed(path: '/casualty-figures' | '/quotes') {
  const { body } = await api(strapi)
    .get(`/api/fact-desk${path}?pagination[pageSize]=100`)
    .expect(200);
  return {
    ids: (body.data as { documentId: string }[]).map((record) => record.documentId),
    total: body.meta.pagination.total as number,
  };
}

const flagColumn = (table: string) =>
  strapi.db.connection(table).select('id', 'in_published_article') as Promise<
    { id: number; in_published_article: unknown }[]
  >;

beforeAll(async () => {
  strapi = await startStrapi();
  story = (await setUpDemo(strapi)).story.documentId;
  figureTotal = await strapi.documents(FIGURE).count({});
  quoteTotal = await strapi.documents(QUOTE).count({});
});

afterAll(async () => {
  await stopStrapi(strapi);
});

describe('records are public exactly while their article is published', () => {
  it('lists every record of the published reference story', async () => {
    expect((await listed('/casualty-figures')).total).toBe(figureTotal);
    expect((await listed('/quotes')).total).toBe(quoteTotal);
    expect(figureTotal).toBeGreaterThan(0);
  });

  it('hides them when the article is unpublished and shows them when it is published again', async () => {
    // The Ukrainian edition shares the English one's records: both go.
    await strapi.documents(ARTICLE).unpublish({ documentId: story, locale: 'uk' });
    await strapi.documents(ARTICLE).unpublish({ documentId: story, locale: 'en' });
    expect(await listed('/casualty-figures')).toEqual({ ids: [], total: 0 });
    expect(await listed('/quotes')).toEqual({ ids: [], total: 0 });

    await strapi.documents(ARTICLE).publish({ documentId: story, locale: 'en' });
    expect((await listed('/casualty-figures')).total).toBe(figureTotal);
    expect((await listed('/quotes')).total).toBe(quoteTotal);
  });

  it('follows a figure moved to a draft article and back', async () => {
    // The 1,000 prisoners of war: a figure with no parts and part of none.
    const figure = (await strapi.documents(FIGURE).findFirst({ filters: { count: 1000 } }))!;
    const draft = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: { title: 'Draft story', slug: 'draft-story-flags', reviewState: 'not_started' },
    });
    await strapi.documents(FIGURE).update({
      documentId: figure.documentId,
      data: { article: { documentId: draft.documentId, locale: 'en' } },
    });
    const away = await listed('/casualty-figures');
    expect(away.ids).not.toContain(figure.documentId);
    expect(away.total).toBe(figureTotal - 1);

    await strapi.documents(FIGURE).update({
      documentId: figure.documentId,
      data: { article: { documentId: story, locale: 'en' } },
    });
    expect((await listed('/casualty-figures')).ids).toContain(figure.documentId);
  });

  it("keeps a quote public until it leaves the article from its own side, never the article's", async () => {
    const quote = (await strapi.documents(QUOTE).findFirst({}))!;
    // Unlinking from the article's side would skip the quote's rules and trail: refused.
    await expect(
      strapi.documents(ARTICLE).update({
        documentId: story,
        locale: 'en',
        data: { quotes: { disconnect: [{ documentId: quote.documentId }] } },
      })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect((await listed('/quotes')).ids).toContain(quote.documentId);

    await strapi.documents(QUOTE).update({
      documentId: quote.documentId,
      data: { article: null },
    });
    const after = await listed('/quotes');
    expect(after.ids).not.toContain(quote.documentId);
    expect(after.total).toBe(quoteTotal - 1);
  });

  it('repairs flags changed outside Strapi when the plugin starts', async () => {
    const table = strapi.db.metadata.get(FIGURE).tableName;
    await strapi.db.connection(table).update({ in_published_article: false });
    const hidden = await api(strapi)
      .get('/api/fact-desk/casualty-figures?pagination[withCount]=false')
      .expect(200);
    expect(hidden.body.data).toEqual([]);

    await strapi.plugin('fact-desk').service('published-flags').syncAll();
    expect((await listed('/casualty-figures')).total).toBe(figureTotal);
    const flags = await flagColumn(table);
    expect(flags.filter((row) => Boolean(row.in_published_article))).toHaveLength(figureTotal);
  });

  it('hides every record of a deleted article', async () => {
    await strapi.documents(ARTICLE).delete({ documentId: story, locale: '*' });
    expect(await listed('/casualty-figures')).toEqual({ ids: [], total: 0 });
    expect(await listed('/quotes')).toEqual({ ids: [], total: 0 });
  });
});
