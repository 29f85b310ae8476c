import type { Core } from '@strapi/strapi';
import type { Claim, FigureCategory, TallyGroup } from '../domain';
import { FIGURE, OFFICIAL } from '../constants';
import type { FigureFilters } from './public-records';
import { columnOf, linkTableOf } from './stored-names';

type Knex = Core.Strapi['db']['connection'];
type QueryBuilder = ReturnType<Knex>;

const numberOrNull = (value: unknown) =>
  value === null || value === undefined ? null : Number(value);

/**
 * The sums behind the tallies, counted by the database: one row per category and claimant, and
 * the distinct claims the contested rule reads. Only figures of published articles count (their
 * `inPublishedArticle` flag); the filters are those of `public-records`, column for column.
 */
export const createTallySums = (strapi: Core.Strapi) => {
  const figures = () => strapi.db.metadata.get(FIGURE);
  const column = (name: string) => `f.${columnOf(strapi, FIGURE, name)}`;

  const publicFigures = ({ region, category, from, to }: FigureFilters): QueryBuilder => {
    const knex = strapi.db.connection;
    const link = linkTableOf(strapi, FIGURE, 'claimant');
    const officials = strapi.db.metadata.get(OFFICIAL).tableName;
    const query = knex(`${figures().tableName} as f`)
      .leftJoin(`${link.name} as l`, `l.${link.joinColumn.name}`, 'f.id')
      .leftJoin(`${officials} as o`, 'o.id', `l.${link.inverseJoinColumn.name}`)
      .where(column('inPublishedArticle'), true);
    // As the document service's $eqi does.
    if (region) query.whereRaw('LOWER(??) = LOWER(?)', [column('region'), region]);
    if (category) query.where(column('category'), category);
    if (from) query.where(column('occurredFrom'), '>=', from);
    if (to) query.where(column('occurredFrom'), '<=', to);
    return query;
  };

  return {
    async groups(filters: FigureFilters): Promise<TallyGroup[]> {
      const knex = strapi.db.connection;
      const rows = (await publicFigures(filters)
        .groupBy(column('category'), 'o.document_id')
        .select(
          knex.raw('?? as category', [column('category')]),
          knex.raw('o.document_id as claimant_id'),
          knex.raw('MIN(COALESCE(??, ??)) as low', [column('low'), column('count')]),
          knex.raw('MAX(COALESCE(??, ??)) as high', [column('high'), column('count')]),
          knex.raw('COUNT(*) as figure_count')
        )) as Record<string, unknown>[];
      return rows.map((row) => ({
        category: String(row.category),
        claimantId: (row.claimant_id as string | null) ?? null,
        low: numberOrNull(row.low),
        high: numberOrNull(row.high),
        figureCount: Number(row.figure_count),
      }));
    },

    /** Each distinct claim once: who claims which number for which thing. */
    async claims(filters: FigureFilters): Promise<Claim[]> {
      const rows = (await publicFigures(filters)
        .whereNotNull('o.document_id')
        .distinct(
          `${column('category')} as category`,
          `${column('subject')} as subject`,
          `${column('country')} as country`,
          `${column('occurredFrom')} as occurred_from`,
          `${column('count')} as count`,
          `${column('low')} as low`,
          `${column('high')} as high`,
          'o.document_id as claimant_id'
        )) as Record<string, unknown>[];
      return rows.map((row) => ({
        category: row.category as FigureCategory,
        subject: (row.subject as string | null) ?? null,
        country: (row.country as string | null) ?? null,
        occurredFrom: row.occurred_from === null ? null : String(row.occurred_from),
        count: numberOrNull(row.count),
        low: numberOrNull(row.low),
        high: numberOrNull(row.high),
        claimantId: String(row.claimant_id),
      }));
    },
  };
};
