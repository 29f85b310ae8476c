import type { Core } from '@strapi/strapi';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { REFERENCE_SLUG, referenceFigures } from '../../playground/src/demo/reference-story';
import { parse } from 'csv-parse/sync';
import { api } from '../helpers/http';
import { claimReviewProblems } from '../helpers/claim-review-check';
import { readHxl, validateHxl } from '../helpers/hxl-schema';
import { addRivalLaunchClaim } from '../helpers/rival-claim';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import {
  disputedAmong,
  groupFigures,
  summarizeTallies,
  talliedFacts,
  type TalliedFigure,
} from '../../server/src/domain';

const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';
const OFFICIAL = 'plugin::fact-desk.official';

let strapi: Core.Strapi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  strapi = await startStrapi();
  await setUpDemo(strapi);
  const figure = async (asStated: string) =>
    (await strapi.documents(FIGURE).findFirst({ filters: { asStated } }))!.documentId;
  ids.launched = await figure('273 drones and decoys');
  ids.killed = await figure('a 28-year-old woman was killed');
  ids.budanov = (await strapi
    .documents(OFFICIAL)
    .findFirst({ filters: { name: 'Kyrylo Budanov' } }))!.documentId;

  await strapi.documents(FIGURE).update({
    documentId: ids.launched,
    data: {
      verificationStatus: 'corroborated',
      evidence: [
        { url: 'https://www.facebook.com/kpszsu/posts/1', publisher: "Ukraine's Air Force" },
        { url: 'https://example-wire.org/drones', publisher: 'A wire service' },
      ],
    },
  });
  await strapi.documents(FIGURE).update({
    documentId: ids.killed,
    data: { verificationStatus: 'disputed', checkerNote: 'secret-checker-note' },
  });
  const budanovQuote = await strapi
    .documents(QUOTE)
    .findFirst({ filters: { speaker: { documentId: ids.budanov } } });
  await strapi.documents(QUOTE).update({
    documentId: budanovQuote!.documentId,
    data: { verificationStatus: 'single_source' },
  });
  // A rival claim about the same thing: the tallies must flag it and never add it up.
  const article = await strapi
    .documents('plugin::fact-desk.article')
    .findFirst({ filters: { slug: REFERENCE_SLUG } });
  await addRivalLaunchClaim(strapi, article!.documentId);
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const get = (path: string) => api(strapi).get(`/api/fact-desk${path}`);

describe('ClaimReview JSON-LD', () => {
  it('has one review per checked figure or quote, on the documented scale', async () => {
    const response = await get(`/fact-sheets/${REFERENCE_SLUG}/claim-review`).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const reviews = JSON.parse(response.text);
    expect(reviews).toHaveLength(3);
    const ratings = reviews.map((review: any) => [
      review.reviewRating.alternateName,
      review.reviewRating.ratingValue,
    ]);
    expect(ratings).toEqual(
      expect.arrayContaining([
        ['Mostly true', 4],
        ['Disputed', 2],
        ['Unproven', 3],
      ])
    );
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(await claimReviewProblems(review)).toEqual([]);
      expect(review.claimReviewed.length).toBeLessThanOrEqual(300);
      expect(review.claimReviewed.toLowerCase()).not.toMatch(
        /verified|disputed|corroborated|incorrect|single source/
      );
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: 'Fact Desk',
        url: 'http://localhost:1337',
      });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.url).toContain(`http://127.0.0.1:4321/en/articles/${REFERENCE_SLUG}#`);
    }
    const launched = reviews.find((review: any) => review.reviewRating.ratingValue === 4);
    expect(launched.claimReviewed).toBe("Ukraine's Air Force: 273 drones and decoys");
    // Where the claim was made: the figure's sources, not the article that reports it.
    expect(launched.itemReviewed.appearance.map((work: any) => work.url)).toEqual([
      'https://www.facebook.com/kpszsu/posts/1',
      'https://example-wire.org/drones',
    ]);
    expect(launched.itemReviewed.firstAppearance.url).toBe(
      'https://www.facebook.com/kpszsu/posts/1'
    );

    // One claim, one review: a page that reviews the 273 alone embeds this one.
    const single = await get(`/fact-sheets/${REFERENCE_SLUG}/claim-review/${ids.launched}`).expect(
      200
    );
    expect(single.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(JSON.parse(single.text)).toEqual(launched);
    await get(`/fact-sheets/${REFERENCE_SLUG}/claim-review/no-such-figure`).expect(404);
    const unchecked = await strapi.documents(FIGURE).findFirst({ filters: { count: 88 } });
    await get(`/fact-sheets/${REFERENCE_SLUG}/claim-review/${unchecked!.documentId}`).expect(404);
    expect(launched.itemReviewed.author).toEqual({
      '@type': 'Organization',
      name: "Ukraine's Air Force",
    });
  });

  it('is safe to embed in a script element', async () => {
    await strapi.documents(FIGURE).update({
      documentId: ids.launched,
      // Said as the system's own write: new words keep the verdict only when it is restated.
      data: {
        asStated: '</script><script>alert(1)</script> 273 drones',
        verificationStatus: 'verified',
      },
    });
    const response = await get(`/fact-sheets/${REFERENCE_SLUG}/claim-review`).expect(200);
    expect(response.text).not.toContain('<');
    expect(JSON.parse(response.text)[0].claimReviewed).toContain('</script>');
    expect(response.text).not.toContain('secret-checker-note');
  });
});

describe('tallies', () => {
  it('sum up figures per category and claimant with an editorial range, and flag disagreement', async () => {
    const { body } = await get('/tallies').query({ category: 'launched' }).expect(200);
    expect(body.data).toHaveLength(1);
    const launched = body.data[0];
    expect(launched.contested).toBe(true);
    expect(launched.range).toEqual({ low: 100, high: 273 });
    const names = launched.claimants.map((entry: any) => entry.claimant.name);
    expect(names).toEqual(["Ukraine's Air Force", 'Ukrainian officials', 'Vladimir Putin']);
    const airForce = launched.claimants[0];
    expect(airForce).toMatchObject({ range: { low: 273, high: 273 }, figureCount: 1 });
    expect(launched.figureCount).toBe(
      launched.claimants.reduce((sum: number, entry: any) => sum + entry.figureCount, 0)
    );
    // Summaries only: the figures behind them are paged on their own route.
    expect(JSON.stringify(body)).not.toContain('"figures"');
    expect(JSON.stringify(body)).not.toContain('"total"');
  });

  it('filter by region and dates, and never count a figure twice', async () => {
    const { body } = await get('/tallies')
      .query({ region: 'kyiv oblast', from: '2025-05-01', to: '2025-05-31' })
      .expect(200);
    const categories = body.data.map((tally: any) => tally.category);
    expect(categories).toEqual(['injured', 'killed']);
    const injured = body.data.find((tally: any) => tally.category === 'injured');
    expect(injured.contested).toBe(false);
    expect(injured.claimants[0].figureCount).toBe(2);
  });

  it("sum up in the database what the domain's rules give for the same figures", async () => {
    const figures: TalliedFigure[] = [];
    for (let page = 1; ; page += 1) {
      const { body } = await get('/tallies/figures').query({ page, pageSize: 4 }).expect(200);
      figures.push(...body.data);
      if (page >= body.meta.pagination.pageCount) break;
    }
    expect(new Set(figures.map((figure) => figure.documentId)).size).toBe(figures.length);
    const { body } = await get('/tallies').expect(200);
    expect(figures).toHaveLength(
      body.data.reduce((sum: number, tally: any) => sum + tally.figureCount, 0)
    );
    const claimants = new Map(
      figures.flatMap((figure) =>
        figure.claimant ? [[figure.claimant.documentId, figure.claimant]] : []
      )
    );
    const disputed = disputedAmong(figures.map(talliedFacts));
    const contested = new Set(
      figures
        .map(talliedFacts)
        .filter(disputed)
        .map((f) => f.category!)
    );
    expect(body.data).toEqual(summarizeTallies(groupFigures(figures), claimants, contested));
  });

  it('flag ranges that disagree as contested, in the tallies and the export alike', async () => {
    const story = await strapi
      .documents('plugin::fact-desk.article')
      .findFirst({ filters: { slug: REFERENCE_SLUG } });
    const claimants = await strapi.documents(OFFICIAL).findMany({
      filters: { name: { $in: ["Ukraine's Air Force", 'Vladimir Putin'] } },
    });
    const ranges = [
      [10, 20],
      [30, 40],
    ];
    const created = [];
    for (const [index, [low, high]] of ranges.entries()) {
      created.push(
        await strapi.documents(FIGURE).create({
          data: {
            asStated: `${low} to ${high} missing`,
            category: 'missing',
            subject: 'civilians',
            // The generated types have no null for a number; the schema allows it.
            count: null as unknown as undefined,
            low,
            high,
            qualifier: 'range',
            country: 'UA',
            occurredFrom: '2025-05-18',
            verificationStatus: 'unverified',
            claimant: claimants[index].documentId,
            article: { documentId: story!.documentId, locale: 'en' },
          },
        })
      );
    }
    try {
      const { body } = await get('/tallies').query({ category: 'missing' }).expect(200);
      expect(body.data[0]).toMatchObject({ contested: true, range: { low: 10, high: 40 } });
      const [header, ...rows] = parse((await get('/exports/figures.csv').expect(200)).text, {
        record_delimiter: '\r\n',
      }) as string[][];
      const contested = (id: string) =>
        rows.find((row) => row[header.indexOf('id')] === id)![header.indexOf('contested')];
      expect(created.map((figure) => contested(figure.documentId))).toEqual(['yes', 'yes']);
    } finally {
      for (const figure of created) {
        await strapi.documents(FIGURE).delete({ documentId: figure.documentId });
      }
    }
  });

  it('page the figures behind one tally, by claimant or unclaimed', async () => {
    const { body: tallies } = await get('/tallies').query({ category: 'launched' }).expect(200);
    const airForce = tallies.data[0].claimants[0];
    const { body } = await get('/tallies/figures')
      .query({ category: 'launched', claimant: airForce.claimant.documentId })
      .expect(200);
    expect(body.data.map((figure: any) => figure.count)).toEqual([273]);
    expect(body.data[0]).toMatchObject({
      claimant: { name: "Ukraine's Air Force" },
      article: { slug: REFERENCE_SLUG },
    });
    expect(body.data[0]).not.toHaveProperty('checkerNote');
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 1 });

    const { body: unclaimed } = await get('/tallies/figures')
      .query({ claimant: 'none' })
      .expect(200);
    expect(unclaimed.data.every((figure: any) => figure.claimant === null)).toBe(true);
    const { body: all } = await get('/tallies').expect(200);
    expect(unclaimed.meta.pagination.total).toBe(
      all.data
        .flatMap((tally: any) => tally.claimants)
        .filter((entry: any) => entry.claimant === null)
        .reduce((sum: number, entry: any) => sum + entry.figureCount, 0)
    );
  });

  it('refuse filters on anything but their public parameters', async () => {
    const response = await get('/tallies')
      .query({ 'filters[checkerNote][$null]': 'false' })
      .expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['filters']);
    await get('/tallies').query({ category: 'annihilated' }).expect(400);
    await get('/tallies').query({ from: 'yesterday' }).expect(400);
    for (const route of ['/tallies', '/tallies/figures', '/exports/figures.csv']) {
      for (const [name, value] of [
        ['from', '2025-13-99'],
        ['to', '2025-02-30'],
      ]) {
        const refused = await get(route)
          .query({ [name]: value })
          .expect(400);
        expect(refused.body.error.details.errors[0].path).toEqual([name]);
      }
    }
    for (const [query, path] of [
      [{ pageSize: '101' }, 'pageSize'],
      [{ page: '0' }, 'page'],
      [{ page: '99999999999' }, 'page'],
      [{ claimant: '../x' }, 'claimant'],
      [{ 'filters[checkerNote][$null]': 'false' }, 'filters'],
    ] as const) {
      const refused = await get('/tallies/figures').query(query).expect(400);
      expect(refused.body.error.details.errors[0].path).toEqual([path]);
    }
  });
});

describe('speaker pages', () => {
  it('show the public profile, quotes in published articles and verdict counts', async () => {
    const { body } = await get(`/officials/${ids.budanov}`).expect(200);
    expect(body.data).toMatchObject({
      name: 'Kyrylo Budanov',
      role: 'Ukrainian intelligence chief',
    });
    expect(body.data.quotes).toHaveLength(1);
    expect(body.data.quotes[0].article.slug).toBe(REFERENCE_SLUG);
    expect(body.data.verdicts).toMatchObject({ single_source: 1, unverified: 0 });
    await get('/officials/no-such-official').expect(404);
  });
});

describe('exports', () => {
  /** The export read back by a CSV parser held to RFC 4180's CRLF records and equal widths. */
  const readCsv = (text: string): string[][] =>
    parse(text, { record_delimiter: '\r\n', relax_column_count: false });

  it('serve the published figures as CSV', async () => {
    const response = await get('/exports/figures.csv').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = readCsv(response.text);
    expect(header.join(',')).toBe(
      'id,article,as_stated,subject,category,count,qualifier,low,high,claimant,part_of,contested,date_reported,date_from,date_to,last_modified,place,region,country,verification_status,sources'
    );
    expect(rows).toHaveLength(referenceFigures.length + 1);
    expect(rows.map((row) => row[header.indexOf('as_stated')])).toContain('1,000 prisoners of war');
    expect(response.text).not.toContain('secret-checker-note');
  });

  it('neutralise cells a spreadsheet would run', async () => {
    await strapi
      .documents(FIGURE)
      .update({ documentId: ids.killed, data: { asStated: '=HYPERLINK("http://x")' } });
    const response = await get('/exports/figures.csv').expect(200);
    const [header, ...rows] = readCsv(response.text);
    expect(rows.map((row) => row[header.indexOf('as_stated')])).toContain(
      `'=HYPERLINK("http://x")`
    );
  });

  it('keep one record per figure when a field holds a line break of any kind', async () => {
    await strapi
      .documents(FIGURE)
      .update({ documentId: ids.killed, data: { region: 'North\rSouth', place: 'Two\nlines' } });
    const response = await get('/exports/figures.csv').expect(200);
    const [header, ...rows] = readCsv(response.text);
    expect(rows).toHaveLength(referenceFigures.length + 1);
    const killed = rows.find((row) => row[header.indexOf('id')] === ids.killed)!;
    expect([killed[header.indexOf('region')], killed[header.indexOf('place')]]).toEqual([
      'North\rSouth',
      'Two\nlines',
    ]);
  });

  it('stream the export in batches, contested read across all of them', async () => {
    const whole = readCsv((await get('/exports/figures.csv').expect(200)).text);
    const stream = await strapi
      .plugin('fact-desk')
      .service('front-end')
      .figuresCsv({}, 'csv', { batchSize: 2 });
    let text = '';
    for await (const chunk of stream) text += chunk;
    expect(readCsv(text)).toEqual(whole);
    const [header, ...rows] = whole;
    const contested = rows.filter((row) => row[header.indexOf('contested')] === 'yes');
    expect(contested.length).toBeGreaterThanOrEqual(2);
  });

  it("serve HXL that HXL's default schema accepts, each number under its category", async () => {
    await strapi.documents(FIGURE).update({
      documentId: ids.killed,
      data: {
        asStated: 'between 10 and 15 people were killed </script> נהרגו \u200b\u200d',
        qualifier: 'range',
        // The generated types have no null for a number; the schema allows it.
        count: null as unknown as undefined,
        low: 10,
        high: 15,
      },
    });
    const response = await get('/exports/figures.hxl.csv').expect(200);
    expect(validateHxl(response.text)).toEqual([]);

    const { headers, hashtagTexts, rows } = readHxl(response.text);
    expect(rows).toHaveLength(referenceFigures.length + 1);
    const cell = (id: string, hashtag: string) =>
      rows.find((row) => row[headers.indexOf('id')] === id)![hashtagTexts.indexOf(hashtag)];
    expect(cell(ids.launched, '#indicator+num+launched')).toBe('273');
    expect(cell(ids.launched, '#affected+killed')).toBe('');
    expect(cell(ids.killed, '#affected+killed')).toBe('');
    expect(cell(ids.killed, '#affected+killed+min')).toBe('10');
    expect(cell(ids.killed, '#affected+killed+max')).toBe('15');
    expect(cell(ids.killed, '#description')).toBe(
      'between 10 and 15 people were killed </script> נהרגו \u200b\u200d'
    );
    expect(cell(ids.launched, '#meta+source')).toBe("Ukraine's Air Force");
    // The rival claim about the same launch makes both figures contested; the woman killed is not.
    expect(cell(ids.launched, '#meta+contested')).toBe('yes');
    expect(cell(ids.killed, '#meta+contested')).toBe('no');
    expect(cell(ids.launched, '#date+updated')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The parts name their whole: 88 shot down and 128 jammed are parts of the 273.
    const parts = rows.filter((row) => row[headers.indexOf('part_of')] === ids.launched);
    expect(parts.map((row) => row[headers.indexOf('as_stated')]).sort()).toEqual(
      referenceFigures
        .filter((figure) => figure.partOf === 'launched')
        .map((figure) => figure.asStated)
        .sort()
    );
  });
});
