import article from '../../server/src/content-types/article/schema';
import figure from '../../server/src/content-types/casualty-figure/schema';
import correction from '../../server/src/content-types/correction/schema';
import official from '../../server/src/content-types/official/schema';
import quote from '../../server/src/content-types/quote/schema';
import { stringify } from 'csv-stringify/sync';
import { validateHxl } from '../helpers/hxl-schema';
import { claimReviewProblems } from '../helpers/claim-review-check';
import {
  CSV_COLUMNS,
  HXL_COLUMNS,
  PUBLIC_FIELDS,
  countByStatus,
  editorialRange,
  inertCell,
  nestParts,
  shortClaim,
  disputedAmong,
  groupFigures,
  summarizeTallies,
  talliedFacts,
  type TalliedFigure,
  toClaimReview,
  toClaimReviews,
  toExportedFigures,
  toRows,
  toScriptSafeJson,
  DEFAULT_RATINGS,
  type ClaimReviewInput,
  type PublicFigure,
  type PublicOfficial,
} from '../../server/src/domain';

const SCHEMAS = { article, figure, quote, official, correction };
// Fields every document has, beside the schema's own attributes.
const DOCUMENT_FIELDS = ['documentId', 'locale', 'publishedAt'];

const ministry: PublicOfficial = { documentId: 'mod', name: 'Ministry of Defence', kind: 'body' };
const airForce: PublicOfficial = { documentId: 'af', name: 'Air Force', kind: 'body' };

const aFigure = (values: Partial<PublicFigure> & { documentId: string }): PublicFigure => ({
  asStated: 'a figure',
  category: 'killed',
  subject: 'people',
  count: null,
  low: null,
  high: null,
  qualifier: 'exact',
  statedAt: null,
  verificationStatus: 'unverified',
  evidence: null,
  checkedAt: null,
  claimant: null,
  ...values,
});

describe('the public fields of the read models', () => {
  it.each(Object.entries(PUBLIC_FIELDS))(
    'of %s name attributes of the schema, none of them private',
    (type, fields) => {
      const attributes = SCHEMAS[type as keyof typeof SCHEMAS].attributes as Record<
        string,
        { private?: boolean }
      >;
      for (const field of fields) {
        const known = field in attributes || DOCUMENT_FIELDS.includes(field);
        expect({ type, field, known, private: attributes[field]?.private ?? false }).toEqual({
          type,
          field,
          known: true,
          private: false,
        });
      }
    }
  );

  it('leave out every private attribute', () => {
    for (const [type, schema] of Object.entries(SCHEMAS)) {
      const fields: readonly string[] = PUBLIC_FIELDS[type as keyof typeof PUBLIC_FIELDS];
      const privateOnes = Object.entries(schema.attributes as Record<string, { private?: boolean }>)
        .filter(([, attribute]) => attribute.private)
        .map(([name]) => name);
      expect(privateOnes.filter((name) => fields.includes(name))).toEqual([]);
    }
  });

  it('name every attribute the content API serves: what REST and GraphQL show, a reader may ask for', () => {
    for (const [type, schema] of Object.entries(SCHEMAS)) {
      const fields: readonly string[] = PUBLIC_FIELDS[type as keyof typeof PUBLIC_FIELDS];
      const served = Object.entries(
        schema.attributes as Record<string, { private?: boolean; type: string }>
      )
        .filter(([, attribute]) => !attribute.private && attribute.type !== 'relation')
        .map(([name]) => name);
      expect({ type, missing: served.filter((name) => !fields.includes(name)) }).toEqual({
        type,
        missing: [],
      });
    }
  });
});

describe('tallies', () => {
  const figures = [
    { ...aFigure({ documentId: 'a', count: 12, claimant: ministry }), article: null },
    { ...aFigure({ documentId: 'b', low: 10, high: 15, qualifier: 'range', claimant: airForce }) },
    { ...aFigure({ documentId: 'c', category: 'injured', count: 30, claimant: ministry }) },
  ];

  /** The tallies of these figures as the route builds them, from their groups and claims. */
  const tallyFigures = (listed: TalliedFigure[]) => {
    const claims = listed.map(talliedFacts);
    const disputed = disputedAmong(claims);
    const claimants = new Map(
      listed.flatMap((figure) =>
        figure.claimant ? [[figure.claimant.documentId, figure.claimant] as const] : []
      )
    );
    const contested = new Set(claims.filter(disputed).map((claim) => claim.category!));
    return summarizeTallies(groupFigures(listed), claimants, contested);
  };

  it('put claimants side by side by name, never adding their numbers', () => {
    const [injured, killed] = tallyFigures(figures);
    expect(killed.category).toBe('killed');
    expect(killed.range).toEqual({ low: 10, high: 15 });
    expect(killed.figureCount).toBe(2);
    expect(
      killed.claimants.map((tally) => [tally.claimant?.name, tally.range, tally.figureCount])
    ).toEqual([
      ['Air Force', { low: 10, high: 15 }, 1],
      ['Ministry of Defence', { low: 12, high: 12 }, 1],
    ]);
    expect(injured.range).toEqual({ low: 30, high: 30 });
  });

  it('list the figures nobody claims last, with a range of their own', () => {
    const unclaimed = { ...aFigure({ documentId: 'd', count: 3 }), claimant: null };
    const [, killed] = tallyFigures([...figures, unclaimed]);
    expect(killed.claimants.map((tally) => tally.claimant?.name ?? null)).toEqual([
      'Air Force',
      'Ministry of Defence',
      null,
    ]);
    expect(killed.claimants[2].range).toEqual({ low: 3, high: 3 });
    expect(killed.range).toEqual({ low: 3, high: 15 });
  });

  it('mark a category contested when two claimants give different numbers for one thing', () => {
    const [, killed] = tallyFigures(figures);
    expect(killed.contested).toBe(true);
    const [alone] = tallyFigures([figures[2]]);
    expect(alone.contested).toBe(false);
  });

  it('read the same verdict from distinct claims as from every figure', () => {
    const copies = [...figures, ...figures, ...figures].map(talliedFacts);
    const distinct = [...new Map(copies.map((claim) => [JSON.stringify(claim), claim])).values()];
    const fromCopies = disputedAmong(copies);
    const fromDistinct = disputedAmong(distinct);
    expect(copies.map(fromCopies)).toEqual(copies.map(fromDistinct));
    expect(copies.map(fromCopies)).toContain(true);
  });

  it('have no range without numbers', () => {
    expect(editorialRange([aFigure({ documentId: 'x', qualifier: 'unknown' })])).toEqual({
      low: null,
      high: null,
    });
  });
});

describe('fact sheets', () => {
  it('nest parts under their whole, and keep a part whose whole is elsewhere at the top', () => {
    const nested = nestParts([
      aFigure({ documentId: 'launched', count: 273 }),
      aFigure({ documentId: 'shot', count: 88, partOf: { documentId: 'launched' } }),
      aFigure({ documentId: 'stray', count: 1, partOf: { documentId: 'not-here' } }),
    ]);
    expect(
      nested.map((node) => [node.documentId, node.parts.map((part) => part.documentId)])
    ).toEqual([
      ['launched', ['shot']],
      ['stray', []],
    ]);
    expect('partOf' in nested[0]).toBe(false);
  });

  it('count records at every status, zeros included', () => {
    expect(
      countByStatus([
        { verificationStatus: 'verified' },
        { verificationStatus: null },
        { verificationStatus: 'verified' },
      ])
    ).toEqual({
      unverified: 1,
      single_source: 0,
      corroborated: 0,
      verified: 2,
      disputed: 0,
      incorrect: 0,
    });
  });
});

describe('exports', () => {
  it('make no cell a spreadsheet would run', () => {
    expect(
      ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\0=1', '＝1+1', '＠A1', 'fine', 12, null].map(
        inertCell
      )
    ).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\0=1",
      "'＝1+1",
      "'＠A1",
      'fine',
      12,
      null,
    ]);
  });

  it("put a figure's count under its category in HXL, and in one count column in CSV", () => {
    const killed = {
      ...aFigure({ documentId: 'k', count: 3, asStated: '=3 killed' }),
      contested: false,
    };
    const [hxl] = toRows(HXL_COLUMNS, [killed]);
    const [csv] = toRows(CSV_COLUMNS, [killed]);
    const cell = (columns: typeof HXL_COLUMNS, row: unknown[], header: string) =>
      row[columns.findIndex((column) => column.header === header)];
    expect(cell(HXL_COLUMNS, hxl, 'killed')).toBe(3);
    expect(cell(HXL_COLUMNS, hxl, 'injured')).toBeNull();
    expect(cell(CSV_COLUMNS, csv, 'count')).toBe(3);
    expect(cell(CSV_COLUMNS, csv, 'as_stated')).toBe("'=3 killed");
  });
});

describe('the HXL export', () => {
  const hxlOf = (figures: PublicFigure[]) =>
    stringify([
      HXL_COLUMNS.map((column) => column.header),
      HXL_COLUMNS.map((column) => column.hxl),
      ...toRows(HXL_COLUMNS, toExportedFigures(figures)),
    ]);

  it("holds numbers only under numeric tags and dates under #date, as HXL's default schema asks", () => {
    const figures = [
      aFigure({ documentId: 'a', category: 'launched', subject: 'drones and decoys', count: 273 }),
      aFigure({ documentId: 'b', qualifier: 'range', low: 10, high: 15, statedAt: '2025-05-18' }),
      aFigure({ documentId: 'c', subject: '  =1+1 ', asStated: 'line\r\nbreak' }),
    ];
    expect(validateHxl(hxlOf(figures)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('is read by the HXL checks as failing when a text stands under a numeric tag', () => {
    const bad = stringify([['subject'], ['#affected+type'], ['drones and decoys']]);
    expect(validateHxl(bad)).toEqual([
      expect.objectContaining({ severity: 'error', problem: 'not a number' }),
    ]);
  });

  it('flags figures another claimant gives another number for, and only those', () => {
    const claim = (documentId: string, claimant: PublicOfficial, count: number) =>
      aFigure({ documentId, claimant, count, category: 'launched', subject: 'drones' });
    const exported = toExportedFigures([
      claim('ours', airForce, 273),
      claim('theirs', ministry, 40),
      claim('agrees', { ...airForce, documentId: 'af2' }, 273),
      aFigure({ documentId: 'alone', claimant: airForce, count: 2 }),
    ]);
    expect(Object.fromEntries(exported.map((f) => [f.documentId, f.contested]))).toEqual({
      ours: true,
      theirs: true,
      agrees: true,
      alone: false,
    });
  });
});

describe('ClaimReview', () => {
  const input: ClaimReviewInput = {
    article: {
      title: 'Record drone attack',
      url: 'https://news.example/story',
      publishedAt: '2025-05-20T08:00:00.000Z',
    },
    publisher: { name: 'Scoop Hub', url: 'https://news.example' },
    claimUrl: (kind, documentId) => `https://news.example/story#${kind}-${documentId}`,
    figures: nestParts([
      aFigure({
        documentId: 'f1',
        asStated: '273 drones and decoys',
        verificationStatus: 'corroborated',
        checkedAt: '2025-05-19T10:00:00.000Z',
        evidence: [
          { url: 'https://t.me/kpszsu/1', publisher: "Ukraine's Air Force" },
          { url: 'https://wire.example/drones' },
        ],
        claimant: { ...airForce, wikidataId: 'Q2295476' },
      }),
      aFigure({ documentId: 'f2', partOf: { documentId: 'f1' } }),
    ]),
    quotes: [
      {
        documentId: 'q1',
        text: 'We will answer.',
        verificationStatus: 'incorrect' as const,
        saidAt: '2025-05-18',
        speaker: { documentId: 'p', name: 'A Minister', kind: 'person', wikidataId: 'not-an-id' },
      },
    ],
  };

  it('reviews each checked claim, parts included, and leaves unverified ones out', () => {
    const reviews = toClaimReviews(input);
    expect(reviews.map((review) => [review.url, review.reviewRating.ratingValue])).toEqual([
      ['https://news.example/story#figure-f1', 4],
      ['https://news.example/story#quote-q1', 1],
    ]);
    expect(reviews[0]).toMatchObject({
      claimReviewed: 'Air Force: 273 drones and decoys',
      datePublished: '2025-05-19',
      reviewRating: { alternateName: 'Mostly true', bestRating: 5, worstRating: 1 },
      itemReviewed: {
        author: {
          '@type': 'Organization',
          name: 'Air Force',
          sameAs: 'https://www.wikidata.org/wiki/Q2295476',
        },
        firstAppearance: {
          '@type': 'CreativeWork',
          url: 'https://t.me/kpszsu/1',
          publisher: { '@type': 'Organization', name: "Ukraine's Air Force" },
        },
      },
    });
    expect(reviews[0].itemReviewed.appearance?.map((work) => work.url)).toEqual([
      'https://t.me/kpszsu/1',
      'https://wire.example/drones',
    ]);
    expect(reviews[0].reviewRating.ratingExplanation).toMatch(/Independent sources/);
    // No sources, no appearance; an id that is not Wikidata's, no sameAs; the article's date.
    expect(reviews[1].itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'A Minister' },
      datePublished: '2025-05-18',
    });
    expect(reviews[1].datePublished).toBe('2025-05-20');
  });

  it("is read by a JSON-LD processor and holds to Google's required properties", async () => {
    for (const review of toClaimReviews(input)) {
      expect(await claimReviewProblems(review)).toEqual([]);
    }
    const { reviewRating: _rating, ...unrated } = toClaimReviews(input)[0];
    expect(await claimReviewProblems({ ...unrated, datePublished: '' })).toEqual([
      'datePublished',
      'reviewRating.@type',
      'reviewRating.ratingValue',
      'reviewRating.alternateName',
    ]);
  });

  it('gives one review by id, on the scale a desk configures', () => {
    const ratings = {
      ...DEFAULT_RATINGS,
      corroborated: { value: 3, name: 'Confirmed by two', explanation: 'Two sources agree.' },
    };
    expect(toClaimReview({ ...input, ratings }, 'f1')?.reviewRating).toMatchObject({
      ratingValue: 3,
      alternateName: 'Confirmed by two',
      ratingExplanation: 'Two sources agree.',
    });
    expect(toClaimReview(input, 'f2')).toBeNull(); // unverified: no review
    expect(toClaimReview(input, 'nothing')).toBeNull();
  });

  it('leaves a claim whole when it can, else cuts it at a sentence, else at a word', () => {
    const quote = 'Three people were killed and twelve were wounded in the strike on the market.';
    expect(shortClaim(quote)).toBe(quote);
    const long = `${'One sentence of the claim that goes on. '.repeat(6)}${'word '.repeat(60)}`;
    expect(shortClaim(long)).toMatch(/goes on\.$/);
    const unbroken = `${'word '.repeat(80)}end`;
    expect(shortClaim(unbroken).length).toBeLessThanOrEqual(300);
    expect(shortClaim(unbroken).endsWith('word…')).toBe(true);
  });

  it('escapes what could end a script element', () => {
    const json = toScriptSafeJson({ text: '</script><b>&\u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><b>&\u2028' });
  });
});
