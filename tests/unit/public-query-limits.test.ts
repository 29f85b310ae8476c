import {
  MAX_FILTER_TERMS,
  MAX_LIST_VALUES,
  MAX_PAGE_SIZE,
  findFilterProblem,
  findPaginationProblem,
  findPopulateProblem,
  findSearchProblem,
  findSortProblem,
  publicFilters,
  searchFilter,
  type PublicType,
} from '../../server/src/domain';
import { SCHEMA_KINDS } from '../helpers/schema-kinds';

const KINDS = SCHEMA_KINDS;
const problemPath = (type: PublicType, filters: unknown) =>
  findFilterProblem(type, filters, KINDS)?.path ?? null;

describe('the cost of a reader filter', () => {
  it('names a list of related records once, so no filter multiplies the rows it joins', () => {
    const terms = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        figures: { asStated: { $contains: `${index}` } },
      }));
    expect(problemPath('article', { $or: terms(1) })).toBeNull();
    expect(problemPath('article', { $or: terms(7) })).toEqual(['filters', '$or', '1', 'figures']);
    expect(
      problemPath('article', { figures: { count: 1 }, quotes: { text: { $contains: 'a' } } })
    ).toEqual(['filters', 'quotes']);
  });

  it('follows relations at most four times and holds at most forty conditions', () => {
    const articleTerms = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ article: { title: `${index}` } }));
    expect(problemPath('figure', { $or: articleTerms(4) })).toBeNull();
    expect(problemPath('figure', { $or: articleTerms(5) })).toEqual([
      'filters',
      '$or',
      '4',
      'article',
    ]);
    const many = Array.from({ length: MAX_FILTER_TERMS + 1 }, (_, index) => ({ count: index }));
    expect(problemPath('figure', { $or: many })).toEqual(['filters', '$or', '39', 'count']);
    expect(problemPath('figure', { $and: { count: 1 } })).toEqual(['filters', '$and']);
  });
});

describe('values a filter compares with', () => {
  it('are of the field’s kind, in the shape each operator takes', () => {
    expect(
      problemPath('figure', { count: { $between: ['1', '5'] }, statedAt: { $gte: '2024-03-01' } })
    ).toBeNull();
    expect(
      problemPath('figure', { count: { $in: [1, '2'] }, verificationStatus: ['verified'] })
    ).toBeNull();
    expect(
      problemPath('figure', { count: { $not: { $eq: 3 } }, region: { $null: 'true' } })
    ).toBeNull();
    for (const [filters, path] of [
      [{ count: { $between: ['1'] } }, ['filters', 'count', '$between']],
      [{ count: { $gt: 'abc' } }, ['filters', 'count', '$gt']],
      [{ count: { $contains: '1' } }, ['filters', 'count', '$contains']],
      [{ count: { $regex: '.*' } }, ['filters', 'count', '$regex']],
      [{ statedAt: { $lt: 'yesterday' } }, ['filters', 'statedAt', '$lt']],
      [{ region: { $null: 'maybe' } }, ['filters', 'region', '$null']],
      [{ region: { $eq: { $eq: 'x' } } }, ['filters', 'region', '$eq']],
      [{ region: { $in: Array(MAX_LIST_VALUES + 1).fill('x') } }, ['filters', 'region', '$in']],
      [{ asStated: 'x'.repeat(501) }, ['filters', 'asStated']],
      [{ article: [{ title: 'x' }] }, ['filters', 'article', '0']],
      [{ article: 'abc' }, ['filters', 'article']],
    ] as [unknown, string[]][]) {
      expect({ filters, path: problemPath('figure', filters) }).toEqual({ filters, path });
    }
  });
});

describe('narrowing a relation to its public rows', () => {
  it('keeps operators and fields in separate objects, as Strapi requires', () => {
    expect(publicFilters('figure', { article: { $not: { title: 'x' } } })).toEqual({
      $and: [
        {
          article: {
            $and: [
              { $not: { title: 'x' } },
              { $or: [{ publishedAt: { $notNull: true } }, { id: { $null: true } }] },
            ],
          },
        },
        { inPublishedArticle: true },
      ],
    });
  });
});

describe('sort', () => {
  it('goes "asc" or "desc", on at most five fields', () => {
    expect(findSortProblem('figure', 'count:DESC,asStated')).toBeNull();
    expect(findSortProblem('figure', 'count:sideways')?.message).toMatch(/asc.*desc/);
    expect(findSortProblem('figure', { count: 'up' })?.path).toEqual(['sort']);
    expect(
      findSortProblem('figure', 'count,asStated,region,place,country,subject')?.message
    ).toMatch(/at most 5/);
  });

  it('of populated records is on their own fields', () => {
    expect(findSortProblem('figure', 'claimant.name', { ownFieldsOnly: true })?.path).toEqual([
      'sort',
    ]);
    expect(
      findPopulateProblem('article', { figures: { sort: 'claimant.name:asc' } }, KINDS)?.path
    ).toEqual(['sort']);
    expect(findPopulateProblem('article', { figures: { sort: 'count:desc' } }, KINDS)).toBeNull();
  });
});

describe('pagination', () => {
  it('takes whole page numbers and page sizes up to the largest page', () => {
    expect(findPaginationProblem({ page: '2', pageSize: 25, withCount: 'false' })).toBeNull();
    expect(findPaginationProblem({ start: 0, limit: MAX_PAGE_SIZE })).toBeNull();
    for (const [pagination, path] of [
      [{ pageSize: 'abc' }, ['pagination', 'pageSize']],
      [{ page: -1 }, ['pagination', 'page']],
      [{ page: '1.5' }, ['pagination', 'page']],
      [{ limit: -1 }, ['pagination', 'limit']],
      [{ pageSize: MAX_PAGE_SIZE + 1 }, ['pagination', 'pageSize']],
      [{ start: '1e30' }, ['pagination', 'start']],
      [{ withCount: 'yes' }, ['pagination', 'withCount']],
      [{ offset: 3 }, ['pagination', 'offset']],
      [{ page: 1, limit: 10 }, ['pagination']],
      ['3', ['pagination']],
    ] as [unknown, string[]][]) {
      expect({ pagination, path: findPaginationProblem(pagination)?.path }).toEqual({
        pagination,
        path,
      });
    }
  });
});

describe('search', () => {
  it('is one short piece of text, matched against public text fields only', () => {
    expect(findSearchProblem('Kharkiv')).toBeNull();
    expect(findSearchProblem(['a'])?.path).toEqual(['_q']);
    expect(findSearchProblem('x'.repeat(101))?.path).toEqual(['_q']);
    const { $or } = searchFilter('figure', KINDS, 'strike') as { $or: Record<string, unknown>[] };
    const fields = $or.map((term) => Object.keys(term)[0]);
    expect(fields).toEqual(expect.arrayContaining(['asStated', 'subject', 'place']));
    expect(fields).not.toContain('checkerNote');
    expect(fields).not.toContain('count');
  });
});
