import type { Core } from '@strapi/strapi';
import { countByStatus, type VerificationStatus } from '../domain';

/** Statuses that still call for a check. */
export const OPEN_STATUSES: VerificationStatus[] = ['unverified', 'single_source', 'disputed'];

export interface QueueFilters {
  status?: VerificationStatus;
  article?: string;
  claimant?: string;
  region?: string;
  sort: 'date:asc' | 'date:desc';
  page: number;
  pageSize: number;
}

export interface QueueItem {
  type: 'casualty-figure' | 'quote';
  documentId: string;
  label: string;
  verificationStatus: VerificationStatus;
  revision: number;
  date: string | null;
  region: string | null;
  article: { documentId: string; title: string } | null;
  claimant: { documentId: string; name: string } | null;
}

type Row = Record<string, unknown> & {
  documentId: string;
  verificationStatus: VerificationStatus;
  revision?: number;
  article?: { documentId: string; title: string } | null;
};

const byDate = (direction: 1 | -1) => (a: QueueItem, b: QueueItem) =>
  direction * (a.date ?? '').localeCompare(b.date ?? '') ||
  a.documentId.localeCompare(b.documentId);

/**
 * The fact-check queue: figures and quotes across articles that still need a check, filtered,
 * sorted by date and paginated, with the count at each status.
 */
export const createCheckQueue = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(filters: QueueFilters) {
    const shared = {
      ...(filters.article ? { article: { documentId: filters.article } } : {}),
    };
    const articlePopulate = { article: { select: ['documentId', 'title'] } };
    const [figures, quotes]: Row[][] = await Promise.all([
      strapi.db.query('plugin::fact-desk.casualty-figure').findMany({
        where: {
          ...shared,
          ...(filters.claimant ? { claimant: { documentId: filters.claimant } } : {}),
          ...(filters.region ? { region: { $eqi: filters.region } } : {}),
        },
        select: ['documentId', 'asStated', 'verificationStatus', 'revision', 'statedAt', 'region'],
        populate: { ...articlePopulate, claimant: { select: ['documentId', 'name'] } },
      }),
      filters.region
        ? Promise.resolve([])
        : strapi.db.query('plugin::fact-desk.quote').findMany({
            where: {
              ...shared,
              ...(filters.claimant ? { speaker: { documentId: filters.claimant } } : {}),
            },
            select: ['documentId', 'text', 'verificationStatus', 'revision', 'saidAt'],
            populate: { ...articlePopulate, speaker: { select: ['documentId', 'name'] } },
          }),
    ]);

    const items: QueueItem[] = [
      ...figures.map((row) => ({
        type: 'casualty-figure' as const,
        documentId: row.documentId,
        label: String(row.asStated ?? ''),
        verificationStatus: row.verificationStatus,
        revision: row.revision ?? 0,
        date: (row.statedAt as string | null) ?? null,
        region: (row.region as string | null) ?? null,
        article: row.article ?? null,
        claimant: (row.claimant as QueueItem['claimant']) ?? null,
      })),
      ...quotes.map((row) => ({
        type: 'quote' as const,
        documentId: row.documentId,
        label: String(row.text ?? ''),
        verificationStatus: row.verificationStatus,
        revision: row.revision ?? 0,
        date: (row.saidAt as string | null) ?? null,
        region: null,
        article: row.article ?? null,
        claimant: (row.speaker as QueueItem['claimant']) ?? null,
      })),
    ];

    const wanted = filters.status ? [filters.status] : OPEN_STATUSES;
    const open = items
      .filter((item) => wanted.includes(item.verificationStatus))
      .sort(byDate(filters.sort === 'date:asc' ? 1 : -1));
    const start = (filters.page - 1) * filters.pageSize;
    return {
      data: open.slice(start, start + filters.pageSize),
      meta: {
        counts: countByStatus(items),
        pagination: {
          page: filters.page,
          pageSize: filters.pageSize,
          pageCount: Math.ceil(open.length / filters.pageSize),
          total: open.length,
        },
      },
    };
  },
});
