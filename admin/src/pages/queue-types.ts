import type { VerificationStatus } from '../verification';

export type { QueueItem } from '../../../shared/contracts/check-queue';

export interface QueueMeta {
  counts: Record<VerificationStatus, number>;
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}
