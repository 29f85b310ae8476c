import {
  filtersOnNoRecord,
  PUBLIC_FIELDS,
  PUBLIC_RELATIONS,
  PUBLIC_ROWS,
  findFilterProblem,
  findPopulateProblem,
  findSortProblem,
  publicFilters,
  publicPopulate,
  type PublicType,
} from '../../server/src/domain';
import { SCHEMA_KINDS, SCHEMA_OF, attributesOf } from '../helpers/schema-kinds';

const TYPES = Object.keys(SCHEMA_OF) as PublicType[];
const KINDS = SCHEMA_KINDS;
const filterProblem = (type: PublicType, filters: unknown) =>
  findFilterProblem(type, filters, KINDS);
const populateProblem = (type: PublicType, populate: unknown) =>
  findPopulateProblem(type, populate, KINDS);
const SYSTEM_FIELDS = ['documentId', 'locale', 'publishedAt'];

describe('the public field and relation lists', () => {
  it('name only attributes of the schema that are not private', () => {
    for (const type of TYPES) {
      const attributes = attributesOf(type);
      for (const field of PUBLIC_FIELDS[type]) {
        if (SYSTEM_FIELDS.includes(field)) continue;
        expect({ type, field, exists: field in attributes }).toEqual({ type, field, exists: true });
        expect({ type, field, private: attributes[field].private ?? false }).toEqual({
          type,
          field,
          private: false,
        });
      }
    }
  });

  it('name relations of the schema, with their real target and cardinality', () => {
    for (const type of TYPES) {
      const attributes = attributesOf(type);
      for (const [name, { target, toMany }] of Object.entries(PUBLIC_RELATIONS[type])) {
        const attribute = attributes[name];
        expect(attribute.type).toBe('relation');
        expect(attribute.target).toBe(`plugin::fact-desk.${SCHEMA_OF[target]}`);
        expect(attribute.relation!.endsWith('Many')).toBe(toMany);
      }
    }
  });

  it('scope every type but officials to what is public, on attributes that exist', () => {
    for (const type of TYPES) {
      const condition = PUBLIC_ROWS[type];
      if (!condition) continue;
      for (const field of Object.keys(condition)) {
        expect(field === 'publishedAt' || field in attributesOf(type)).toBe(true);
      }
    }
    expect(PUBLIC_ROWS.official).toBeNull();
  });
});

describe('filters a reader may send', () => {
  it('take public fields, logical groups and one relation', () => {
    expect(filterProblem('figure', { count: { $gt: 1 }, category: 'killed' })).toBeNull();
    expect(
      filterProblem('figure', {
        $or: [{ article: { title: { $containsi: 'x' } } }, { claimant: { name: 'Air Force' } }],
        $not: { partOf: { count: { $null: true } } },
      })
    ).toBeNull();
    expect(filterProblem('article', { figures: { count: { $gt: 100 } } })).toBeNull();
  });

  it('refuse a second relation, at its path', () => {
    expect(
      filterProblem('figure', { article: { figures: { article: { figures: { count: 1 } } } } })
    ).toEqual({
      path: ['filters', 'article', 'figures'],
      message: expect.stringMatching(/1 relation/),
    });
    expect(
      filterProblem('quote', { $and: [{}, { article: { quotes: { text: 'x' } } }] })?.path
    ).toEqual(['filters', '$and', '1', 'article', 'quotes']);
    expect(filterProblem('figure', { partOf: { partOf: { count: 1 } } })?.path).toEqual([
      'filters',
      'partOf',
      'partOf',
    ]);
  });

  it('refuse private, unknown and structured fields, editions and stray operators', () => {
    for (const [type, filters, path] of [
      ['figure', { checkerNote: { $null: false } }, ['filters', 'checkerNote']],
      ['figure', { inPublishedArticle: false }, ['filters', 'inPublishedArticle']],
      ['article', { localizations: { title: 'x' } }, ['filters', 'localizations']],
      ['article', { internalNotes: 'x' }, ['filters', 'internalNotes']],
      ['article', { body: { $contains: 'x' } }, ['filters', 'body']],
      ['figure', { article: { checkedBy: { email: 'x' } } }, ['filters', 'article', 'checkedBy']],
      ['figure', { $eq: 1 }, ['filters', '$eq']],
      ['official', { createdBy: { password: 'x' } }, ['filters', 'createdBy']],
    ] as [PublicType, unknown, string[]][]) {
      expect({ filters, problem: filterProblem(type, filters)?.path }).toEqual({
        filters,
        problem: path,
      });
    }
    expect(filterProblem('figure', 'count')?.path).toEqual(['filters']);
  });
});

describe('the public scope added to a reader filter', () => {
  it('narrows every relation to public rows and the root to published articles', () => {
    expect(publicFilters('figure', { article: { title: { $contains: 'x' } } })).toEqual({
      $and: [
        {
          article: {
            $and: [
              { title: { $contains: 'x' } },
              { $or: [{ publishedAt: { $notNull: true } }, { id: { $null: true } }] },
            ],
          },
        },
        { inPublishedArticle: true },
      ],
    });
    expect(publicFilters('article', { $or: [{ figures: { count: 1 } }] })).toEqual({
      $and: [
        {
          $or: [
            {
              figures: {
                $and: [
                  { count: 1 },
                  { $or: [{ inPublishedArticle: true }, { id: { $null: true } }] },
                ],
              },
            },
          ],
        },
        { publishedAt: { $notNull: true } },
      ],
    });
    expect(publicFilters('quote', undefined)).toEqual({ inPublishedArticle: true });
    expect(publicFilters('official', { claimant: 1 })).toEqual({ claimant: 1 });
    expect(publicFilters('figure', { article: 7 })).toEqual({
      $and: [
        {
          article: {
            $and: [
              { id: 7 },
              { $or: [{ publishedAt: { $notNull: true } }, { id: { $null: true } }] },
            ],
          },
        },
        { inPublishedArticle: true },
      ],
    });
  });

  it('reads a hidden whole as no whole, with the truth value a missing one has', () => {
    const seen = (inner: unknown) => ({
      $and: [inner, { $or: [{ inPublishedArticle: true }, { id: { $null: true } }] }],
    });
    const hidden = { $and: [{ id: { $notNull: true } }, { $not: { inPublishedArticle: true } }] };
    const narrowed = (inner: unknown) =>
      (publicFilters('figure', { partOf: inner }).$and as unknown[])[0];
    // No whole: true; a hidden whole must read true too.
    expect(narrowed({ id: { $null: true } })).toEqual({
      partOf: {
        $or: [seen({ id: { $null: true } }), { $and: [hidden, { id: { $notNull: true } }] }],
      },
    });
    // No whole: unknown (NULL = 3), which a $not keeps unknown; a hidden whole reads unknown too.
    expect(narrowed({ count: 3 })).toEqual({
      partOf: { $or: [seen({ count: 3 }), { $and: [hidden, { id: { $lt: null } }] }] },
    });
    // No whole: false; a hidden whole already reads false.
    expect(narrowed({ id: { $null: false } })).toEqual({ partOf: seen({ id: { $null: false } }) });
  });

  it('tells what a condition on a related record gives where there is none', () => {
    for (const [filters, truth] of [
      [{ id: { $null: true } }, 'true'],
      [{ id: { $null: 'false' } }, 'false'],
      [{ subject: { $notNull: false } }, 'true'],
      [{ subject: null }, 'true'],
      [{ subject: { $eq: 'x' } }, 'unknown'],
      [{ subject: { $not: { $null: true } } }, 'false'],
      [{ $not: { count: { $gt: 3 } } }, 'unknown'],
      [{ $or: [{ count: 3 }, { id: { $null: true } }] }, 'true'],
      [{ $and: [{ count: 3 }, { id: { $null: false } }] }, 'false'],
      [{ count: 3, id: { $null: true } }, 'unknown'],
    ] as const) {
      expect({ filters, truth: filtersOnNoRecord('figure', filters) }).toEqual({ filters, truth });
    }
  });
});

describe('sort and populate', () => {
  it('sort on own fields or a claimant, never through an article or a list', () => {
    expect(findSortProblem('figure', ['count:desc', 'claimant.name:asc'])).toBeNull();
    expect(findSortProblem('figure', { claimant: { name: 'asc' } })).toBeNull();
    expect(findSortProblem('figure', 'article.title:asc')?.path).toEqual(['sort']);
    expect(findSortProblem('article', 'figures.count')?.path).toEqual(['sort']);
    expect(findSortProblem('figure', 'checkerNote')?.path).toEqual(['sort']);
  });

  it('populate public relations two levels deep, filtered on the target only', () => {
    expect(populateProblem('article', '*')).toBeNull();
    expect(populateProblem('article', { figures: { populate: '*' } })).toBeNull();
    expect(populateProblem('figure', ['article', 'claimant'])).toBeNull();
    expect(
      populateProblem('figure', { article: { populate: { figures: { populate: '*' } } } })?.path
    ).toEqual(['populate', 'article', 'populate', 'figures', 'populate', '*']);
    expect(
      populateProblem('figure', { article: { filters: { figures: { count: 1 } } } })?.path
    ).toEqual(['populate', 'article', 'filters', 'figures']);
    expect(populateProblem('figure', 'checkedBy')?.path).toEqual(['populate', 'checkedBy']);
    expect(populateProblem('figure', 'article.figures.article')?.path).toEqual([
      'populate',
      'article',
      'figures',
      'article',
    ]);
  });
});

describe('a reader populate, narrowed to public rows', () => {
  const publicFigure = { inPublishedArticle: true };

  it('narrows every figure, quote and correction it reaches, in every shape Strapi takes', () => {
    expect(publicPopulate('figure', 'partOf')).toEqual({ partOf: { filters: publicFigure } });
    expect(publicPopulate('figure', ['partOf', 'claimant'])).toEqual({
      partOf: { filters: publicFigure },
      claimant: {},
    });
    expect(publicPopulate('figure', '*')).toEqual({
      article: { filters: { publishedAt: { $notNull: true } } },
      claimant: {},
      partOf: { filters: publicFigure },
    });
    expect(publicPopulate('figure', true)).toEqual(publicPopulate('figure', '*'));
    expect(publicPopulate('figure', 'partOf.partOf')).toEqual({
      partOf: { filters: publicFigure, populate: { partOf: { filters: publicFigure } } },
    });
  });

  it("keeps a reader's own filters and fields beside the public condition", () => {
    expect(
      publicPopulate('article', { figures: { fields: ['count'], filters: { count: { $gt: 5 } } } })
    ).toEqual({
      figures: { fields: ['count'], filters: { $and: [{ count: { $gt: 5 } }, publicFigure] } },
    });
  });
});
