import type { Core } from '@strapi/strapi';
import { demoAdminCredentials } from '../../playground/src/demo/demo-admin';
import { setUpDemo } from '../../playground/src/demo/set-up-demo';
import { adminToken, api } from '../helpers/http';
import { snapshotPluginData } from '../helpers/snapshot';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const FIGURE = 'plugin::fact-desk.casualty-figure';
const OFFICIAL = 'plugin::fact-desk.official';
const QUOTE = 'plugin::fact-desk.quote';
const ARTICLE = 'plugin::fact-desk.article';

let strapi: Core.Strapi;
let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  strapi = await startStrapi();
  const { story } = await setUpDemo(strapi);
  ids.article = story.documentId;
  const { email, password } = demoAdminCredentials();
  token = await adminToken(strapi, email, password);

  const figureId = async (asStated: string) =>
    (await strapi.documents(FIGURE).findFirst({ filters: { asStated } }))!.documentId;
  ids.launched = await figureId('273 drones and decoys');
  ids.shotDown = await figureId('88 drones were shot down');
  ids.official = (await strapi
    .documents(OFFICIAL)
    .findFirst({ filters: { name: 'Vladimir Putin' } }))!.documentId;
  ids.quote = (await strapi.documents(QUOTE).findFirst({}))!.documentId;
  ids.draftArticle = (
    await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: { title: 'Another story', slug: 'another-story', reviewState: 'not_started' },
    })
  ).documentId;
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const figure = (overrides: Record<string, unknown>) => ({
  asStated: 'five people were injured',
  category: 'injured',
  subject: 'people',
  count: 5,
  qualifier: 'exact',
  verificationStatus: 'unverified',
  ...overrides,
});
const source = (url: string, publisher?: string) => ({ url, publisher });
const connect = (key: string) => ({ connect: [{ documentId: ids[key] }] });
const long = (length: number) => 'x'.repeat(length);

type Write = {
  uid: string;
  target?: string;
  /** Sent as the Content Manager's clone of the target, not as an update of it. */
  clone?: boolean;
  body: () => Record<string, unknown>;
};
type Case = [label: string, write: Write, path: string[]];

const createFigure = (overrides: Record<string, unknown>): Write => ({
  uid: FIGURE,
  body: () => figure(overrides),
});
/** For cases that point at seeded records, whose ids exist only once the suite has started. */
const createFigureWith = (overrides: () => Record<string, unknown>): Write => ({
  uid: FIGURE,
  body: () => figure(overrides()),
});
const updateFigure = (target: string, body: () => Record<string, unknown>): Write => ({
  uid: FIGURE,
  target,
  body,
});

const CATALOGUE: Case[] = [
  ['a count with trailing junk', createFigure({ count: '12abc' }), ['count']],
  ['a count with leading space', createFigure({ count: ' 12' }), ['count']],
  ['a negative count', createFigure({ count: -5 }), ['count']],
  ['a fractional count', createFigure({ count: 1.5 }), ['count']],
  ['NaN as a count', createFigure({ count: 'NaN' }), ['count']],
  ['Infinity as a count', createFigure({ count: 'Infinity' }), ['count']],
  ['a count of 2^31', createFigure({ count: 2 ** 31 }), ['count']],
  ['a count of 1e300', createFigure({ count: 1e300 }), ['count']],
  ['a boolean count', createFigure({ count: true }), ['count']],
  ['a list as a count', createFigure({ count: [5] }), ['count']],
  ['an object as a low bound', createFigure({ low: { value: 1 } }), ['low']],
  [
    'a negative high bound',
    createFigure({ qualifier: 'range', low: 1, high: -1, count: null }),
    ['high'],
  ],
  ['low above high', createFigure({ qualifier: 'range', count: null, low: 10, high: 5 }), ['low']],
  [
    'count above high',
    createFigure({ qualifier: 'range', count: 30, low: 10, high: 20 }),
    ['count'],
  ],
  ['a range without bounds', createFigure({ qualifier: 'range', count: null }), ['qualifier']],
  ['an exact figure without a count', createFigure({ count: null }), ['count']],
  ['an exact figure with other bounds', createFigure({ low: 3 }), ['qualifier']],
  [
    'an at-least figure without a count',
    createFigure({ qualifier: 'at_least', count: null }),
    ['count'],
  ],
  ['an unknown category', createFigure({ category: 'annihilated' }), ['category']],
  ['an unknown qualifier', createFigure({ qualifier: 'roughly' }), ['qualifier']],
  [
    'an unknown verification status',
    createFigure({ verificationStatus: 'maybe' }),
    ['verificationStatus'],
  ],
  ['an unknown date precision', createFigure({ datePrecision: 'fortnight' }), ['datePrecision']],
  ['an empty asStated', createFigure({ asStated: '' }), ['asStated']],
  ['a blank asStated', createFigure({ asStated: '   ' }), ['asStated']],
  ['an overlong asStated', createFigure({ asStated: long(501) }), ['asStated']],
  ['an overlong subject', createFigure({ subject: long(121) }), ['subject']],
  ['an overlong checker note', createFigure({ checkerNote: long(5001) }), ['checkerNote']],
  ['a number as asStated', createFigure({ asStated: 273 }), ['asStated']],
  [
    'a figure with no category',
    { uid: FIGURE, body: () => ({ ...figure({}), category: undefined }) },
    ['category'],
  ],
  [
    'a figure with no subject',
    { uid: FIGURE, body: () => ({ ...figure({}), subject: undefined }) },
    ['subject'],
  ],
  ['a country name instead of a code', createFigure({ country: 'Ukraine' }), ['country']],
  ['a date in another format', createFigure({ statedAt: '18/05/2025' }), ['statedAt']],
  [
    'dates in the wrong order',
    createFigure({ occurredFrom: '2025-05-18', occurredTo: '2025-05-01' }),
    ['occurredTo'],
  ],
  ['evidence that is not a list', createFigure({ evidence: 'https://example.org' }), ['evidence']],
  [
    'a javascript: evidence link',
    createFigure({ evidence: [source('javascript:alert(1)')] }),
    ['evidence', '0', 'url'],
  ],
  [
    'a malformed evidence link',
    createFigure({ evidence: [source('not a url')] }),
    ['evidence', '0', 'url'],
  ],
  [
    'an ftp evidence link',
    createFigure({ evidence: [source('ftp://example.org/report')] }),
    ['evidence', '0', 'url'],
  ],
  [
    'a file: archive link',
    createFigure({
      evidence: [{ url: 'https://example.org/a', archiveUrl: 'file:///etc/passwd' }],
    }),
    ['evidence', '0', 'archiveUrl'],
  ],
  ['verified without a source', createFigure({ verificationStatus: 'verified' }), ['evidence']],
  [
    'corroborated by one publisher',
    createFigure({
      verificationStatus: 'corroborated',
      evidence: [source('https://a.org/1'), source('https://a.org/2')],
    }),
    ['evidence'],
  ],
  ['disputed without a note', createFigure({ verificationStatus: 'disputed' }), ['checkerNote']],
  [
    'marked incorrect without a note',
    updateFigure('shotDown', () => ({ verificationStatus: 'incorrect' })),
    ['checkerNote'],
  ],
  [
    'a part of a different category',
    createFigureWith(() => ({ category: 'killed', partOf: connect('launched') })),
    ['partOf'],
  ],
  [
    'a part from another article',
    createFigureWith(() => ({
      category: 'intercepted',
      subject: 'drones',
      partOf: connect('launched'),
      article: { connect: [{ documentId: ids.draftArticle, locale: 'en' }] },
    })),
    ['partOf'],
  ],
  [
    'parts adding up to more than the whole',
    createFigureWith(() => ({
      category: 'hit',
      subject: 'drones',
      count: 100,
      partOf: connect('launched'),
    })),
    ['partOf'],
  ],
  ['a whole lowered below its parts', updateFigure('launched', () => ({ count: 200 })), ['count']],
  [
    'a figure part of itself',
    updateFigure('launched', () => ({ partOf: connect('launched') })),
    ['partOf'],
  ],
  [
    'a loop of parts',
    updateFigure('launched', () => ({ partOf: connect('shotDown') })),
    ['partOf'],
  ],
  [
    'a malformed Wikidata id',
    { uid: OFFICIAL, body: () => ({ name: 'A', kind: 'person', wikidataId: 'Q12x' }) },
    ['wikidataId'],
  ],
  [
    'a lowercase Wikidata id',
    { uid: OFFICIAL, target: 'official', body: () => ({ wikidataId: 'q7747' }) },
    ['wikidataId'],
  ],
  [
    'a tenure that ends before it starts',
    {
      uid: OFFICIAL,
      body: () => ({ name: 'A', kind: 'person', roleStart: '2024-01-01', roleEnd: '2020-01-01' }),
    },
    ['roleEnd'],
  ],
  [
    'an official without a name',
    { uid: OFFICIAL, body: () => ({ name: '', kind: 'body' }) },
    ['name'],
  ],
  [
    'an unknown kind of official',
    { uid: OFFICIAL, body: () => ({ name: 'A', kind: 'robot' }) },
    ['kind'],
  ],
  [
    'name variants that are not a list',
    { uid: OFFICIAL, body: () => ({ name: 'A', kind: 'person', nameVariants: 'Zelensky' }) },
    ['nameVariants'],
  ],
  [
    'a quote without words',
    { uid: QUOTE, body: () => ({ text: '', language: 'en', kind: 'direct' }) },
    ['text'],
  ],
  [
    'a language name instead of a tag',
    { uid: QUOTE, body: () => ({ text: 'Words', language: 'Ukrainian', kind: 'direct' }) },
    ['language'],
  ],
  [
    'an unknown kind of quote',
    { uid: QUOTE, body: () => ({ text: 'Words', language: 'en', kind: 'rumour' }) },
    ['kind'],
  ],
  [
    'a translation in no language',
    {
      uid: QUOTE,
      body: () => ({ text: 'Слова', language: 'uk', kind: 'translated', translation: 'Words' }),
    },
    ['translationLanguage'],
  ],
  [
    'an overlong quote',
    { uid: QUOTE, target: 'quote', body: () => ({ text: long(5001) }) },
    ['text'],
  ],
  [
    'a quote verified without a source',
    { uid: QUOTE, target: 'quote', body: () => ({ verificationStatus: 'verified' }) },
    ['evidence'],
  ],
];

// Every field, every door: each bad value is sent as a create, an update and a clone.
const BAD_TEXT: [string, string][] = [
  ['a NUL character', 'five\u0000 injured'],
  ['a control character', 'five\u0007 injured'],
  ['a lone surrogate', 'five \ud800 injured'],
  ['a C1 control character (the terminal escape)', 'five\u009b31m injured'],
  ['a noncharacter', 'five\uFFFE injured'],
];
const INVISIBLE = '\u200b\u200c\u2060';
const IMPOSSIBLE_DATES = ['2025-02-30', '2025-13-01', '2025-00-10', '2023-02-29', '2025-04-31'];
const NOT_COUNTRIES = ['ZZ', 'XX', 'AA', 'ua', 'U1'];
const NOT_COUNTS: unknown[] = ['12abc', ' 12', '-5', 1.5, 'NaN', 'Infinity', 2 ** 31, true, [5]];

const figureDoors = (overrides: Record<string, unknown>): [string, Write][] => [
  ['created', createFigure(overrides)],
  ['updated', updateFigure('shotDown', () => overrides)],
  ['cloned', { uid: FIGURE, target: 'shotDown', clone: true, body: () => overrides }],
];
const otherDoors =
  (uid: string, target: string, whole: Record<string, unknown>) =>
  (overrides: Record<string, unknown>): [string, Write][] => [
    ['created', { uid, body: () => ({ ...whole, ...overrides }) }],
    ['updated', { uid, target, body: () => overrides }],
  ];
const quoteDoors = otherDoors(QUOTE, 'quote', { text: 'Words', language: 'en', kind: 'direct' });
const officialDoors = otherDoors(OFFICIAL, 'official', { name: 'A body', kind: 'body' });

const generated = (
  doors: (overrides: Record<string, unknown>) => [string, Write][],
  field: string,
  values: [string, unknown][]
): Case[] =>
  values.flatMap(([what, value]) =>
    doors({ [field]: value }).map(
      ([door, write]): Case => [`${what} in ${field}, ${door}`, write, [field]]
    )
  );

const GENERATED: Case[] = [
  ...[
    'asStated',
    'subject',
    'place',
    'region',
    'partsNote',
    'checkerNote',
    'correctionNote',
  ].flatMap((field) => generated(figureDoors, field, BAD_TEXT)),
  ...['asStated', 'subject'].flatMap((field) =>
    generated(figureDoors, field, [['invisible characters only', INVISIBLE]])
  ),
  ...['statedAt', 'occurredFrom', 'occurredTo'].flatMap((field) =>
    generated(
      figureDoors,
      field,
      IMPOSSIBLE_DATES.map((date): [string, unknown] => [`the date ${date}`, date])
    )
  ),
  ...generated(
    figureDoors,
    'country',
    NOT_COUNTRIES.map((code): [string, unknown] => [`the country ${code}`, code])
  ),
  ...['count', 'low', 'high'].flatMap((field) =>
    generated(
      figureDoors,
      field,
      NOT_COUNTS.map((value): [string, unknown] => [`the number ${JSON.stringify(value)}`, value])
    )
  ),
  ...['text', 'translation', 'roleAsPublished'].flatMap((field) =>
    generated(quoteDoors, field, BAD_TEXT)
  ),
  ...generated(quoteDoors, 'text', [['invisible characters only', INVISIBLE]]),
  ...['name', 'role', 'organisation'].flatMap((field) => generated(officialDoors, field, BAD_TEXT)),
  ...generated(officialDoors, 'name', [['invisible characters only', INVISIBLE]]),
];

const send = (write: Write) => {
  const base = `/content-manager/collection-types/${write.uid}`;
  const request = write.clone
    ? api(strapi).post(`${base}/clone/${ids[write.target!]}`)
    : write.target
      ? api(strapi).put(`${base}/${ids[write.target]}`)
      : api(strapi).post(base);
  return request.set('Authorization', `Bearer ${token}`).send(write.body());
};

describe('the bad-input catalogue', () => {
  it('has more than 300 cases', () => {
    expect(CATALOGUE.length + GENERATED.length).toBeGreaterThan(300);
  });

  it.each([...CATALOGUE, ...GENERATED])(
    'refuses %s with a 400 at its path and changes nothing',
    async (_label, write, path) => {
      const before = await snapshotPluginData(strapi);
      const response = await send(write);
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.message.length).toBeGreaterThan(10);
      const paths = response.body.error.details.errors.map(
        (error: { path: string[] }) => error.path
      );
      expect(paths).toContainEqual(path);
      expect(await snapshotPluginData(strapi)).toEqual(before);
    }
  );
});

describe('text that looks like markup', () => {
  it('is stored and served as inert text', async () => {
    const asStated = '<script>alert("x")</script><img src=x onerror=alert(1)> 5 killed';
    const created = await api(strapi)
      .post(`/content-manager/collection-types/${FIGURE}`)
      .set('Authorization', `Bearer ${token}`)
      .send(
        figure({
          asStated,
          category: 'killed',
          article: { connect: [{ documentId: ids.article, locale: 'en' }] },
        })
      )
      .expect(201);
    const documentId = created.body.data.documentId;
    const stored = await strapi.db.query(FIGURE).findOne({ where: { documentId } });
    expect(stored.asStated).toBe(asStated);
    // Added to a published article, it is served once the article is published again.
    await api(strapi)
      .post(`/content-manager/collection-types/${ARTICLE}/${ids.article}/actions/publish?locale=en`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);

    const served = await api(strapi)
      .get(`/api/fact-desk/casualty-figures/${documentId}`)
      .expect(200);
    expect(served.headers['content-type']).toMatch(/^application\/json/);
    expect(served.body.data.asStated).toBe(asStated);
  });
});
