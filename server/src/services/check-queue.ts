import type { Core } from '@strapi/strapi';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../domain';
import type { QueueFilters, QueueItem } from '../../../shared/contracts/check-queue';
import { getService } from '../utils/get-service';
import { FIGURE, QUOTE } from '../constants';

/** Statuses that still call for a check. */
export const OPEN_STATUSES: VerificationStatus[] = ['unverified', 'single_source', 'disputed'];

type Row = Record<string, unknown> & {
  id: number;
  documentId: string;
  verificationStatus: VerificationStatus;
  revision?: number;
  article?: { documentId: string; title: string } | null;
};

/** How each checked type is read into the queue. */
const SOURCES = [
  {
    type: 'casualty-figure' as const,
    uid: FIGURE,
    label: 'asStated',
    date: 'statedAt',
    speaker: 'claimant',
    extra: ['region'],
  },
  {
    type: 'quote' as const,
    uid: QUOTE,
    label: 'text',
    date: 'saidAt',
    speaker: 'speaker',
    extra: [] as string[],
  },
];

type Source = (typeof SOURCES)[number];

/** A queue item with the row id that breaks ties between records of one type and one date. */
interface Ranked {
  item: QueueItem;
  id: number;
}

/**
 * Queue order: by date, then by row id, both in the direction asked, so that one
 * (status, date, id) index reads it either way; then by type, as two types may share an id.
 */
const byDate =
  (direction: 1 | -1) =>
  (a: Ranked, b: Ranked): number =>
    direction * ((a.item.date ?? '').localeCompare(b.item.date ?? '') || a.id - b.id) ||
    a.item.type.localeCompare(b.item.type);

const toItem = (source: Source, row: Row): QueueItem => ({
  type: source.type,
  documentId: row.documentId,
  label: String(row[source.label] ?? ''),
  verificationStatus: row.verificationStatus,
  revision: row.revision ?? 0,
  date: (row[source.date] as string | null) ?? null,
  region: (row.region as string | null) ?? null,
  article: row.article ?? null,
  claimant: (row[source.speaker] as QueueItem['claimant']) ?? null,
});

/**
 * The fact-check queue: figures and quotes across articles that still need a check, filtered,
 * sorted by date and paginated in the database, with the count at each status. Each type gives
 * at most one page's worth of rows up to the page asked for; the two are merged by date.
 */
export const createCheckQueue = ({ strapi }: { strapi: Core.Strapi }) => {
  const whereFor = (source: Source, filters: QueueFilters) => ({
    ...(filters.article ? { article: { documentId: filters.article } } : {}),
    ...(filters.claimant ? { [source.speaker]: { documentId: filters.claimant } } : {}),
    ...(filters.region ? { region: { $eqi: filters.region } } : {}),
  });
  // Quotes have no region: a region filter leaves them out.
  const sourcesFor = (filters: QueueFilters) =>
    SOURCES.filter((source) => !filters.region || source.type === 'casualty-figure');

  const countsFor = async (filters: QueueFilters) => {
    const counts = Object.fromEntries(VERIFICATION_STATUSES.map((status) => [status, 0])) as Record<
      VerificationStatus,
      number
    >;
    for (const source of sourcesFor(filters)) {
      for (const status of VERIFICATION_STATUSES) {
        counts[status] += await strapi.db
          .query(source.uid)
          .count({ where: { ...whereFor(source, filters), verificationStatus: status } });
      }
    }
    return counts;
  };

  /**
   * The first `limit` rows of one type in the queue's order: by date, undated rows last when
   * newest come first and first when oldest do (the same on every database), then by row id in
   * the same direction. Relations are left for the page (see `withRelations`).
   */
  const firstRows = async (
    source: Source,
    filters: QueueFilters,
    wanted: VerificationStatus[],
    direction: 'asc' | 'desc',
    limit: number
  ) => {
    // One query per status and per dated/undated: each reads the (status, date, id) index in
    // order and stops after `limit` rows, however many records wait. (Strapi adds "id" to every
    // ORDER BY; ordering by it in the same direction keeps the index usable.)
    const find = (status: VerificationStatus, dated: boolean): Promise<Row[]> =>
      strapi.db.query(source.uid).findMany({
        where: {
          ...whereFor(source, filters),
          verificationStatus: status,
          [source.date]: dated ? { $notNull: true } : { $null: true },
        },
        select: [
          'id',
          'documentId',
          source.label,
          'verificationStatus',
          'revision',
          source.date,
          ...source.extra,
        ],
        orderBy: dated ? [{ [source.date]: direction }, { id: direction }] : [{ id: direction }],
        limit,
      });
    const runs = await Promise.all(
      wanted.flatMap((status) => [find(status, true), find(status, false)])
    );
    return runs
      .flat()
      .map((row): Ranked => ({ item: toItem(source, row), id: row.id }))
      .sort(byDate(direction === 'asc' ? 1 : -1))
      .slice(0, limit);
  };

  /** The article and claimant or speaker of the items on one page, in one query per type. */
  const withRelations = async (page: Ranked[]): Promise<QueueItem[]> => {
    const related = new Map<string, Row>();
    for (const source of SOURCES) {
      const ids = page.filter(({ item }) => item.type === source.type).map(({ id }) => id);
      if (ids.length === 0) continue;
      const rows: Row[] = await strapi.db.query(source.uid).findMany({
        where: { id: { $in: ids } },
        select: ['id'],
        populate: {
          article: { select: ['documentId', 'title'] },
          [source.speaker]: { select: ['documentId', 'name'] },
        },
      });
      for (const row of rows) related.set(`${source.type} ${row.id}`, row);
    }
    return page.map(({ item, id }) => {
      const row = related.get(`${item.type} ${id}`);
      const source = SOURCES.find(({ type }) => type === item.type)!;
      return {
        ...item,
        article: row?.article ?? null,
        claimant: (row?.[source.speaker] as QueueItem['claimant']) ?? null,
      };
    });
  };

  /** The counts at each status cost a pass over the records: they are kept per data version. */
  const countsKeptFor = (filters: QueueFilters) => {
    const { article, claimant, region } = filters;
    return getService(strapi, 'kept-counts').keep(
      `queue ${JSON.stringify([article, claimant, region])}`,
      () => countsFor(filters)
    );
  };

  return {
    async list(filters: QueueFilters) {
      const wanted = filters.status ? [filters.status] : OPEN_STATUSES;
      const direction = filters.sort === 'date:asc' ? 'asc' : 'desc';
      const start = (filters.page - 1) * filters.pageSize;
      const rows = await Promise.all(
        sourcesFor(filters).map((source) =>
          firstRows(source, filters, wanted, direction, start + filters.pageSize)
        )
      );
      const counts = await countsKeptFor(filters);
      const total = wanted.reduce((sum, status) => sum + counts[status], 0);
      return {
        data: await withRelations(
          rows
            .flat()
            .sort(byDate(direction === 'asc' ? 1 : -1))
            .slice(start, start + filters.pageSize)
        ),
        meta: {
          counts,
          pagination: {
            page: filters.page,
            pageSize: filters.pageSize,
            pageCount: Math.ceil(total / filters.pageSize),
            total,
          },
        },
      };
    },
  };
};
