import type { VerificationStatus } from '../vocabulary';

/** A figure or quote as the publish gate weighs it. */
export interface CheckedItem {
  kind: 'figure' | 'quote';
  label: string;
  verificationStatus: VerificationStatus;
}

/**
 * Whether an article may be published now, and what stands in the way (the review route's
 * `publication`).
 */
export interface PublishVerdict {
  allowed: boolean;
  /** Items that stop publication, or would under `block`. */
  blockers: CheckedItem[];
  message: string | null;
}
