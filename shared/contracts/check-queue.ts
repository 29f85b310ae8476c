import { z } from 'zod';
import { MAX_PAGE_SIZE, VERIFICATION_STATUSES, type VerificationStatus } from '../vocabulary';

/** The queue route's query: filters, order and page. */
export const checkQueueQuery = z.strictObject({
  status: z.enum(VERIFICATION_STATUSES).optional(),
  article: z.string().min(1).optional(),
  claimant: z.string().min(1).optional(),
  region: z.string().min(1).max(200).optional(),
  sort: z.enum(['date:asc', 'date:desc']).default('date:desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});

export type QueueFilters = z.output<typeof checkQueueQuery>;

/** One figure or quote awaiting a check, as the queue route lists it. */
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
