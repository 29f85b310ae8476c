import type { Core } from '@strapi/strapi';
import { REFERENCE_SLUG } from '../../playground/src/demo/reference-story';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { graphql } from '../helpers/graphql';
import { api, authenticatedReaderToken } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';

/** The front-end read models on GraphQL answer what their REST routes answer. */
let strapi: Core.Strapi;
let officialId: string;
const slugs: Record<string, string> = {};

beforeAll(async () => {
  strapi = await startStrapi();
  const { story } = await setUpDemo(strapi);
  for (const locale of ['en', 'uk']) {
    const edition = await strapi
      .documents('plugin::fact-desk.article')
      .findOne({ documentId: story.documentId, locale, status: 'published' });
    slugs[locale] = edition!.slug as string;
  }
  const figure = await strapi.documents('plugin::fact-desk.quote').findFirst({
    populate: { speaker: true },
    filters: { speaker: { documentId: { $notNull: true } } },
  });
  officialId = (figure as any).speaker.documentId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const rest = async (path: string) =>
  (await api(strapi).get(`/api/fact-desk${path}`).expect(200)).body;

const OFFICIAL = 'documentId name kind role organisation country side wikidataId roleStart roleEnd';
const FIGURE = `documentId asStated category subject count low high qualifier statedAt occurredFrom
  occurredTo datePrecision place region country verificationStatus evidence checkedAt
  claimant { ${OFFICIAL} }`;

const FACT_SHEET = `query ($slug: String!, $locale: String) {
  factDeskFactSheet(slug: $slug, locale: $locale) {
    documentId title slug locale publishedAt
    figures { ${FIGURE} parts { ${FIGURE} parts { documentId } } }
    quotes { documentId text kind verificationStatus speaker { name } }
    corrections { documentId }
    verification { figures quotes }
    claimReview
  }
}`;

const shapeOfFigure = (figure: any): any => ({
  documentId: figure.documentId,
  count: figure.count,
  claimant: figure.claimant?.name ?? null,
  parts: (figure.parts ?? []).map(shapeOfFigure),
});

describe('the fact sheet on GraphQL', () => {
  it('is the REST fact sheet, parts nested, with its ClaimReview', async () => {
    for (const [locale, slug] of Object.entries(slugs)) {
      const answer = await graphql(strapi)(FACT_SHEET, { slug, locale });
      expect(answer.errors).toBeUndefined();
      const sheet = answer.data.factDeskFactSheet;
      expect(sheet.locale).toBe(locale);
      const fromRest = (await rest(`/fact-sheets/${slug}?locale=${locale}`)).data;
      expect(sheet.title).toBe(fromRest.title);
      expect(sheet.figures.map(shapeOfFigure)).toEqual(fromRest.figures.map(shapeOfFigure));
      expect(sheet.quotes.map((quote: any) => quote.documentId)).toEqual(
        fromRest.quotes.map((quote: any) => quote.documentId)
      );
      expect(sheet.verification).toEqual(fromRest.verification);
      expect(sheet.claimReview).toEqual(
        await rest(`/fact-sheets/${slug}/claim-review?locale=${locale}`)
      );
    }
  });

  it('holds the reference story: 273 launched, of which 88 shot down and 128 jammed', async () => {
    const answer = await graphql(strapi)(FACT_SHEET, { slug: REFERENCE_SLUG });
    const launched = answer.data.factDeskFactSheet.figures.find((f: any) => f.count === 273);
    expect(launched.parts.map((part: any) => part.count).sort()).toEqual([128, 88]);
  });

  it('is null for a slug no published article has', async () => {
    const answer = await graphql(strapi)(FACT_SHEET, { slug: 'no-such-story' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.factDeskFactSheet).toBeNull();
  });
});

describe('language editions on GraphQL', () => {
  it("serve every edition with the source edition's figures and quotes, as REST does", async () => {
    const editions: Record<string, any> = {};
    for (const locale of ['en', 'uk']) {
      const answer = await graphql(strapi)(
        `query ($slug: String!, $locale: I18NLocaleCode) {
          factDeskArticles(locale: $locale, filters: { slug: { eq: $slug } }) {
            figures(pagination: { limit: 100 }) { documentId }
            quotes_connection(pagination: { limit: 100 }) { nodes { documentId } }
          }
        }`,
        { slug: slugs[locale], locale }
      );
      expect(answer.errors).toBeUndefined();
      const [article] = answer.data.factDeskArticles;
      editions[locale] = {
        figures: article.figures.map((figure: any) => figure.documentId).sort(),
        quotes: article.quotes_connection.nodes.map((quote: any) => quote.documentId).sort(),
      };
    }
    expect(editions.en.figures.length).toBeGreaterThan(0);
    expect(editions.en.quotes.length).toBeGreaterThan(0);
    expect(editions.uk).toEqual(editions.en);
    const fromRest = (
      await rest(`/articles?locale=uk&filters[slug][$eq]=${slugs.uk}&populate=figures`)
    ).data[0];
    expect(fromRest.figures.map((figure: any) => figure.documentId).sort()).toEqual(
      editions.uk.figures
    );
  });
});

describe('tallies and speaker pages on GraphQL', () => {
  it('tallies as REST does, with the same filters', async () => {
    for (const args of [{}, { category: 'killed' }, { region: 'Kyiv Oblast' }]) {
      const answer = await graphql(strapi)(
        `query ($category: String, $region: String) {
          factDeskTallies(category: $category, region: $region) {
            category contested range { low high }
            figureCount claimants { claimant { name } range { low high } figureCount }
          }
        }`,
        args
      );
      expect(answer.errors).toBeUndefined();
      const query = new URLSearchParams(args as Record<string, string>).toString();
      const fromRest = (await rest(`/tallies?${query}`)).data;
      const shape = (tallies: any[]) =>
        tallies.map((tally) => ({
          category: tally.category,
          contested: tally.contested,
          figureCount: tally.figureCount,
          range: tally.range,
          claimants: tally.claimants.map((claimant: any) => ({
            name: claimant.claimant?.name ?? null,
            range: claimant.range,
            figureCount: claimant.figureCount,
          })),
        }));
      expect(shape(answer.data.factDeskTallies)).toEqual(shape(fromRest));
    }
  });

  it('pages the figures behind a tally as REST does', async () => {
    const answer = await graphql(strapi)(
      `{
        factDeskTallyFigures(category: "launched", page: 1, pageSize: 2) {
          data { documentId count claimant { name } article { slug } }
          pagination { page pageSize pageCount total }
        }
      }`
    );
    expect(answer.errors).toBeUndefined();
    const fromRest = await rest('/tallies/figures?category=launched&page=1&pageSize=2');
    const page = answer.data.factDeskTallyFigures;
    expect(page.pagination).toEqual(fromRest.meta.pagination);
    expect(page.data.map((figure: any) => figure.documentId)).toEqual(
      fromRest.data.map((figure: any) => figure.documentId)
    );
    expect(page.data[0].article.slug).toBe(REFERENCE_SLUG);
  });

  it('refuses a category that does not exist, naming the argument', async () => {
    const answer = await graphql(strapi)(`{ factDeskTallies(category: "nonsense") { category } }`);
    expect(answer.errors?.[0].message).toMatch(/killed/);
    const paged = await graphql(strapi)(
      `{ factDeskTallyFigures(pageSize: 1000) { pagination { total } } }`
    );
    expect(paged.errors?.[0].message).toMatch(/100/);
    expect(paged.data).toBeNull();
  });

  it('serves a speaker page as REST does', async () => {
    const answer = await graphql(strapi)(
      `query ($id: ID!) {
        factDeskSpeakerPage(documentId: $id) {
          documentId name quotes { documentId article { slug } } verdicts
        }
      }`,
      { id: officialId }
    );
    expect(answer.errors).toBeUndefined();
    const page = answer.data.factDeskSpeakerPage;
    const fromRest = (await rest(`/officials/${officialId}`)).data;
    expect(page.name).toBe(fromRest.name);
    expect(page.verdicts).toEqual(fromRest.verdicts);
    expect(page.quotes.map((quote: any) => quote.documentId)).toEqual(
      fromRest.quotes.map((quote: any) => quote.documentId)
    );
  });

  it('asks the same permission as REST: none for a role without it', async () => {
    const token = await authenticatedReaderToken(strapi, 'gql-reader');
    for (const query of [
      `{ factDeskFactSheet(slug: "${REFERENCE_SLUG}") { title } }`,
      `{ factDeskTallies { category } }`,
      `{ factDeskTallyFigures { pagination { total } } }`,
      `{ factDeskSpeakerPage(documentId: "${officialId}") { name } }`,
      `{ factDeskCasualtyFigures { count } }`,
    ]) {
      const answer = await graphql(strapi, token)(query);
      expect({ query, code: answer.errors?.[0].extensions?.code }).toEqual({
        query,
        code: 'FORBIDDEN',
      });
    }
  });
});
