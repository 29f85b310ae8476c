import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { api } from '../helpers/http';
import { graphql } from '../helpers/graphql';
import { startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * One read policy for every door: what REST refuses or hides, GraphQL refuses or hides too, and
 * neither answers a question about text that was never published.
 */
const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';

const EMBARGOED = 'embargoedword';
const NOWHERE = 'wordthatisnowhere';
const DRAFT_MARK = 'draftonlymarker';
const UNPUBLISHED_EDITION = 'editionneverpublished';
const DEEP_FILTER =
  'filters[article][figures][article][figures][article][figures][article][figures][count][$gt]=1';

let strapi: Core.Strapi;
let storyId: string;
let draftFigureId: string;

beforeAll(async () => {
  strapi = await startStrapi();
  const { story } = await setUpDemo(strapi);
  storyId = story.documentId;

  // The published story's draft gets an embargoed word in three fields; it is not republished.
  const published = await strapi
    .documents(ARTICLE)
    .findOne({ documentId: storyId, locale: 'en', status: 'published' });
  await strapi.documents(ARTICLE).update({
    documentId: storyId,
    locale: 'en',
    data: {
      title: `${published!.title} ${EMBARGOED}`,
      standfirst: `${EMBARGOED} standfirst`,
      dateline: EMBARGOED,
    },
  });

  // A second story published in English, with a Ukrainian edition that is never published.
  const second = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: { title: 'Second story', slug: 'second-story', reviewState: 'checked' },
  });
  await strapi.documents(ARTICLE).publish({ documentId: second.documentId, locale: 'en' });
  await strapi.documents(ARTICLE).update({
    documentId: second.documentId,
    locale: 'uk',
    data: { title: `${UNPUBLISHED_EDITION} title`, slug: 'second-story-uk' },
  });

  // A story that is only a draft, with a figure and a quote.
  const draft = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: { title: `${DRAFT_MARK} headline`, slug: 'draft-only', reviewState: 'in_progress' },
  });
  const draftFigure = await strapi.documents(FIGURE).create({
    data: {
      asStated: `${DRAFT_MARK} 40 killed`,
      category: 'killed',
      subject: 'civilians',
      count: 40,
      qualifier: 'exact',
      verificationStatus: 'unverified',
      article: { documentId: draft.documentId, locale: 'en' },
    },
  });
  draftFigureId = draftFigure.documentId;
  await strapi.documents(QUOTE).create({
    data: {
      text: `${DRAFT_MARK} words`,
      language: 'en',
      kind: 'direct',
      verificationStatus: 'unverified',
      article: { documentId: draft.documentId, locale: 'en' },
    },
  });
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const rest = (path: string) => api(strapi).get(`/api/fact-desk${path}`);
const total = async (path: string) => {
  const response = await rest(path).expect(200);
  return response.body.meta.pagination.total as number;
};

describe('REST relation filters', () => {
  it('match the published text of the article, never its draft', async () => {
    for (const list of ['/casualty-figures', '/quotes']) {
      // The filter still works on what is published...
      expect(await total(`${list}?filters[article][title][$containsi]=drones`)).toBeGreaterThan(0);
      // ...and the draft's words find exactly what a word that is nowhere finds.
      for (const field of ['title', 'standfirst', 'dateline']) {
        const path = `${list}?filters[article][${field}][$containsi]=`;
        expect({ list, field, total: await total(path + EMBARGOED) }).toEqual({
          list,
          field,
          total: await total(path + NOWHERE),
        });
      }
    }
  });

  it('refuse the editions of an article, published or not', async () => {
    const response = await rest(
      `/articles?filters[localizations][title][$containsi]=${UNPUBLISHED_EDITION}`
    ).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['filters', 'localizations']);
    expect(response.text).not.toContain(UNPUBLISHED_EDITION);
  });

  it('answer a cyclic deep filter with a 400 naming the path, at once', async () => {
    const started = Date.now();
    const response = await rest(`/casualty-figures?${DEEP_FILTER}&pagination[pageSize]=1`).expect(
      400
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(response.body.error.details.errors[0].path).toEqual(['filters', 'article', 'figures']);
    for (const path of [
      '/articles?filters[figures][article][title][$containsi]=x',
      '/casualty-figures?filters[partOf][partOf][count][$gt]=1',
      '/quotes?filters[$or][0][article][quotes][text][$containsi]=x',
      '/casualty-figures?populate[article][filters][figures][count][$gt]=1',
    ]) {
      const refused = await rest(path);
      expect({ path, status: refused.status }).toEqual({ path, status: 400 });
      expect(refused.body.error.details.errors[0].path[0]).toMatch(/^(filters|populate)$/);
    }
  });

  it('still take the filters a front end uses', async () => {
    for (const path of [
      '/casualty-figures?filters[category][$eq]=killed',
      '/casualty-figures?filters[claimant][name][$containsi]=air force',
      '/casualty-figures?filters[$or][0][count][$gt]=100&filters[$or][1][qualifier][$eq]=range',
      '/quotes?filters[speaker][name][$notNull]=true',
      '/articles?filters[figures][count][$gt]=100',
      '/articles?filters[slug][$eq]=second-story',
    ]) {
      expect({ path, total: await total(path) }).toEqual({ path, total: expect.any(Number) });
    }
    expect(await total('/articles?filters[figures][count][$eq]=273')).toBe(1);
  });
});

describe('relation filters on a hidden whole', () => {
  /** The documentIds of published figures a REST filter matches. */
  const matching = async (filter: string) => {
    const response = await rest(
      `/casualty-figures?${filter}&fields[0]=asStated&pagination[pageSize]=100`
    ).expect(200);
    return new Set<string>(response.body.data.map((figure: any) => figure.documentId));
  };

  it('read a whole the public may not see as no whole at all, also under $not', async () => {
    const launched = await strapi
      .documents(FIGURE)
      .findFirst({ filters: { asStated: '273 drones and decoys' } });
    const parts = await strapi
      .documents(FIGURE)
      .findMany({ filters: { partOf: { documentId: launched!.documentId } } });
    const wholes = await strapi.documents(FIGURE).findMany({
      filters: { partOf: { id: { $null: true } }, inPublishedArticle: true },
    });
    const free = wholes.filter((figure) => figure.documentId !== launched!.documentId);
    expect(parts.length).toBeGreaterThan(0);
    expect(free.length).toBeGreaterThan(0);

    const FILTERS = [
      'filters[partOf][id][$null]=true',
      'filters[partOf][id][$null]=false',
      'filters[partOf][subject][$null]=true',
      'filters[partOf][count][$eq]=273',
      'filters[$not][partOf][count][$eq]=273',
      'filters[$not][partOf][id][$null]=true',
      'filters[$not][partOf][count][$gt]=1',
      'filters[partOf][$not][count][$lt]=5',
      'filters[$not][partOf]=1',
      'filters[$or][0][partOf][count][$gt]=1&filters[$or][1][partOf][id][$null]=true',
    ];
    // With its whole public, the filters tell the parts from figures with no whole...
    const told = [];
    for (const filter of FILTERS) {
      const found = await matching(filter);
      told.push(parts.some((part) => found.has(part.documentId)) !== found.has(free[0].documentId));
    }
    expect(told).toContain(true);

    // ...and once the whole is hidden (as data written below the document service can leave it),
    // each filter answers for the parts what it answers for a figure with no whole.
    await strapi.db
      .query(FIGURE)
      .update({ where: { id: launched!.id }, data: { inPublishedArticle: false } });
    try {
      for (const filter of FILTERS) {
        const found = await matching(filter);
        const answers = new Set([...parts, ...free].map((figure) => found.has(figure.documentId)));
        expect({ filter, sameAnswer: answers.size === 1 }).toEqual({ filter, sameAnswer: true });
      }
      const answer = await graphql(strapi)(
        `{ factDeskCasualtyFigures(filters: { not: { partOf: { count: { eq: 273 } } } }, pagination: { limit: 100 }) { documentId } }`
      );
      expect(answer.errors).toBeUndefined();
      const found = new Set(answer.data.factDeskCasualtyFigures.map((f: any) => f.documentId));
      expect(new Set([...parts, ...free].map((figure) => found.has(figure.documentId))).size).toBe(
        1
      );
    } finally {
      await strapi.db
        .query(FIGURE)
        .update({ where: { id: launched!.id }, data: { inPublishedArticle: true } });
    }
  });
});

describe('front-end read models', () => {
  it("name a figure's article by its published title and slug, never the draft's", async () => {
    for (const path of ['/tallies', '/exports/figures.csv', '/exports/figures.hxl.csv']) {
      const response = await rest(path).expect(200);
      expect({ path, leaks: response.text.includes(EMBARGOED) }).toEqual({ path, leaks: false });
    }
  });
});

describe('GraphQL', () => {
  const ask = () => graphql(strapi);

  it('refuses drafts when asked for them and serves none otherwise', async () => {
    const drafts = await ask()(`{ factDeskArticles(status: DRAFT) { title } }`);
    expect(drafts.errors?.[0].message).toMatch(/published/);
    expect(JSON.stringify(drafts)).not.toContain(DRAFT_MARK);
    expect(JSON.stringify(drafts)).not.toContain(EMBARGOED);

    const everything = await ask()(`{
      factDeskArticles(locale: "en", pagination: { limit: 100 }) {
        title standfirst dateline
        localizations { title }
        figures(pagination: { limit: 100 }) { asStated article { title } }
        quotes(pagination: { limit: 100 }) { text }
      }
      factDeskCasualtyFigures(pagination: { limit: 100 }) { asStated article { title standfirst } }
      factDeskQuotes(pagination: { limit: 100 }) { text }
    }`);
    expect(everything.errors).toBeUndefined();
    expect(everything.data.factDeskArticles.map((a: any) => a.title).sort()).toEqual([
      expect.stringMatching(/273 drones/),
      'Second story',
    ]);
    const text = JSON.stringify(everything.data);
    for (const secret of [DRAFT_MARK, EMBARGOED, UNPUBLISHED_EDITION]) {
      expect({ secret, leaks: text.includes(secret) }).toEqual({ secret, leaks: false });
    }
  });

  it('serves the same figures as REST', async () => {
    const rest100 = await rest('/casualty-figures?pagination[pageSize]=100').expect(200);
    const answer = await ask()(`{
      factDeskCasualtyFigures_connection(pagination: { limit: 100 }) {
        nodes { documentId }
        pageInfo { total }
      }
    }`);
    const connection = answer.data.factDeskCasualtyFigures_connection;
    expect(connection.pageInfo.total).toBe(rest100.body.meta.pagination.total);
    expect(connection.nodes.map((node: any) => node.documentId).sort()).toEqual(
      rest100.body.data.map((figure: any) => figure.documentId).sort()
    );
    const draft = await ask()(
      `query ($id: ID!) { factDeskCasualtyFigure(documentId: $id) { asStated } }`,
      {
        id: draftFigureId,
      }
    );
    expect(draft.data?.factDeskCasualtyFigure ?? null).toBeNull();
  });

  it('answers relation filters from published text only', async () => {
    const count = async (word: string) => {
      const answer = await ask()(
        `query ($word: String) {
          factDeskCasualtyFigures_connection(filters: { article: { title: { containsi: $word } } }) {
            pageInfo { total }
          }
        }`,
        { word }
      );
      expect(answer.errors).toBeUndefined();
      return answer.data.factDeskCasualtyFigures_connection.pageInfo.total as number;
    };
    expect(await count('drones')).toBeGreaterThan(0);
    expect(await count(EMBARGOED)).toBe(await count(NOWHERE));
  });

  it('refuses deep, cyclic and edition filters at once, at the root and inside a relation', async () => {
    for (const query of [
      `{ factDeskCasualtyFigures(filters: { article: { figures: { article: { figures: { article: { figures: { count: { gt: 1 } } } } } } } }) { count } }`,
      `{ factDeskArticles(filters: { localizations: { title: { containsi: "${UNPUBLISHED_EDITION}" } } }) { title } }`,
      `{ factDeskArticles { figures(filters: { article: { figures: { count: { gt: 1 } } } }) { count } } }`,
      `{ factDeskArticles { figures(filters: { claimant: { name: { containsi: "a" } } }) { count } } }`,
    ]) {
      const started = Date.now();
      const answer = await ask()(query);
      expect(Date.now() - started).toBeLessThan(1000);
      expect({ query, refused: Boolean(answer.errors?.length) }).toEqual({ query, refused: true });
      expect(JSON.stringify(answer)).not.toContain(`${UNPUBLISHED_EDITION} title`);
    }
  });

  it("reads only an article's published editions", async () => {
    const answer = await ask()(`{
      factDeskArticles(locale: "en") {
        localizations(filters: { title: { containsi: "${UNPUBLISHED_EDITION}" } }) { title }
        all: localizations { title locale }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const editions = answer.data.factDeskArticles.flatMap((article: any) => [
      ...article.localizations,
      ...article.all,
    ]);
    expect(editions.map((edition: any) => edition.locale).filter(Boolean)).toEqual(['uk']);
    expect(JSON.stringify(answer)).not.toContain(UNPUBLISHED_EDITION);
  });

  it('has no private field, no audit record and no write', async () => {
    for (const query of [
      `{ factDeskCasualtyFigures { checkerNote } }`,
      `{ factDeskCasualtyFigures(filters: { checkerNote: { notNull: true } }) { count } }`,
      `{ factDeskCasualtyFigures(filters: { inPublishedArticle: { eq: false } }) { count } }`,
      `{ factDeskArticles { internalNotes } }`,
      `{ factDeskAuditEvents { hash } }`,
      `mutation { deleteFactDeskCasualtyFigure(documentId: "${draftFigureId}") { documentId } }`,
      `mutation { createFactDeskOfficial(data: { name: "Someone" }) { documentId } }`,
    ]) {
      const answer = await ask()(query);
      expect({ query, refused: Boolean(answer.errors?.length) }).toEqual({ query, refused: true });
    }
    expect(await strapi.documents(FIGURE).findOne({ documentId: draftFigureId })).not.toBeNull();
  });

  it('caps page sizes', async () => {
    const answer = await ask()(
      `{ factDeskCasualtyFigures(pagination: { limit: 1000 }) { count } }`
    );
    expect(answer.errors?.length ?? 0).toBeGreaterThan(0);
  });
});
