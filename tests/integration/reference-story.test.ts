import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import {
  referenceFigures,
  referenceOfficials,
  referenceQuotes,
  REFERENCE_SLUG,
} from '../../playground/src/demo/reference-story';
import { api } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const OFFICIAL = 'plugin::fact-desk.official';
const QUOTE = 'plugin::fact-desk.quote';

let strapi: Core.Strapi;

const countAll = async () => ({
  articles: await strapi.db.query(ARTICLE).count(),
  figures: await strapi.db.query(FIGURE).count(),
  officials: await strapi.db.query(OFFICIAL).count(),
  quotes: await strapi.db.query(QUOTE).count(),
});

beforeAll(async () => {
  strapi = await startStrapi();
});

afterAll(async () => {
  await stopStrapi(strapi);
});

describe('the reference story', () => {
  it('is stored with every figure, official and quote, and published in English and Ukrainian', async () => {
    const { story } = await setUpDemo(strapi);
    expect(story.created).toBe(true);

    const counts = await countAll();
    expect(counts.figures).toBe(referenceFigures.length);
    expect(counts.officials).toBe(referenceOfficials.length);
    expect(counts.quotes).toBe(referenceQuotes.length);
    // One document in two locales, each with a draft and a published row.
    expect(counts.articles).toBe(4);

    const published = await strapi
      .documents(ARTICLE)
      .findMany({ status: 'published', locale: '*' });
    expect(published.map((article) => article.locale).sort()).toEqual(['en', 'uk']);
  });

  it('adds nothing when seeded again', async () => {
    const before = await countAll();
    const { story } = await setUpDemo(strapi);
    expect(story.created).toBe(false);
    expect(await countAll()).toEqual(before);
  });

  it('reads back with its claimants, parts and speakers', async () => {
    const article = await strapi.documents(ARTICLE).findFirst({
      filters: { slug: REFERENCE_SLUG },
      status: 'published',
      populate: {
        figures: { populate: ['claimant', 'partOf'] },
        quotes: { populate: ['speaker'] },
      },
    });
    expect(article).not.toBeNull();
    const figures = article!.figures as Array<Record<string, any>>;
    const byStated = (asStated: string) => figures.find((figure) => figure.asStated === asStated)!;

    const launched = byStated('273 drones and decoys');
    expect(launched).toMatchObject({ category: 'launched', count: 273, qualifier: 'exact' });
    expect(launched.claimant.name).toBe("Ukraine's Air Force");

    const shotDown = byStated('88 drones were shot down');
    const jammed = byStated('128 were neutralized through electronic jamming');
    expect(shotDown.partOf.documentId).toBe(launched.documentId);
    expect(jammed.partOf.documentId).toBe(launched.documentId);
    expect(launched.count - shotDown.count - jammed.count).toBe(57);

    const child = byStated('a four-year-old child');
    const wounded = byStated('three others—including a four-year-old child—were wounded');
    expect(child.partOf.documentId).toBe(wounded.documentId);
    expect(wounded.claimant.name).toBe('Mykola Kalashnyk');

    expect(byStated('1,000 prisoners of war')).toMatchObject({
      count: 1000,
      category: 'exchanged',
    });
    expect(byStated('1,000 prisoners of war').claimant.name).toBe('Kyrylo Budanov');

    const speakers = (article!.quotes as Array<Record<string, any>>).map(
      (quote) => quote.speaker.name
    );
    expect(speakers).toEqual(
      expect.arrayContaining([
        'Vladimir Putin',
        'Volodymyr Zelenskyy',
        'Donald Trump',
        "Russia's Defence Ministry",
      ])
    );
  });

  it('is served to an anonymous client over the content API', async () => {
    const response = await api(strapi).get('/api/fact-desk/articles').expect(200);
    expect(response.body.data).toHaveLength(1);
    expect(response.body.data[0]).toMatchObject({ slug: REFERENCE_SLUG, outlet: 'Scoop Hub' });

    const figures = await api(strapi)
      .get('/api/fact-desk/casualty-figures')
      .query({ 'populate[claimant][fields][0]': 'name', 'pagination[pageSize]': 100 })
      .expect(200);
    expect(figures.body.data).toHaveLength(referenceFigures.length);
    const launched = figures.body.data.find((figure: any) => figure.count === 273);
    expect(launched.claimant.name).toBe("Ukraine's Air Force");
  });
});
