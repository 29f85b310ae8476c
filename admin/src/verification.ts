import type { ComponentProps } from 'react';
import type { Badge } from '@strapi/design-system';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../shared/vocabulary';

export { VERIFICATION_STATUSES, type VerificationStatus };

export const STATUS_VARIANT: Record<
  VerificationStatus,
  NonNullable<ComponentProps<typeof Badge>['variant']>
> = {
  unverified: 'neutral',
  single_source: 'secondary',
  corroborated: 'primary',
  verified: 'success',
  disputed: 'warning',
  incorrect: 'danger',
};

export const isVerificationStatus = (value: unknown): value is VerificationStatus =>
  (VERIFICATION_STATUSES as readonly unknown[]).includes(value);

export const VERIFICATION_CHANGE = 'plugin::fact-desk.verification.change';

/** Where a record is edited in the Content Manager. */
export const editViewPath = (type: 'article' | 'casualty-figure' | 'quote', documentId: string) =>
  `/content-manager/collection-types/plugin::fact-desk.${type}/${documentId}`;
