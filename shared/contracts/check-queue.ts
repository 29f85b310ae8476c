import type { VerificationStatus } from '../vocabulary';

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
